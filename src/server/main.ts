/**
 * `npm run serve`: the review server. Configuration from the environment (see config.ts):
 * ZAN_TOKENS is required; without ANTHROPIC_API_KEY the server reviews with the local engine.
 */
import { loadCorpus } from '../corpus/index';
import type { CorpusIndex } from '../corpus/types';
import { createAnthropicClient } from '../engine/claude/engine';
import { startLiveCheck } from '../engine/claude/liveCheck';
import { buildServer } from './app';
import { isConfigError } from '../engine/claude/settings';
import { loadConfig } from './config';

function loadCorpusIndex(): CorpusIndex | undefined {
  try {
    return loadCorpus();
  } catch (error) {
    // Without the index the server still runs: no sources, so the model may cite nothing.
    process.stderr.write(`zan: corpus index not available (${error instanceof Error ? error.message : String(error)}); run \`npm run corpus\`\n`);
    return undefined;
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (isConfigError(error)) {
      process.stderr.write(`zan: configuration error — ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const corpus = loadCorpusIndex();
  // The search index is built now, not during the first user's review.
  corpus?.warmUp?.();
  const anthropic = config.anthropicApiKey ? createAnthropicClient({ apiKey: config.anthropicApiKey, baseURL: config.anthropicBaseUrl, timeoutMs: config.attemptTimeoutMs }) : undefined;
  // One minimal real call in the review's shape: a refused shape shows in /healthz and the log at once.
  const check = anthropic ? startLiveCheck(anthropic, config.model, config.effort) : undefined;
  const server = await buildServer(config, { corpus, anthropic, modelCheck: check?.current });
  void check?.done.then((r) => (r.state === 'accepted' ? server.app.log.info({ modelCheck: r }, 'model check passed') : server.app.log.error({ modelCheck: r }, 'model check failed: reviews will not reach the model')));
  const url = await server.listen();
  server.app.log.info({ url, engine: config.anthropicApiKey ? 'model' : 'local', model: config.model, redis: Boolean(config.redisUrl), corpus: corpus?.version }, 'zan server listening');
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down: finishing running reviews');
    server.shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: String(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
