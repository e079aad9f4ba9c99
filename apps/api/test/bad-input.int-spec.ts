import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('bad input', () => {
  it('caps first: 100000 to the maximum page size of 100', async () => {
    const res = await t.gql(`{ cities(first: 100000) { totalCount nodes { code } } }`);
    expect(res.status).toBe(200);
    expect(res.data?.cities.nodes).toHaveLength(100);
  });

  it('rejects a negative first as bad input naming the argument', async () => {
    const res = await t.gql(`{ cities(first: -1) { totalCount } }`);
    expect(res.status).toBe(200);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it.each([
    ['a percent sign', '%', 0],
    ['an underscore', '_', 0],
    ['quotes', `'"; DROP TABLE cities; --`, 0],
    ['emoji', 'Solok 🏙️', 3], // the emoji is noise: the typo tolerance still finds the three Solok
    ['a backslash', '\\', 0],
    ['10 kB of text', 'x'.repeat(10_000), 0],
  ])('treats search text with %s as text', async (_label, search, expected) => {
    const res = await t.gql(`query($s: String) { cities(filter: { search: $s }) { totalCount } }`, { s: search });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.cities.totalCount).toBe(expected);
  });

  it('still has every city after a search that looks like SQL', async () => {
    const res = await t.gql(`{ cities { totalCount } }`);
    expect(res.data?.cities.totalCount).toBe(514);
  });

  it('answers a malformed cursor with a clear error, not a 500', async () => {
    const res = await t.gql(`{ cities(after: "not-a-cursor") { totalCount } }`);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('`after`'), extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });

  it('returns an empty page after the last one', async () => {
    const first = await t.gql(`{ cities(first: 100, filter: { provinceCode: "13" }) { pageInfo { endCursor } } }`);
    const res = await t.gql(`query($a: String) { cities(first: 10, after: $a, filter: { provinceCode: "13" }) { totalCount nodes { code } pageInfo { hasNextPage } } }`, { a: first.data?.cities.pageInfo.endCursor });
    expect(res.data?.cities).toEqual({ totalCount: 19, nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('returns nothing (not an error) for an unknown province or a long slug', async () => {
    const res = await t.gql(`query($s: String!) { cities(filter: { provinceCode: "99" }) { totalCount } city(slug: $s) { name } }`, { s: 'x'.repeat(5000) });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ cities: { totalCount: 0 }, city: null });
  });
});

describe('query limits and request hardening', () => {
  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: provinces { code }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/31 aliases; the limit is 30/);
  });

  it('refuses a query that could return too many objects', async () => {
    const pages = Array.from({ length: 6 }, (_, i) => `p${i}: cities(first: 100) { nodes { districts { name } facts { source { name } } } }`).join(' ');
    const res = await t.gql(`{ ${pages} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/could return about \d+ objects/);
  });

  it('refuses batched operations', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ provinces { code } }' }, { query: '{ provinces { code } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a simple request without a CSRF-safe header', async () => {
    const res = await t.http().post('/graphql').set('content-type', 'text/plain').send(JSON.stringify({ query: '{ provinces { code } }' }));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/Cross-Site Request Forgery/);
  });
});
