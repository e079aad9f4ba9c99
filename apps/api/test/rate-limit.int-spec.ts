import Redis from 'ioredis';
import { requireRedis, TEST_REDIS_URL as REDIS_URL } from './support/redis';
import { startTestApp, STRONG_PASSWORD, TestApp } from './support/test-app';

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } userErrors { field code message } } }`;
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { accepted userErrors { field code } } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted userErrors { field code } } }`;
const INVITE = `mutation($slug: String!, $e: String!) { inviteCityMember(input: { citySlug: $slug, email: $e, role: MEMBER }) { invitation { id } userErrors { field code } } }`;

/** A GraphQL request from `client` as the proxy in front (TRUST_PROXY=1) reports it. */
async function from(t: TestApp, client: string, query: string, variables: Record<string, unknown>) {
  const res = await t.http().post('/graphql').set('apollo-require-preflight', 'true').set('x-forwarded-for', client).send({ query, variables });
  return res.body.data;
}

async function attempts(t: TestApp, email: string, clients: string[], password = 'Wrong-Password-2026!') {
  const codes: string[] = [];
  for (const client of clients) codes.push((await from(t, client, SIGN_IN, { e: email, p: password })).signIn.userErrors[0]?.code ?? 'OK');
  return codes;
}
const times = (n: number, client: string) => Array<string>(n).fill(client);

describe('sign-in throttle behind one reverse proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  it('allows 5 attempts a minute per account and client address, then refuses that pair', async () => {
    const { email } = await t.fixtures.user();
    expect(await attempts(t, email, times(5, '198.51.100.1'))).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    const blocked = await from(t, '198.51.100.1', SIGN_IN, { e: email, p: STRONG_PASSWORD });
    expect(blocked.signIn).toEqual({ user: null, userErrors: [{ field: null, code: 'TOO_MANY_ATTEMPTS', message: 'Terlalu banyak percobaan. Coba lagi dalam 1 menit.' }] });
    // The owner at another address is not affected.
    expect(await attempts(t, email, ['198.51.100.2'], STRONG_PASSWORD)).toEqual(['OK']);
  });

  it('backs off: after the first minute, 5 more tries in 15 minutes, then a wait of up to 15 minutes', async () => {
    const { email } = await t.fixtures.user();
    await attempts(t, email, times(5, '198.51.100.3'));
    await t.dataSource.query(`UPDATE rate_limits SET window_start = now() - interval '2 minutes' WHERE key = $1`, [`signin:pair0:${email}:198.51.100.3`]);
    expect(await attempts(t, email, times(6, '198.51.100.3'))).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    const wait = await from(t, '198.51.100.3', SIGN_IN, { e: email, p: STRONG_PASSWORD });
    expect(wait.signIn.userErrors[0].message).toMatch(/Coba lagi dalam 1[45] menit/);
  });

  it('does not lock the owner out: over the account ceiling, a new address still gets its first try', async () => {
    const { email } = await t.fixtures.user();
    const attackers = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '203.0.113.5'];
    await attempts(t, email, attackers.flatMap((a) => times(5, a))); // 25 wrong passwords: over the ceiling of 20
    expect(await attempts(t, email, ['192.0.2.77'], STRONG_PASSWORD)).toEqual(['OK']);
    // Slowed, not refused: a fresh address gets one try a minute for this account.
    expect(await attempts(t, email, times(2, '203.0.113.6'))).toEqual(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
  });

  it('answers an unknown e-mail the same way', async () => {
    expect(await attempts(t, 'ghost@solok.go.id', times(6, '198.51.100.4'))).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
  });
});

describe('client address without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For, which any client could write', async () => {
    const { email } = await t.fixtures.user();
    const spoofed = ['198.51.100.11', '198.51.100.12', '198.51.100.13', '198.51.100.14', '198.51.100.15', '198.51.100.16'];
    expect(await attempts(t, email, spoofed)).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
  });
});

describe('limits on sign-up, reset requests and invitations (from the environment)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1', SIGN_UPS_PER_HOUR: '2', PASSWORD_RESET_REQUESTS_PER_HOUR: '2', INVITATIONS_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('refuses the third sign-up in an hour from one address', async () => {
    const signUp = (client: string, n: number) => from(t, client, SIGN_UP, { i: { email: `limited-${n}@solok.go.id`, password: STRONG_PASSWORD, displayName: 'W' } });
    expect((await signUp('198.51.100.21', 1)).signUp.userErrors).toEqual([]);
    expect((await signUp('198.51.100.21', 2)).signUp.userErrors).toEqual([]);
    expect((await signUp('198.51.100.21', 3)).signUp).toEqual({ accepted: false, userErrors: [{ field: null, code: 'TOO_MANY_ATTEMPTS' }] });
    expect((await signUp('198.51.100.22', 4)).signUp.userErrors).toEqual([]);
  });

  it('refuses the third reset request in an hour from one address', async () => {
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await from(t, '198.51.100.23', REQUEST_RESET, { e: `someone-${i}@solok.go.id` })).requestPasswordReset);
    expect(codes).toEqual([
      { accepted: true, userErrors: [] },
      { accepted: true, userErrors: [] },
      { accepted: false, userErrors: [{ field: null, code: 'TOO_MANY_ATTEMPTS' }] },
    ]);
  });

  it('refuses the third invitation in an hour from one admin', async () => {
    const city = await t.fixtures.city();
    const { email } = await t.fixtures.user({ role: 'ADMIN', city: city.slug });
    const admin = await t.signedIn(email, STRONG_PASSWORD);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await admin.gql(INVITE, { slug: city.slug, e: `invited-${i}@solok.go.id` })).data?.inviteCityMember.userErrors);
    expect(codes).toEqual([[], [], [{ field: null, code: 'TOO_MANY_ATTEMPTS' }]]);
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
    const keys = await redis.keys(`citybridge:rate:signin:*${email}*`);
    await redis.del(...keys, 'citybridge:rate:signin:ip:127.0.0.1', 'citybridge:rate:signin:ip:::ffff:127.0.0.1');
    await redis.quit();
  });

  it('counts attempts made on either instance against one limit', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await [a, b][i % 2].gql(SIGN_IN, { e: email, p: 'Wrong-Password-2026!' })).data?.signIn.userErrors[0].code);
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    // Nothing went to PostgreSQL: the counters live in Redis.
    expect(await a.dataSource.query(`SELECT key FROM rate_limits WHERE key LIKE '%redis-%'`)).toEqual([]);
  });
});
