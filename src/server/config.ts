/**
 * Server configuration from the environment (documented in src/server/README section of the
 * project README). Every value is checked at start-up; a wrong one stops the server with a message
 * that names the variable and says what to put there.
 */
import { ConfigError, DEFAULT_MODEL, effortOf } from '../engine/claude/settings';
import type { Effort } from '../engine/claude/prompt';
import type { WireLimits } from '../protocol/review';
import { defaultPoolSize } from './worker-pool';

/** Where the add-in is served in development (webpack-dev-server, office-addin-dev-certs). */
export const DEFAULT_ALLOWED_ORIGINS = ['https://localhost:3000'];

export interface ServerConfig {
  /** Absent: the server reviews with the local engine only. Never logged, never sent to a client. */
  anthropicApiKey?: string;
  anthropicBaseUrl?: string;
  model: string;
  /** output_config.effort of every model request (ZAN_EFFORT). */
  effort: Effort;
  host: string;
  port: number;
  /** Access tokens accepted on /api (Authorization: Bearer <token>). */
  tokens: string[];
  allowedOrigins: string[];
  redisUrl?: string;
  /** With Redis configured: answer 503 while it is down instead of falling back to in-process state. */
  redisRequired: boolean;
  bodyLimitBytes: number;
  limits: WireLimits;
  rateLimit: { max: number; windowMs: number };
  /** Upstream calls at once, over all reviews of this instance. */
  upstreamConcurrency: number;
  /** Batches of one review at once. */
  reviewConcurrency: number;
  /** A review that runs longer is ended with a timeout event. */
  requestTimeoutMs: number;
  attemptTimeoutMs: number;
  maxAttempts: number;
  shutdownGraceMs: number;
  /** The local engine's worker threads, and how long one request may keep one busy. */
  localWorkers: number;
  localDeadlineMs: number;
  /** Local reviews waiting for a worker at most; more are answered "busy". */
  localQueue: number;
  /** The built pane (dist/); served when the directory exists. */
  staticDir: string;
  logLevel: string;
  /** Behind a load balancer: trust X-Forwarded-* from it. */
  trustProxy: boolean;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): ServerConfig {
  const tokens = list(env.ZAN_TOKENS);
  if (tokens.length === 0) {
    throw new ConfigError('ZAN_TOKENS', 'no access tokens are set. Set ZAN_TOKENS to one or more comma-separated random tokens (e.g. `openssl rand -hex 32`) and give one to each client.');
  }
  const short = tokens.find((t) => t.length < 16);
  if (short !== undefined) throw new ConfigError('ZAN_TOKENS', 'every token must be at least 16 characters long; generate them with `openssl rand -hex 32`.');
  const origins = env.ZAN_ALLOWED_ORIGINS === undefined ? DEFAULT_ALLOWED_ORIGINS : list(env.ZAN_ALLOWED_ORIGINS);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('ZAN_ALLOWED_ORIGINS', `"${origin}" is not an origin: give scheme, host and port only, e.g. https://addin.example.kz`);
    }
  }
  const redisUrl = env.ZAN_REDIS_URL?.trim() || undefined;
  const redisRequired = flag(env.ZAN_REDIS_REQUIRED);
  if (redisRequired && !redisUrl) throw new ConfigError('ZAN_REDIS_REQUIRED', 'Redis is required but ZAN_REDIS_URL is not set: set both, or neither.');
  const key = env.ANTHROPIC_API_KEY?.trim();
  return {
    anthropicApiKey: key ? key : undefined,
    anthropicBaseUrl: env.ANTHROPIC_BASE_URL?.trim() || undefined,
    model: env.ZAN_MODEL?.trim() || DEFAULT_MODEL,
    effort: effortOf(env.ZAN_EFFORT),
    host: env.ZAN_HOST?.trim() || '127.0.0.1',
    port: int(env, 'ZAN_PORT', 8787, 0, 65535),
    tokens,
    allowedOrigins: origins,
    redisUrl,
    redisRequired,
    bodyLimitBytes: int(env, 'ZAN_BODY_LIMIT_BYTES', 4 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    limits: {
      maxUnits: int(env, 'ZAN_MAX_UNITS', 3000, 1, 100_000),
      maxUnitChars: int(env, 'ZAN_MAX_UNIT_CHARS', 20_000, 100, 1_000_000),
      maxOutline: 2000,
      maxDefinitions: 500,
    },
    rateLimit: { max: int(env, 'ZAN_RATE_LIMIT', 30, 1, 1_000_000), windowMs: int(env, 'ZAN_RATE_WINDOW_MS', 60_000, 1000, 86_400_000) },
    upstreamConcurrency: int(env, 'ZAN_UPSTREAM_CONCURRENCY', 8, 1, 256),
    reviewConcurrency: int(env, 'ZAN_REVIEW_CONCURRENCY', 6, 1, 64),
    requestTimeoutMs: int(env, 'ZAN_REQUEST_TIMEOUT_MS', 300_000, 1000, 3_600_000),
    attemptTimeoutMs: int(env, 'ZAN_ATTEMPT_TIMEOUT_MS', 120_000, 1000, 3_600_000),
    maxAttempts: int(env, 'ZAN_MAX_ATTEMPTS', 4, 1, 10),
    shutdownGraceMs: int(env, 'ZAN_SHUTDOWN_GRACE_MS', 30_000, 0, 600_000),
    localWorkers: int(env, 'ZAN_LOCAL_WORKERS', defaultPoolSize(), 1, 64),
    localDeadlineMs: int(env, 'ZAN_LOCAL_DEADLINE_MS', 60_000, 100, 3_600_000),
    localQueue: int(env, 'ZAN_LOCAL_QUEUE', 32, 0, 10_000),
    staticDir: env.ZAN_STATIC_DIR?.trim() || 'dist',
    logLevel: env.ZAN_LOG_LEVEL?.trim() || 'info',
    trustProxy: flag(env.ZAN_TRUST_PROXY),
  };
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `"${raw}" is not a whole number between ${min} and ${max}.`);
  }
  return value;
}
