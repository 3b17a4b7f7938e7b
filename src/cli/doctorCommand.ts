/**
 * `zan doctor`: is the model path usable with this machine's settings? With ANTHROPIC_API_KEY it
 * makes one minimal real call in the review's request shape and prints the model, whether the shape
 * was accepted, and the latency; it exits 1 when the API refuses (or cannot be reached). Without a
 * key it says the local engine is in use, which is a working set-up (exit 0).
 */
import { createAnthropicClient } from '../engine/claude/engine';
import { checkModelLive } from '../engine/claude/liveCheck';
import { DEFAULT_MODEL, effortOf } from '../engine/claude/settings';
import type { Io } from './io';

export async function runDoctorCommand(_argv: string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  const key = env.ANTHROPIC_API_KEY?.trim();
  const model = env.ZAN_MODEL?.trim() || DEFAULT_MODEL;
  let effort;
  try {
    effort = effortOf(env.ZAN_EFFORT);
  } catch (error) {
    io.stderr(`zan: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (!key) {
    io.stdout('no ANTHROPIC_API_KEY: the local engine is in use (deterministic checks only, no network)\n');
    return 0;
  }
  const client = createAnthropicClient({ apiKey: key, baseURL: env.ANTHROPIC_BASE_URL?.trim() || undefined, timeoutMs: 60_000 });
  const r = await checkModelLive(client, model, effort);
  const latency = r.latencyMs === undefined ? '' : `, ${r.latencyMs} ms`;
  io.stdout(`model: ${r.model} (effort ${r.effort})\n`);
  if (r.state === 'accepted') {
    io.stdout(`request shape: accepted${latency}${r.answer === 'json' ? '' : ` — but the answer was not usable (${r.answer})`}\n`);
    return r.answer === 'json' ? 0 : 1;
  }
  const why = `${r.status ? `HTTP ${r.status}: ` : ''}${r.message ?? ''}`;
  io.stdout(r.state === 'refused' ? `request shape: REFUSED${latency} — ${why}\n` : `model API: UNREACHABLE${latency} — ${why}\n`);
  return 1;
}
