import { createHash } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';

/** The answer of one budget: go ahead, or wait this many seconds. */
export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number; retryAfterMs: number };

/** A number of events per key in a fixed window, shared by every process when REDIS_URL is set. */
export interface Budget {
  consume(key: string): Promise<RateLimitOutcome>;
}

/** Loaded only with REDIS_URL: a single process should not hold the Redis client's code. */
async function redisClientFor(url: string) {
  const { createClient } = await import('redis');
  return createClient({ url });
}
type RedisClient = Awaited<ReturnType<typeof redisClientFor>>;

/**
 * Makes every rate-limit budget of the app (HTTP, chat, handshakes) from one place: in memory for one
 * process, or in Redis (rate-limiter-flexible's atomic store) so that budgets hold across processes.
 * Keys are prefixed by the database the processes share, so deployments sharing a Redis stay apart.
 * Should Redis be unreachable, each process falls back to its own in-memory count rather than refusing everyone.
 */
@Injectable()
export class RateLimitStore implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private redis: RedisClient | undefined;
  private readonly prefix: string;

  constructor(private readonly config: AppConfig) {
    this.prefix = `cg-rl:${createHash('sha256').update(config.databaseUrl ?? config.dataDir).digest('hex').slice(0, 12)}`;
  }

  async onModuleInit(): Promise<void> {
    if (this.config.redisUrl === undefined) return;
    const redis = await redisClientFor(this.config.redisUrl);
    redis.on('error', (error: unknown) => this.logger.error({ err: error }, 'Redis error'));
    await redis.connect();
    this.redis = redis;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis?.isOpen === true) await this.redis.quit().catch(() => undefined);
  }

  /** `points` events per key every `durationSeconds`. */
  budget(name: string, points: number, durationSeconds: number): Budget {
    const options = { keyPrefix: `${this.prefix}:${name}`, points, duration: durationSeconds };
    const memory = new RateLimiterMemory(options);
    // Budgets are made as providers are built, before Redis is connected; the store is chosen at first use.
    let shared: RateLimiterAbstract | undefined;
    const limiter = (): RateLimiterAbstract => {
      if (this.redis === undefined) return memory;
      shared ??= new RateLimiterRedis({ ...options, storeClient: this.redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: memory });
      return shared;
    };
    return { consume: (key) => consume(limiter(), key) };
  }
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimitOutcome> {
  try {
    await limiter.consume(key);
    return { allowed: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { allowed: false, retryAfterMs: rejection.msBeforeNext, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
