/**
 * The backend proxy: the only place the Anthropic key lives. Serves the built pane, /healthz and
 * /api/v1/review (NDJSON stream of ReviewEvents). Every /api route needs a bearer token, accepts
 * only the configured add-in origins, and is rate limited per token; bodies, unit counts and unit
 * lengths are capped; upstream calls share one concurrency cap; every review has a deadline.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type Anthropic from '@anthropic-ai/sdk';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { CorpusIndex } from '../corpus/types';
import { callLimit } from '../engine/claude/callLimit';
import { createAnthropicClient, reviewWithClaude, type ClaudeEngineOptions } from '../engine/claude/engine';
import type { LiveCheckResult } from '../engine/claude/liveCheck';
import { RateLimitGate } from '../engine/claude/retry';
import { verifyCandidates, type VerifyOptions } from '../engine/claude/verifyCandidates';
import { verdictRequestSchema } from '../monitor/verdictProtocol';
import type { ServerConfig } from './config';
import type { LocalTaskOutput } from './local-worker';
import { emptyDropped, emptyUsage, reviewRequestSchema, type ReviewErrorCode, type ReviewEvent, type ReviewRequest, type ReviewSummary } from '../protocol/review';
import { SharedRuns } from './shared-runs';
import { createStores, type Stores } from './stores';
import { describeIssue, firstValidationIssue, validatorCompiler, type ZodTypeProvider } from './validation';
import { isPoolBusyError, isTaskDeadlineError, WorkerPool } from './worker-pool';
import { errorGuard } from '../core/errors';

export interface ServerDeps {
  corpus?: CorpusIndex;
  /** A ready client (tests); otherwise one is made from the configured key. */
  anthropic?: Anthropic;
  /** Where log lines go (tests capture them); stdout otherwise. */
  logStream?: { write(line: string): void };
  /** Engine settings beyond the configuration (tests: batch sizes, sleeps). */
  engine?: Partial<ClaudeEngineOptions>;
  /** The local engine's worker module (tests: a stand-in that spins); local-worker.ts otherwise. */
  localWorker?: string;
  /** The start-up live check of the model (main.ts runs it); shown in /healthz. */
  modelCheck?: () => LiveCheckResult;
  /** Monitoring-verdict settings beyond the configuration (tests: batch threshold, polling). */
  verdicts?: Partial<Pick<VerifyOptions, 'batchThreshold' | 'pollIntervalMs' | 'sleep'>>;
}

export interface ZanServer {
  app: FastifyInstance;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops taking reviews, lets running ones finish within the grace period, then closes. */
  shutdown(): Promise<void>;
}

/** Office hosts that embed the pane in a frame (Word on the web, desktop WebView). */
const OFFICE_FRAME_ANCESTORS = ['https://*.officeapps.live.com', 'https://*.office.com', 'https://*.office365.com', 'https://*.sharepoint.com', 'https://*.microsoft.com'];

const USER_MESSAGES: Record<ReviewErrorCode, string> = {
  'invalid-request': 'The review request is not valid.',
  unauthorized: 'Missing or unknown access token. Check the server address and token in the settings.',
  'forbidden-origin': 'This page is not allowed to use the review server. Ask the administrator to add its origin to ZAN_ALLOWED_ORIGINS.',
  'too-large': 'The draft is too large for one review request. Review it in parts or ask the administrator to raise the limit.',
  'rate-limited': 'Too many reviews in a short time. Wait a minute and try again.',
  busy: 'The review server is busy. Try again shortly.',
  timeout: 'The review took too long and was stopped. Findings received so far are kept; review the rest again.',
  'shutting-down': 'The review server is restarting. Try again in a minute.',
  upstream: 'The model service is unavailable. Try again later; the local checks still work.',
  'local-engine': 'The local checks could not run on the server.',
  network: 'The review server cannot be reached.',
  internal: 'The review server failed. Try again; if it repeats, tell the administrator.',
};

