/**
 * Model-engine benchmark (printed, not a timed test): the real server and client, the real SDK and
 * the real corpus index, the fake Messages API answering after a fixed latency (1.5 s by default).
 *
 *   npx tsx bench/model.ts [latencyMs] [articles]
 *
 * Prints time to first finding, total time, calls, tokens (uncached / cache write / cache read /
 * output, thinking included), the price per draft at the model's published prices, and the calls of
 * a re-review after one article is edited. Goals: first finding ≤ 2 s, total ≤ 4 latencies,
 * re-review = 1 call. Every request must be one the fake (claude-sonnet-5-5's contract) accepts.
 */
import * as os from 'node:os';
import { loadCorpus } from '../src/corpus/index';
import { createAnthropicClient } from '../src/engine/claude/engine';
import { startLiveCheck } from '../src/engine/claude/liveCheck';
import { buildServer } from '../src/server/app';
import { reviewViaServer } from '../src/protocol/client';
import { loadConfig } from '../src/server/config';
import type { ReviewRequest, ReviewUnit } from '../src/protocol/review';
import { startFakeAnthropic } from '../tests/fakes/anthropic/server';
import { vagueDeadlineLawyer } from '../tests/server/helpers';

const latencyMs = Number(process.argv[2] ?? 1500);
const articles = Number(process.argv[3] ?? 50);
// A fake key, built at run time so no key-shaped literal sits in the repository.
const KEY = ['sk', 'ant', 'bench', '0000000000'].join('-');
const TOKEN = 'bench-token-0123456789abcdef';

/**
 * claude-sonnet-5-5, USD per million tokens: the vendor's model page (platform.claude.com/docs/en/
 * models/sonnet-5-5/overview, read 2026-12-07): input 2, 5-minute cache write 2.50, cache read 0.20,
 * output 10. (A third-party note reports a cut of cache reads to 0.10 on 2026-10-07; not on that page.)
 */
const PRICE = { input: 2, cacheWrite: 2.5, cacheRead: 0.2, output: 10 };

/** A draft of n articles, three items each, in the register of a real law. */
function draft(n: number, edited?: number): ReviewRequest {
  const units: ReviewUnit[] = [];
  let paragraph = 2;
  for (let a = 1; a <= n; a++) {
    const group = `a${a}`;
    paragraph++; // the article heading
    const items = [
      `1. Уполномоченный орган в сфере ${a}-го направления рассматривает обращение физического или юридического лица ${a % 4 === 1 ? 'в разумный срок' : 'в течение десяти рабочих дней'} со дня его регистрации и направляет заявителю мотивированный ответ.`,
      `2. Основаниями для отказа являются представление недостоверных сведений и несоответствие заявителя требованиям, установленным статьей ${a} настоящего Закона.`,
      `3. Решение уполномоченного органа может быть обжаловано в вышестоящий орган или в суд в порядке, установленном законами Республики Казахстан.${edited === a ? ' Жалоба рассматривается в разумный срок.' : ''}`,
    ];
    items.forEach((text, i) => units.push({ id: `${group}/i${i + 1}`, path: `ст. ${a} п. ${i + 1}`, paragraph: paragraph++, text, group }));
  }
  return { language: 'ru', title: 'О рассмотрении обращений', outline: Array.from({ length: n }, (_, i) => `Статья ${i + 1}. Порядок ${i + 1}`), definitions: [], units };
}

async function main(): Promise<void> {
  const fake = await startFakeAnthropic({ apiKey: KEY, latencyMs, script: vagueDeadlineLawyer });
  const config = loadConfig({ ZAN_TOKENS: TOKEN, ZAN_PORT: '0', ZAN_LOG_LEVEL: 'warn', ZAN_STATIC_DIR: 'no-pane-in-bench' });
  const corpus = loadCorpus();
  // As `npm run serve` does at start-up (src/server/main.ts).
  corpus.warmUp();
  const anthropic = createAnthropicClient({ apiKey: KEY, baseURL: fake.url });
  // As `npm run serve` does at start-up: one live check of the model in the review's shape.
  const check = startLiveCheck(anthropic, config.model, config.effort);
  const server = await buildServer(config, { anthropic, corpus, modelCheck: check.current });
  await check.done;
  const url = await server.listen();
  try {
    const run = async (request: ReviewRequest) => {
      const started = performance.now();
      const startedAt = Date.now();
      let first: number | undefined;
      const before = fake.calls.length;
      const result = await reviewViaServer({
        url,
        token: TOKEN,
        request,
        onEvent: (e) => {
          if (e.type === 'findings' && e.findings.length && first === undefined) first = performance.now() - started;
        },
      });
      const sent = fake.calls[before] ? fake.calls[before]!.receivedAt - startedAt : undefined;
      return { ...result, first, sent, total: performance.now() - started, calls: fake.calls.length - before };
    };
    const cold = await run(draft(articles));
    const warm = await run(draft(articles, 7));
    const s = cold.summary;
    const fmt = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
    console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}`);
    console.log(`model bench — fake latency ${latencyMs} ms, ${articles} articles (${draft(articles).units.length} units), corpus ${corpus.version}`);
    console.log(`  batches                 ${s.batches}`);
    console.log(`  first request sent      ${fmt(cold.sent)}   (parse of the request, links, retrieval per clause, prompt)`);
    console.log(`  first finding           ${fmt(cold.first)}   (goal ≤ 2 s)`);
    console.log(`  total                   ${fmt(cold.total)} = ${(cold.total / latencyMs).toFixed(2)} latencies   (goal ≤ 4)`);
    console.log(`  calls                   ${cold.calls}`);
    console.log(`  findings                ${cold.findings.length}`);
    console.log(`  tokens                  uncached ${s.usage.input_tokens}, cache write ${s.usage.cache_creation_input_tokens}, cache read ${s.usage.cache_read_input_tokens}, output ${s.usage.output_tokens}`);
    const usd = (s.usage.input_tokens * PRICE.input + s.usage.cache_creation_input_tokens * PRICE.cacheWrite + s.usage.cache_read_input_tokens * PRICE.cacheRead + s.usage.output_tokens * PRICE.output) / 1e6;
    console.log(`  price                   $${usd.toFixed(3)} per ${articles} articles (Message Batches: half)`);
    console.log(`  articles checked        ${s.checkedArticles} of ${s.articles}; requests refused by the contract: ${fake.refused.length}`);
    console.log(`  re-review, 1 edited     ${warm.calls} call(s), ${fmt(warm.total)}, cache hits ${warm.summary.cacheHits}/${warm.summary.cacheHits + warm.summary.cacheMisses} articles   (goal 1 call)`);
  } finally {
    await server.shutdown();
    await fake.close();
  }
}

void main();
