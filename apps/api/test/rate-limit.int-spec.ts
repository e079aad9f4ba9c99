import Redis from 'ioredis';
import { requireRedis, TEST_REDIS_URL as REDIS_URL } from './support/redis';
import { startTestApp, STRONG_PASSWORD, TestApp } from './support/test-app';

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } userErrors { field code message } } }`;

async function attempts(apps: TestApp[], email: string, count: number) {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await apps[i % apps.length].gql(SIGN_IN, { e: email, p: 'Wrong-Password-2026!' });
    codes.push(res.data?.signIn.userErrors[0].code);
  }
  return codes;
}

describe('sign-in limits in PostgreSQL (default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  // Each test locks an account of its own; together they stay under the 50 attempts per address.

  it('allows 10 attempts per account in 15 minutes, then refuses even the right password', async () => {
    const { email } = await t.fixtures.user();
    const codes = await attempts([t], email, 10);
    expect(codes).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    const blocked = await t.gql(SIGN_IN, { e: email, p: STRONG_PASSWORD });
    expect(blocked.data?.signIn).toEqual({ user: null, userErrors: [{ field: null, code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/Coba lagi dalam 1[45] menit/) }] });
  });

  it('answers an unknown e-mail the same way once it is limited', async () => {
    const codes = await attempts([t], 'ghost@solok.go.id', 11);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(codes[10]).toBe('TOO_MANY_ATTEMPTS');
  });

  it('lets the account in again when the window has passed', async () => {
    const { email } = await t.fixtures.user();
    await attempts([t], email, 10);
    expect((await t.gql(SIGN_IN, { e: email, p: STRONG_PASSWORD })).data?.signIn.userErrors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS' })]);
    await t.dataSource.query(`UPDATE rate_limits SET window_start = now() - interval '16 minutes' WHERE key = $1`, [`signin:account:${email}`]);
    const res = await t.gql(SIGN_IN, { e: email, p: STRONG_PASSWORD });
    expect(res.data?.signIn.userErrors).toEqual([]);
  });
});

describe('sign-in limits in Redis (REDIS_URL), shared by two API instances', () => {
  let a: TestApp;
  let b: TestApp;
  const email = `redis-${Date.now()}@solok.go.id`;
  let redisUp = false;
  beforeAll(async () => {
    await requireRedis();
    redisUp = true;
    a = await startTestApp({ REDIS_URL });
    b = await startTestApp({ REDIS_URL });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (!redisUp) return;
    // Redis outlives the test databases: leave no counters that would limit the next run.
    const redis = new Redis(REDIS_URL);
    await redis.del(`citybridge:rate:signin:account:${email}`, 'citybridge:rate:signin:ip:127.0.0.1', 'citybridge:rate:signin:ip:::ffff:127.0.0.1');
    await redis.quit();
  });

  it('counts attempts made on either instance against one limit', async () => {
    const codes = await attempts([a, b], email, 11);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(codes[10]).toBe('TOO_MANY_ATTEMPTS');
    // Nothing went to PostgreSQL: the counters live in Redis.
    expect(await a.dataSource.query(`SELECT key FROM rate_limits WHERE key LIKE '%redis-%'`)).toEqual([]);
  });
});
