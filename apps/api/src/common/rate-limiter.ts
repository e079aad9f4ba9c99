import { Injectable, OnModuleDestroy } from '@nestjs/common';

import Redis from 'ioredis';
import { DataSource } from 'typeorm';

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Counts hits per key in fixed windows; shared by every API instance through its store. */
export interface RateLimitStore {
  hit(key: string, windowSeconds: number): Promise<{ hits: number; retryAfterSeconds: number }>;
  close(): Promise<void>;
}

/** Default store: a row per key in PostgreSQL, counted outside any transaction so failures still count. */
export class PostgresRateLimitStore implements RateLimitStore {
  constructor(private readonly dataSource: DataSource) {}

  async hit(key: string, windowSeconds: number) {
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE rate_limits.hits + 1 END,
         window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN now() ELSE rate_limits.window_start END
       RETURNING hits, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry`,
      [key, windowSeconds],
    );
    return { hits: row.hits, retryAfterSeconds: Math.max(row.retry, 1) };
  }

  async close() {}
}

/** With REDIS_URL: INCR with an expiry set on the window's first hit. */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }

  async hit(key: string, windowSeconds: number) {
    const k = `citybridge:rate:${key}`;
    const results = await this.redis.multi().incr(k).expire(k, windowSeconds, 'NX').ttl(k).exec();
    if (!results) throw new Error('Redis transaction aborted');
    const [[incrError, hits], , [ttlError, ttl]] = results;
    if (incrError || ttlError) throw incrError ?? ttlError;
    return { hits: Number(hits), retryAfterSeconds: Math.max(Number(ttl), 1) };
  }

  async close() {
    await this.redis.quit();
  }
}

@Injectable()
export class RateLimiter implements OnModuleDestroy {
  constructor(private readonly store: RateLimitStore) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    const { hits, retryAfterSeconds } = await this.store.hit(key, windowSeconds);
    return { allowed: hits <= limit, retryAfterSeconds };
  }

  onModuleDestroy() {
    return this.store.close();
  }
}

export function rateLimitStore(redisUrl: string | undefined, dataSource: DataSource): RateLimitStore {
  return redisUrl ? new RedisRateLimitStore(redisUrl) : new PostgresRateLimitStore(dataSource);
}

