import { startTestApp, type TestApp } from '../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Text {
  title: string;
  summary?: string;
  approach?: string;
}
interface Spec {
  city?: string;
  topic?: string;
  dimensions?: string[];
  sdgs?: number[];
  year?: number | null;
  state?: string;
  id?: Text;
  en?: Text;
  /** Seconds ago it was published (newest first lists). */
  age?: number;
}
/** A practice written straight into the database (its texts in the same statement: one per practice is required at commit). */
async function practice(spec: Spec): Promise<string> {
  const texts = (['id', 'en'] as const).filter((l) => spec[l]).map((l) => ({ lang: l, title: spec[l]?.title, summary: spec[l]?.summary ?? '', approach: spec[l]?.approach ?? '' }));
  const [row] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, dimensions, sdgs, start_year, state, published_at)
       SELECT id, $2, $3, $4, $5, $6, now() - make_interval(secs => $7) FROM cities WHERE slug = $1 RETURNING id),
     t AS (INSERT INTO practice_texts (practice_id, lang, title, summary, approach)
       SELECT p.id, x.lang, x.title, x.summary, x.approach FROM p, json_to_recordset($8::json) AS x(lang text, title text, summary text, approach text))
     SELECT id FROM p`,
    [spec.city ?? 'kota-bandung', spec.topic ?? 'governance', spec.dimensions ?? [], spec.sdgs ?? [], spec.year ?? null, spec.state ?? 'published', spec.age ?? 0, JSON.stringify(texts)],
  );
  return row.id;
}

const SEARCH = `query($q: String, $filter: PracticeSearchFilter, $sort: PracticeSort, $first: Int, $after: String) {
  searchPractices(query: $q, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { language titleHtml snippetHtml practice { id topic city { slug } } }
  }
}`;
const FACETS = `query($q: String, $filter: PracticeSearchFilter) {
  searchPractices(query: $q, filter: $filter) {
    totalCount
    facets { topics { value label count } dimensions { value label count } sdgs { value label count } provinces { value label count }
      cities { value label count } years { value label count } languages { value label count } }
  }
}`;
async function search(variables: Record<string, unknown>) {
  const res = await t.gql(SEARCH, variables);
  expect(res.errors).toBeUndefined();
  return res.data?.searchPractices;
}
const ids = (result: { nodes: { practice: { id: string } }[] }) => result.nodes.map((n) => n.practice.id);

describe('searchPractices: word forms, stop words and typos', () => {
  it('finds a practice written with "mengelola aset" when searching "pengelolaan aset" (the Indonesian stemmer)', async () => {
    const id = await practice({ id: { title: 'Kartu inventaris barang di Kota Bandung', summary: 'Dinas mengelola aset daerah dengan kartu inventaris.' } });
    const result = await search({ q: 'pengelolaan aset' });
    expect(ids(result)).toContain(id);
    const hit = result.nodes.find((n: { practice: { id: string } }) => n.practice.id === id);
    expect(hit.language).toBe('id');
    expect(hit.snippetHtml).toContain('<mark>mengelola</mark> <mark>aset</mark>');
  });

  it('finds complaint apps when searching "aplikasi pengaduan", in either language', async () => {
    const id = await practice({ id: { title: 'Lapor Wali Kota', summary: 'Warga mengadukan jalan rusak lewat aplikasi di ponsel.' } });
    const result = await search({ q: 'aplikasi pengaduan' });
    expect(ids(result)).toContain(id);
    // The demo library's Medan Rumah Kita app, written as "aplikasi ... pengaduan".
    expect(result.nodes.map((n: { titleHtml: string }) => n.titleHtml)).toContain('<mark>Aplikasi</mark> Medan Rumah Kita');
    const english = await search({ q: 'complaint app' });
    expect(english.nodes.find((n: { titleHtml: string }) => n.titleHtml.includes('Medan Rumah Kita'))?.language).toBe('en');
  });

  it('gives the same results in the same order with or without stop words, and stop words in a text add nothing to its document', async () => {
    const plain = await practice({ id: { title: 'Sistem antrean puskesmas', summary: 'Antrean daring puskesmas.' } });
    const wordy = await practice({ id: { title: 'Sistem antrean yang baru di puskesmas', summary: 'Antrean daring untuk dan dari puskesmas ini itu.' } });
    const without = await search({ q: 'antrean puskesmas' });
    const withStops = await search({ q: 'yang antrean dan di puskesmas untuk' });
    expect(ids(withStops)).toEqual(ids(without));
    expect(ids(without)).toEqual(expect.arrayContaining([plain, wordy]));
    const docs = await t.dataSource.query(`SELECT practice_id, array_to_string(tsvector_to_array(search), ' ') AS lexemes FROM practice_texts WHERE practice_id = ANY($1)`, [[plain, wordy]]);
    const lexemes = (id: string) => docs.find((d: { practice_id: string }) => d.practice_id === id).lexemes;
    expect(lexemes(wordy)).toBe(`${lexemes(plain)} baru`.split(' ').sort().join(' '));
    for (const word of ['yang', 'di', 'untuk', 'dan', 'dari', 'ini', 'itu']) expect(lexemes(wordy).split(' ')).not.toContain(word);
  });

  it('finds a title with a typo, and the practices of a city whose name has one', async () => {
    const id = await practice({ city: 'kota-solok', id: { title: 'Penerangan jalan tenaga surya' } });
    expect(ids(await search({ q: 'penerangan jalann tenaga surya' }))).toContain(id);
    const byCity = await search({ q: 'kota solk', first: 50 });
    expect(ids(byCity)).toContain(id);
  });

  it('answers from what it kept only while the library is unchanged: a new publication shows at once', async () => {
    const before = await search({ q: 'lumbung pangan' });
    expect(before.totalCount).toBe(0);
    expect((await search({ q: 'lumbung pangan' })).totalCount).toBe(0);
    const id = await practice({ id: { title: 'Lumbung pangan kelurahan' } });
    const after = await search({ q: 'lumbung pangan' });
    expect(ids(after)).toEqual([id]);
    expect(after.totalCount).toBe(1);
    await t.dataSource.query(`UPDATE practices SET state = 'archived' WHERE id = $1`, [id]);
    expect((await search({ q: 'lumbung pangan' })).totalCount).toBe(0);
  });

  it('searches only published practices', async () => {
    const draft = await practice({ state: 'draft', id: { title: 'Rancangan zonasi kuliner malam' } });
    const archived = await practice({ state: 'archived', id: { title: 'Arsip zonasi kuliner malam' } });
    const result = await search({ q: 'zonasi kuliner' });
    expect(ids(result)).not.toContain(draft);
    expect(ids(result)).not.toContain(archived);
  });

  it('escapes everything in titles and snippets but its own <mark>', async () => {
    const id = await practice({ id: { title: '<script>alert(1)</script> Zebrakarst & "kota"', summary: '<img src=x onerror=alert(1)> Zebrakarst ringkas' } });
    const [hit] = (await search({ q: 'zebrakarst' })).nodes;
    expect(hit.practice.id).toBe(id);
    expect(hit.titleHtml).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Zebrakarst</mark> &amp; &quot;kota&quot;');
    expect(hit.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
    expect(hit.snippetHtml).toContain('<mark>Zebrakarst</mark> ringkas');
    const listed = (await search({ q: null, filter: { citySlugs: ['kota-bandung'] }, first: 50 })).nodes.find((n: { practice: { id: string } }) => n.practice.id === id);
    expect(listed.titleHtml).toBe('&lt;script&gt;alert(1)&lt;/script&gt; Zebrakarst &amp; &quot;kota&quot;');
  });
});

describe('searchPractices: sorting, pages and facets', () => {
  let a: string;
  let b: string;
  let c: string;
  beforeAll(async () => {
    // Three practices of one made-up word, in two provinces, topics, dimensions, years and languages.
    a = await practice({ city: 'kota-medan', topic: 'health', dimensions: ['living'], sdgs: [3], year: 2019, age: 30, id: { title: 'Quokkanet kesehatan', summary: 'Quokkanet quokkanet.' } });
    b = await practice({ city: 'kota-medan', topic: 'education', dimensions: ['society', 'living'], sdgs: [4], year: 2021, age: 20, id: { title: 'Sekolah quokkanet' } });
    c = await practice({ city: 'kota-solok', topic: 'health', dimensions: ['society'], sdgs: [3, 4], year: 2021, age: 10, en: { title: 'Quokkanet clinics' } });
  });

  it('orders by relevance or by publication, newest first', async () => {
    expect(ids(await search({ q: 'quokkanet', sort: 'NEWEST' }))).toEqual([c, b, a]);
    const relevant = ids(await search({ q: 'quokkanet', sort: 'RELEVANCE' }));
    expect(relevant).toHaveLength(3);
    expect(relevant[0]).toBe(a); // in the title and twice in the summary
  });

  it('lists everything published, newest first, when there is no query', async () => {
    const result = await search({ q: '  ', first: 3 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM practices WHERE state = 'published'`);
    expect(result.totalCount).toBe(n);
    const newest = await t.dataSource.query(`SELECT id FROM practices WHERE state = 'published' ORDER BY published_at DESC, id DESC LIMIT 3`);
    expect(ids(result)).toEqual(newest.map((r: { id: string }) => r.id));
  });

  it('pages with cursors, and caps a page at 50', async () => {
    const first = await search({ q: 'quokkanet', sort: 'NEWEST', first: 2 });
    expect(ids(first)).toEqual([c, b]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ q: 'quokkanet', sort: 'NEWEST', first: 2, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual([a]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    await t.dataSource.query(
      `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at) SELECT id, 'transport', 'published', now() FROM cities ORDER BY code LIMIT 55 RETURNING id)
       INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', 'Trem listrik' FROM p`,
    );
    const capped = await search({ q: 'trem listrik', first: 500 });
    expect(capped.nodes).toHaveLength(50);
    expect(capped.pageInfo.hasNextPage).toBe(true);
  });

  it('filters by facets and counts each facet with the other facets applied', async () => {
    const res = await t.client('en').gql(FACETS, { q: 'quokkanet', filter: { topics: ['health'] } });
    expect(res.errors).toBeUndefined();
    const { totalCount, facets } = res.data?.searchPractices ?? {};
    expect(totalCount).toBe(2); // a and c
    // Topics ignore the topic filter: every topic of the query's matches stays visible.
    expect(facets.topics).toEqual([
      { value: 'health', label: expect.any(String), count: 2 },
      { value: 'education', label: expect.any(String), count: 1 },
    ]);
    // The others count within the chosen topic.
    expect(facets.years).toEqual([
      { value: '2019', label: '2019', count: 1 },
      { value: '2021', label: '2021', count: 1 },
    ]);
    expect(facets.dimensions).toEqual(expect.arrayContaining([{ value: 'living', label: 'Smart living', count: 1 }, { value: 'society', label: 'Smart society', count: 1 }]));
    expect(facets.sdgs).toEqual([
      { value: '3', label: 'SDG 3', count: 2 },
      { value: '4', label: 'SDG 4', count: 1 },
    ]);
    expect(facets.cities.map((f: { value: string; count: number }) => [f.value, f.count])).toEqual([
      ['kota-medan', 1],
      ['kota-solok', 1],
    ]);
    expect(facets.provinces.map((f: { label: string }) => f.label)).toEqual(expect.arrayContaining(['Sumatera Utara', 'Sumatera Barat']));
    expect(facets.languages).toEqual([
      { value: 'en', label: 'English', count: 1 },
      { value: 'id', label: 'Indonesian', count: 1 },
    ]);
  });

  it('applies every facet filter (AND between facets, OR within one)', async () => {
    const q = 'quokkanet';
    expect(ids(await search({ q, filter: { dimensions: ['society'] }, sort: 'NEWEST' }))).toEqual([c, b]);
    expect(ids(await search({ q, filter: { sdgs: [4], years: [2021] }, sort: 'NEWEST' }))).toEqual([c, b]);
    expect(ids(await search({ q, filter: { citySlugs: ['kota-medan'], topics: ['health', 'education'] }, sort: 'NEWEST' }))).toEqual([b, a]);
    expect(ids(await search({ q, filter: { languages: ['en'] } }))).toEqual([c]);
    const [{ province_code }] = await t.dataSource.query(`SELECT province_code FROM cities WHERE slug = 'kota-solok'`);
    expect(ids(await search({ q, filter: { provinceCodes: [province_code] } }))).toEqual([c]);
  });
});

describe('Practice.similar', () => {
  it('lists other published practices, those sharing topic and dimensions first, never itself or a draft', async () => {
    const x = await practice({ topic: 'water_sanitation', dimensions: ['environment', 'living'], sdgs: [6], id: { title: 'Air minum isi ulang' } });
    const twin = await practice({ topic: 'water_sanitation', dimensions: ['environment', 'living'], sdgs: [6], age: 100, id: { title: 'Sumur resapan' } });
    const draft = await practice({ state: 'draft', topic: 'water_sanitation', dimensions: ['environment', 'living'], sdgs: [6], id: { title: 'Draf air' } });
    const res = await t.gql(`query($id: ID!) { practice(id: $id) { similar(first: 3) { id state } } }`, { id: x });
    expect(res.errors).toBeUndefined();
    const similar = res.data?.practice.similar;
    expect(similar).toHaveLength(3);
    expect(similar[0].id).toBe(twin);
    expect(similar.map((p: { id: string }) => p.id)).not.toContain(x);
    expect(similar.map((p: { id: string }) => p.id)).not.toContain(draft);
    expect(similar.every((p: { state: string }) => p.state === 'PUBLISHED')).toBe(true);
  });
});
