import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const directoryPage = (first: number) => `{ cities(first: ${first}) { totalCount nodes { name kind province { code name } facts { key value source { name } } } } }`;
const statements = async (query: string) => {
  const res = await t.gql(query);
  expect(res.errors).toBeUndefined();
  return Number(res.headers['x-sql-statements']);
};

describe('SQL statements per request', () => {
  it('costs at most 3 statements for 50 cities with province and facts', async () => {
    expect(await statements(directoryPage(50))).toBeLessThanOrEqual(3);
  });

  it('costs the same for 100 cities as for 5 (no N+1)', async () => {
    expect(await statements(directoryPage(100))).toBe(await statements(directoryPage(5)));
  });

  it('loads districts and coordinate sources of a whole page in one statement each', async () => {
    const base = await statements(`{ cities(first: 100) { nodes { name } } }`);
    const withLists = await statements(`{ cities(first: 100) { nodes { name districts { name } coordinates { source { name } } } } }`);
    expect(withLists - base).toBe(2);
  });

  it('costs at most 3 statements for a page of 50 practices with city, agency, tags and texts, the same as for 5', async () => {
    // One statement per practice and its text: a practice must have a text when its transaction commits.
    await t.dataSource.query(
      `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at, agency, tags)
         SELECT id, 'governance', 'published', now(), 'Dinas Kominfo ' || name, ARRAY['aplikasi', 'layanan'] FROM cities ORDER BY code LIMIT 60 RETURNING id)
       INSERT INTO practice_texts (practice_id, lang, title, summary) SELECT id, 'id', 'Praktik uji', 'Ringkasan **uji**' FROM p`,
    );
    const page = (first: number) =>
      `{ practices(first: ${first}) { totalCount nodes { agency tags topic texts { title summaryHtml } city { name slug province { name } } } } }`;
    const fifty = await statements(page(50));
    // The page, its cities (one loader batch), the count.
    expect(fifty).toBeLessThanOrEqual(3);
    expect(await statements(page(5))).toBe(fifty);
  });

  it('costs 4 statements for a library page of 50 search hits with facets, total and cities, the same as for 5', async () => {
    await t.dataSource.query(
      `WITH p AS (INSERT INTO practices (city_id, topic, dimensions, sdgs, start_year, state, published_at, agency, tags)
         SELECT id, 'waste', ARRAY['environment'], ARRAY[12]::smallint[], 2020, 'published', now(), 'Dinas Lingkungan Hidup', ARRAY['sampah'] FROM cities ORDER BY code DESC LIMIT 60 RETURNING id)
       INSERT INTO practice_texts (practice_id, lang, title, summary) SELECT id, 'id', 'Bank sampah kelurahan', 'Warga mengelola sampah' FROM p`,
    );
    const facets = 'facets { topics { value label count } dimensions { value count } sdgs { value count } provinces { value label count } cities { value label count } years { value count } languages { value label count } }';
    const page = (query: string, first: number) =>
      `{ searchPractices(query: ${query}, first: ${first}) { totalCount ${facets} nodes { language titleHtml snippetHtml practice { agency tags texts { title } city { name slug province { name } } } } } }`;
    for (const query of ['"pengelolaan sampah"', 'null']) {
      const fifty = await statements(page(query, 50));
      // The library's version, the page of hits, the facets with the total (one statement), the cities (one loader batch).
      expect(fifty).toBe(4);
      // A write (even of no row) changes the library's version: nothing kept is reused.
      await t.dataSource.query('UPDATE practices SET version = version WHERE false');
      expect(await statements(page(query, 5))).toBe(fifty);
      // Asked again while the library is unchanged: the version, then the kept answers; the cities.
      expect(await statements(page(query, 5))).toBe(2);
    }
  });

  it('costs the same for the practice page with its similar practices and adoptions whatever their number', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT p.id FROM practices p JOIN practice_texts t ON t.practice_id = p.id WHERE t.title = 'Pengelolaan aset daerah Kota Medan'`);
    const page = (first: number) =>
      `{ practice(id: "${id}") { agency texts { title summaryHtml } city { name } adoptionCount adoptions { status city { name } practice { id } }
         similar(first: ${first}) { id texts { title } city { name } adoptionCount } } }`;
    const one = await statements(page(1));
    // The practice; then one batch per field and level of the response: its city, adoption count, adoptions and similar
    // practices; then the similar ones' and adopters' cities, the similar ones' adoption counts and the adopted practice.
    expect(one).toBeLessThanOrEqual(9);
    expect(await statements(page(12))).toBe(one);
  });

  it("loads 'my cities' in the same number of statements for one city with one member as for two cities with several", async () => {
    const myCities = `{ myAdministeredCities { city { name } members { role user { displayName } } pendingRequests { user { email } city { name } } openInvitations { email invitedBy { displayName } } needsAction } }`;
    const cost = async (email: string, password: string) => {
      const res = await (await t.signedIn(email, password)).gql(myCities);
      expect(res.errors).toBeUndefined();
      return Number(res.headers['x-sql-statements']);
    };
    const small = await t.fixtures.city();
    const lone = await t.fixtures.user({ role: 'ADMIN', city: small.slug });
    const [a, b] = [await t.fixtures.city(), await t.fixtures.city()];
    const busy = await t.fixtures.user({ role: 'ADMIN', city: a.slug });
    await t.dataSource.query(`INSERT INTO city_memberships (user_id, city_id, role) VALUES ($1, $2, 'ADMIN')`, [busy.id, b.id]);
    for (const city of [a, b]) {
      for (const role of ['EDITOR', 'MEMBER'] as const) await t.fixtures.user({ role, city: city.slug });
      const asker = await t.fixtures.user();
      await t.dataSource.query(`INSERT INTO representation_requests (user_id, city_id, message) VALUES ($1, $2, 'pls')`, [asker.id, city.id]);
      await t.dataSource.query(
        `INSERT INTO invitations (city_id, email, role, token_hash, invited_by, expires_at) VALUES ($1, $2, 'MEMBER', $3, $4, now() + interval '1 day')`,
        [city.id, `inv-${city.id}@example.id`, `hash-${city.id}`, busy.id],
      );
    }
    const loneCost = await cost(lone.email, lone.password);
    // Session, members, requests, invitations, cities, users.
    expect(loneCost).toBeLessThanOrEqual(6);
    expect(await cost(busy.email, busy.password)).toBe(loneCost);
  });
});