export async function buildServer(config: ServerConfig, deps: ServerDeps = {}): Promise<ZanServer> {
  const app = Fastify({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // The review streams for a while; the deadline is ours (requestTimeoutMs), so fastify's
    // request timeout only guards against slow uploads.
    requestTimeout: 120_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    logger: {
      level: config.logLevel,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], censor: '[redacted]' },
      serializers: { req: requestForLog },
    },
  });
  const stores: Stores = createStores({
    redisUrl: config.redisUrl,
    redisRequired: config.redisRequired,
    log: (level, message) => app.log[level]({ redis: config.redisUrl ? 'configured' : 'off' }, message),
  });
  // A moment for Redis at start-up; without it the server starts in process and switches when it comes.
  await stores.connected(2000);
  const client = deps.anthropic ?? (config.anthropicApiKey ? createAnthropicClient({ apiKey: config.anthropicApiKey, baseURL: config.anthropicBaseUrl, timeoutMs: config.attemptTimeoutMs }) : undefined);
  const upstream = callLimit(config.upstreamConcurrency);
  const rateLimits = new RateLimitGate();
  const tokenDigests = config.tokens.map(digest);
  const runs = new SharedRuns<ReviewEvent>();
  const localPool = createLocalPool(config, deps);
  let closing = false;

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    const code: ReviewErrorCode =
      status === 413 ? 'too-large' : status === 429 ? 'rate-limited' : status === 401 ? 'unauthorized' : status === 403 ? 'forbidden-origin' : status >= 400 && status < 500 ? 'invalid-request' : 'internal';
    if (status >= 500) request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
    // A body that breaks its route's schema: say what is wrong and where; other 4xx (bad JSON, wrong type) carry fastify's message.
    const issue = firstValidationIssue(error);
    const detail = issue ? describeIssue(issue) : error.message;
    const message = code === 'invalid-request' && detail ? `${USER_MESSAGES[code]} ${detail}` : USER_MESSAGES[code];
    void reply.status(status).send({ error: code, message });
  });

  await app.register(helmet, {
    frameguard: false,
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", 'https://appsforoffice.microsoft.com'],
        // Fluent UI (Griffel) inserts style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'", ...OFFICE_FRAME_ANCESTORS],
      },
    },
  });
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && config.allowedOrigins.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });

  app.get('/healthz', async (_request, reply) => {
    const redis = await stores.health();
    // Required Redis gone: unhealthy (503), so a load balancer sends the traffic elsewhere.
    if (!stores.serving()) void reply.status(503);
    return {
      ok: !closing && stores.serving(),
      engine: client ? 'model' : 'local',
      model: client ? config.model : undefined,
      modelCheck: deps.modelCheck?.(),
      corpus: deps.corpus?.version,
      redis,
    };
  });

  const staticRoot = path.resolve(config.staticDir);
  if (existsSync(path.join(staticRoot, 'index.html')) || existsSync(path.join(staticRoot, 'taskpane.html'))) {
    // Loaded only when there is a pane to serve: @fastify/static pulls an ESM-only dependency
    // that Node 20 loads (require(esm)) but jest's module system does not.
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, { root: staticRoot, index: ['index.html', 'taskpane.html'] });
  }

  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request, reply) => {
        const origin = request.headers.origin;
        // A browser page from anywhere else must not drive the API with a token it found.
        if (origin !== undefined && !config.allowedOrigins.includes(origin)) {
          return refuseBeforeBody(reply.status(403), { error: 'forbidden-origin', message: USER_MESSAGES['forbidden-origin'] });
        }
        const token = bearer(request);
        const known = token !== undefined && tokenDigests.some((d) => timingSafeEqual(d, digest(token)));
        if (!known) {
          return refuseBeforeBody(reply.status(401).header('www-authenticate', 'Bearer realm="zan"'), { error: 'unauthorized', message: USER_MESSAGES.unauthorized });
        }
      });
      await api.register(rateLimit, {
        // After auth (onRequest), before the body is read: an over-limit client costs no parsing.
        hook: 'preParsing',
        max: config.rateLimit.max,
        timeWindow: config.rateLimit.windowMs,
        // Redis while it answers, this process's counters while it does not (see stores.ts).
        ...(stores.rateLimitStore ? { store: stores.rateLimitStore } : {}),
        // Per token, not per address: a ministry sits behind one NAT. Only a digest is stored.
        keyGenerator: (request) => digest(bearer(request) ?? '').toString('base64url'),
        skipOnError: false,
        errorResponseBuilder: (_request, context) => ({ statusCode: 429, error: 'rate-limited', message: `${USER_MESSAGES['rate-limited']} (${context.after})` }),
      });

      // Bodies are validated by fastify against the wire schemas (src/protocol) before a handler runs;
      // a failure reaches the error handler above. The refusals that do not depend on the body
      // (shutting down, store down, no model) come first, in preValidation, as they did before.
      api.setValidatorCompiler(validatorCompiler);
      const routes = api.withTypeProvider<ZodTypeProvider>();
      routes.post(
        '/v1/review',
        {
          schema: { body: reviewRequestSchema(config.limits) },
          preValidation: async (_request, reply) => {
            if (closing) return reply.status(503).send({ error: 'shutting-down', message: USER_MESSAGES['shutting-down'] });
            if (!stores.serving()) return reply.status(503).send({ error: 'busy', message: REDIS_DOWN_MESSAGE });
          },
        },
        async (request, reply) => streamReview(request.body, request, reply),
      );

      // Monitoring verdicts (`zan monitor --server`): same auth and limits as a review; one JSON answer.
      const withModel = client && deps.corpus ? { client, corpus: deps.corpus } : undefined;
      routes.post(
        '/v1/monitor',
        {
          schema: { body: verdictRequestSchema({ maxCandidates: config.limits.maxUnits, maxTextChars: config.limits.maxUnitChars }) },
          preValidation: async (_request, reply) => {
            if (closing) return reply.status(503).send({ error: 'shutting-down', message: USER_MESSAGES['shutting-down'] });
            if (!withModel) return reply.status(503).send({ error: 'upstream', message: `${USER_MESSAGES.upstream} (no model is configured on this server)` });
          },
        },
        async (request, reply) => {
          if (!withModel) throw new Error('no model is configured on this server');
          const { candidates, batchId } = request.body;
          const controller = new AbortController();
          reply.raw.on('close', () => controller.abort());
          const result = await verifyCandidates(candidates, {
            ...withModel,
            model: config.model,
            effort: config.effort,
            deadline: Date.now() + config.requestTimeoutMs - Math.min(5000, config.requestTimeoutMs / 10),
            maxAttempts: config.maxAttempts,
            signal: controller.signal,
            ...(batchId ? { resume: batchId } : {}),
            ...deps.verdicts,
          });
          request.log.info({ candidates: result.summary.candidates, checked: result.summary.checked, failed: result.summary.failed, dropped: result.summary.dropped, via: result.summary.via }, 'monitor verdicts done');
          return reply.header('cache-control', 'no-store').send(result);
        },
      );
    },
    { prefix: '/api' },
  );

  /**
   * Streams a review as NDJSON. Identical requests in flight share one run (same events, one set of
   * upstream calls); the run stops when its deadline passes or every client sharing it has gone.
   */
  function streamReview(review: ReviewRequest, request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const out = new PassThrough();
    const leave = runs.join(
      reviewKey(review),
      {
        event: (event) => {
          if (!out.destroyed) out.write(`${JSON.stringify(event)}\n`);
        },
        end: () => out.end(),
      },
      (emit, controller) => runReview(review, request, emit, controller),
      (controller) => controller.abort(new ReviewStopped('client-gone')),
    );
    // The user closed the pane or cancelled: when no one else waits for this run, stop spending tokens on it.
    reply.raw.on('close', leave);
    return reply
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-accel-buffering', 'no')
      .send(out);
  }

  /** One run of a review: the model engine when there is a key, else the local one; always ends with a summary or an error event. */
  async function runReview(review: ReviewRequest, request: FastifyRequest, write: (event: ReviewEvent) => void, controller: AbortController): Promise<void> {
    // Every queued batch and every attempt listens to this signal (and removes its listener).
    setMaxListeners(0, controller.signal);
    const deadline = setTimeout(() => controller.abort(new ReviewStopped('timeout')), config.requestTimeoutMs);
    const started = Date.now();
    try {
      const summary = client
        ? await reviewWithClaude(
            review,
            {
              client,
              model: config.model,
              effort: config.effort,
              // The engine stops retrying and splitting a little before the review's deadline,
              // so what is left unchecked is reported in the summary, not lost to a timeout.
              deadline: started + config.requestTimeoutMs - Math.min(5000, config.requestTimeoutMs / 10),
              rateLimits,
              corpus: deps.corpus,
              cache: stores.reviewCache,
              upstream,
              concurrency: config.reviewConcurrency,
              maxAttempts: config.maxAttempts,
              attemptTimeoutMs: config.attemptTimeoutMs,
              log: (event, data) => request.log.warn({ event, ...data }, 'claude engine'),
              ...deps.engine,
            },
            write,
            controller.signal,
          )
        : await runLocal(review, write, started, controller.signal);
      write({ type: 'summary', summary });
      request.log.info({ engine: summary.engine, units: summary.units, calls: summary.calls, findings: summary.findings, cacheHits: summary.cacheHits, dropped: summary.dropped, millis: summary.millis }, 'review done');
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      const code: ReviewErrorCode =
        isReviewStopped(reason)
          ? reason.why === 'timeout'
            ? 'timeout'
            : reason.why === 'shutdown'
              ? 'shutting-down'
              : 'internal'
          : isLocalEngineError(reason)
            ? 'local-engine'
            : isPoolBusyError(reason)
              ? 'busy'
              : 'internal';
      if (!(isReviewStopped(reason) && reason.why === 'client-gone')) {
        request.log.error({ code, err: { message: reason instanceof Error ? reason.message : String(reason) } }, 'review stopped');
      }
      write({ type: 'error', code, message: USER_MESSAGES[code] });
    } finally {
      clearTimeout(deadline);
    }
  }

  /** The local engine, on a worker thread: the event loop keeps answering (/healthz too) while it runs. */
  async function runLocal(review: ReviewRequest, write: (e: ReviewEvent) => void, started: number, signal: AbortSignal): Promise<ReviewSummary> {
    write({ type: 'start', engine: 'local', units: review.units.length, batches: 1 });
    let output: LocalTaskOutput;
    try {
      output = await localPool.run(review, signal);
    } catch (error) {
      if (signal.aborted || isPoolBusyError(error)) throw error;
      if (isTaskDeadlineError(error)) throw new ReviewStopped('timeout');
      throw new LocalEngineError(error instanceof Error ? error.message : String(error));
    }
    const { findings } = output;
    if (findings.length) write({ type: 'findings', batch: 1, findings });
    write({ type: 'progress', done: 1, total: 1, batch: 1, stage: 'reviewed' });
    return {
      engine: 'local',
      corpusVersion: output.corpusVersion ?? deps.corpus?.version,
      findings: findings.length,
      units: review.units.length,
      batches: 1,
      calls: 0,
      retries: 0,
      cacheHits: 0,
      cacheMisses: 0,
      usage: emptyUsage(),
      dropped: emptyDropped(),
      failedBatches: 0,
      millis: Date.now() - started,
    };
  }

  return {
    app,
    async listen() {
      return app.listen({ host: config.host, port: config.port });
    },
    async shutdown() {
      if (closing) return;
      closing = true;
      const inFlight = runs.inFlight();
      const all = Promise.allSettled(inFlight.map((r) => r.done));
      const grace = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), config.shutdownGraceMs).unref());
      if ((await Promise.race([all.then(() => 'done' as const), grace])) === 'late') {
        for (const { controller } of inFlight) controller.abort(new ReviewStopped('shutdown'));
        await all;
      }
      await app.close();
      await localPool.close();
      await stores.close();
    },
  };
}

