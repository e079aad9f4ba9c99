import Redis from 'ioredis';

/** The Redis the Redis-only tests use: TEST_REDIS_URL, or the one CI and most machines run locally. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Fails at once with a message saying what to do when no Redis answers at TEST_REDIS_URL, instead
 * of letting ioredis retry until Jest times out.
 */
export async function requireRedis(url: string = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {}); // reported below, once
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `No Redis answers at ${url} (${(error as Error).message}). This test checks the rate limits shared ` +
        'through Redis (REDIS_URL) and needs a real server: start one on 127.0.0.1:6379, e.g. ' +
        '`apt-get install -y redis-server && redis-server --daemonize yes` (`.ci/run` does this), ' +
        'or point TEST_REDIS_URL at another.',
    );
  } finally {
    redis.disconnect();
  }
}
