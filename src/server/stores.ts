/**
 * Where shared state lives. Without ZAN_REDIS_URL: in process (one instance serves a ministry).
 * With it: the review cache and the per-token rate limits live in Redis, so every instance behind
 * a load balancer sees the same ones.
 */
import { Redis } from 'ioredis';
import { MemoryReviewCache, type CachedGroup, type ReviewCache } from '../engine/claude/cache';

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

export interface Stores {
  reviewCache: ReviewCache;
  /** The connection the rate limiter uses; undefined for in-process limits. */
  redis?: Redis;
  /** 'off' without Redis. */
  health(): Promise<'up' | 'down' | 'off'>;
  close(): Promise<void>;
}

export function createStores(redisUrl: string | undefined): Stores {
  if (!redisUrl) {
    return { reviewCache: new MemoryReviewCache(), health: async () => 'off', close: async () => {} };
  }
  // The rate limiter needs answers quickly: fail fast rather than queue commands while Redis is down.
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 5000, lazyConnect: false });
  redis.on('error', () => {
    /* reported by health(); ioredis reconnects by itself */
  });
  return {
    reviewCache: new RedisReviewCache(redis),
    redis,
    health: async () => {
      try {
        return (await redis.ping()) === 'PONG' ? 'up' : 'down';
      } catch {
        return 'down';
      }
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