const REDIS_DOWN_MESSAGE = 'The review server cannot reach its shared store (Redis) and is configured not to work without it. Try again shortly.';

/** Identical requests (same units, language, checks …) give the same key: they share one run. */
function reviewKey(review: ReviewRequest): string {
  return createHash('sha256').update(JSON.stringify(review)).digest('base64url');
}

/**
 * A refusal sent before the body is read: the connection is closed after it, so a client that
 * sends its body slowly (or never) is not waited for.
 */
function refuseBeforeBody(reply: FastifyReply, body: { error: ReviewErrorCode; message: string }): FastifyReply {
  return reply.header('connection', 'close').send(body);
}

/** The request as logged: query values are replaced, so a token put in a URL never reaches the log. */
export function requestForLog(request: { method?: string; url?: string; ip?: string; host?: string; socket?: { remotePort?: number } }) {
  const url = request.url ?? '';
  const q = url.indexOf('?');
  const safeUrl = q < 0 ? url : `${url.slice(0, q)}?${url.slice(q + 1).replace(/=[^&#]*/g, '=[redacted]')}`;
  return { method: request.method, url: safeUrl, host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}

/** The local engine's worker threads (started on the first local review). */
function createLocalPool(config: ServerConfig, deps: ServerDeps): WorkerPool<ReviewRequest, LocalTaskOutput> {
  return new WorkerPool({
    file: deps.localWorker ?? path.join(__dirname, 'local-worker.ts'),
    size: config.localWorkers,
    deadlineMs: config.localDeadlineMs,
    maxQueue: config.localQueue,
  });
}

class ReviewStopped extends Error {
  constructor(readonly why: 'timeout' | 'client-gone' | 'shutdown') {
    super(`review stopped: ${why}`);
  }
}

class LocalEngineError extends Error {}

const isReviewStopped = errorGuard(ReviewStopped);
const isLocalEngineError = errorGuard(LocalEngineError);

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
