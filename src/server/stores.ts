/**
 * Where shared state lives. Without ZAN_REDIS_URL: in process (one instance serves a ministry).
 * With it: the review cache and the per-token rate limits live in Redis, so every instance behind
 * a load balancer sees the same ones. When Redis goes away the server carries on in process
 * (said once in the log, `redis: "down"` in /healthz) unless ZAN_REDIS_REQUIRED asks it to stop
 * taking reviews instead; when Redis comes back it is used again.
 */
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { MemoryReviewCache, type CachedGroup, type ReviewCache } from '../engine/claude/cache';
import { fallbackRateStore } from './rate-store';

/** A week: a draft under discussion is re-reviewed for days; a changed article gets a new key. */
const CACHE_TTL_SECONDS = 7 * 24 * 3600;

export class RedisReviewCache implements ReviewCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'zan:review:',
  ) {}

  async get(key: string): Promise<CachedGroup | undefined> {
    const raw = await this.redis.get(this.prefix + key);
    return raw ? (JSON.parse(raw) as CachedGroup) : undefined;
  }

  async set(key: string, value: CachedGroup): Promise<void> {
    await this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', CACHE_TTL_SECONDS);
  }
}

/** Redis while it answers, the process's own cache while it does not. */
class FallbackReviewCache implements ReviewCache {
  constructor(
    private readonly shared: ReviewCache,
    private readonly local: ReviewCache,
    private readonly redisUp: () => boolean,
    private readonly onRedisError: (error: Error) => void,
  ) {}

  async get(key: string): Promise<CachedGroup | undefined> {
    if (this.redisUp()) {
      try {
        return await this.shared.get(key);
      } catch (error) {
        this.onRedisError(error as Error);
      }
    }
    return this.local.get(key);
  }

  async set(key: string, value: CachedGroup): Promise<void> {
    if (this.redisUp()) {
      try {
        return await this.shared.set(key, value);
      } catch (error) {
        this.onRedisError(error as Error);
      }
    }
    await this.local.set(key, value);
  }
}

export interface Stores {
  reviewCache: ReviewCache;
  /** The rate limiter's store; undefined for the plugin's own in-process one. */
  rateLimitStore?: FastifyRateLimitStoreCtor;
  /** 'off' without Redis. */
  health(): Promise<'up' | 'down' | 'off'>;
  /** False while Redis is required (ZAN_REDIS_REQUIRED) and down: reviews and /healthz answer 503. */
  serving(): boolean;
  /** Resolves once Redis is connected, or after `ms` (a start-up without Redis goes on in process). */
  connected(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  redisUrl?: string;
  /** Stop serving (503) rather than fall back to in-process state while Redis is down. */
  redisRequired?: boolean;
  /** One line per change of Redis's state (down, back), not one per failed command. */
  log?: (level: 'warn' | 'info', message: string) => void;
}

export function createStores(options: StoreOptions = {}): Stores {
  const { redisUrl, redisRequired = false, log = () => undefined } = options;
  if (!redisUrl) {
    return { reviewCache: new MemoryReviewCache(), health: async () => 'off', serving: () => true, connected: async () => {}, close: async () => {} };
  }
  // Commands fail at once while disconnected (no offline queue) and within a second when Redis
  // hangs, so a review falls back instead of waiting; ioredis reconnects by itself.
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5000, commandTimeout: 1000, lazyConnect: false });
  let down = false;
  let closing = false;
  const markDown = (why: string): void => {
    if (down || closing) return;
    down = true;
    log('warn', `redis is down (${why}): ${redisRequired ? 'refusing reviews (ZAN_REDIS_REQUIRED) until it is back' : 'rate limits and review cache fall back to this process until it is back'}`);
  };
  redis.on('error', (error: Error) => markDown(error.message));
  redis.on('close', () => markDown('connection closed'));
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log('info', 'redis is back: rate limits and review cache are shared again');
  });
  const up = (): boolean => redis.status === 'ready';
  const onError = (error: Error): void => markDown(error.message);
  return {
    reviewCache: new FallbackReviewCache(new RedisReviewCache(redis), new MemoryReviewCache(), up, onError),
    rateLimitStore: fallbackRateStore(redis, 'zan:rl:', up, onError),
    health: async () => {
      if (!up()) return 'down';
      try {
        return (await redis.ping()) === 'PONG' ? 'up' : 'down';
      } catch {
        return 'down';
      }
    },
    serving: () => !redisRequired || up(),
    connected: (ms) =>
      up()
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(done, ms);
            function done(): void {
              clearTimeout(timer);
              redis.off('ready', done);
              resolve();
            }
            redis.once('ready', done);
          }),
    close: async () => {
      closing = true;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
