/**
 * The per-token rate limit's counters: in Redis while Redis answers (every instance sees the same
 * counts), in process while it does not, so a Redis outage neither stops reviews (500s) nor lifts
 * the limit. Both stores are @fastify/rate-limit's own; this only chooses between them per call.
 */
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';

type RouteOptions = Parameters<FastifyRateLimitStore['child']>[0];
type StoreCtor = new (...args: unknown[]) => FastifyRateLimitStore;

// The plugin's stores are plain CommonJS files without typings of their own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RedisStore = require('@fastify/rate-limit/store/RedisStore') as StoreCtor;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LocalStore = require('@fastify/rate-limit/store/LocalStore') as StoreCtor;

class FallbackStore implements FastifyRateLimitStore {
  constructor(
    private readonly shared: FastifyRateLimitStore,
    private readonly local: FastifyRateLimitStore,
    private readonly redisUp: () => boolean,
    private readonly onRedisError: (error: Error) => void,
  ) {}

  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number, max: number): void {
    if (!this.redisUp()) return this.local.incr(key, callback, timeWindow, max);
    this.shared.incr(
      key,
      (error, result) => {
        if (!error) return callback(null, result);
        this.onRedisError(error);
        this.local.incr(key, callback, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  child(routeOptions: RouteOptions): FastifyRateLimitStore {
    return new FallbackStore(this.shared.child(routeOptions), this.local.child(routeOptions), this.redisUp, this.onRedisError);
  }
}

/** A store class for the plugin's `store` option, bound to one Redis connection. */
export function fallbackRateStore(redis: Redis, nameSpace: string, redisUp: () => boolean, onRedisError: (error: Error) => void): FastifyRateLimitStoreCtor {
  return class extends FallbackStore {
    constructor(options: FastifyRateLimitOptions) {
      const o = options as FastifyRateLimitOptions & { continueExceeding?: boolean; exponentialBackoff?: boolean; cache?: number };
      super(new RedisStore(o.continueExceeding, o.exponentialBackoff, redis, nameSpace), new LocalStore(o.continueExceeding, o.exponentialBackoff, o.cache), redisUp, onRedisError);
    }
  };
}
