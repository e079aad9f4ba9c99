import { DEMO, startTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';

let t: TestApp;
let medanEditor: TestClient;
let solokEditor: TestClient;

const SOLOK = '13.72';
const MEDAN = '12.71';
/** Each city's latest population by the default rule (the impact's statement), by code. */
const LATEST = `SELECT DISTINCT ON (o.city_id) c.code, o.value::float8 AS population
  FROM metric_observations o JOIN cities c ON c.id = o.city_id JOIN metric_sources s ON s.id = o.source_id JOIN metric_indicators i ON i.id = o.indicator_id
  WHERE i.code = 'population' AND o.practice_id IS NULL AND o.period_kind = 'year' AND o.value > 0
  ORDER BY o.city_id, o.year DESC, array_position(ARRAY['official','self_reported','estimated','demo'], o.quality), s.published_on DESC NULLS LAST, o.entered_at DESC, o.id`;
const SET = `mutation($input: SetPracticeIndicatorsInput!) { setPracticeIndicators(input: $input) { practice { id relatedIndicators { code } } userErrors { field code message } } }`;
const SIDE = 'before after change';
const IMPACT_FIELDS = `
  adoptionYear beforeFrom beforeTo afterFrom afterTo minPeers gap gapMessage
  caveats { code message }
  indicators {
    indicator { code } basis gap gapMessage differenceOfDifferences favourable isDemo
    city { ${SIDE} } peers { ${SIDE} }
    years { year cityValue cityQuality cityIsDemo citySource { organisation } peersMedian peersCount }
    peerCities { cityCode cityName population before after quality isDemo }
    sources { source { organisation title } quality isDemo valueCount }
  }`;
/** With the reported value and the population it is divided by (a count's basis is PER_100K). */
const BASIS_FIELDS = `
  gap
  indicators {
    indicator { code } basis gap gapMessage differenceOfDifferences favourable isDemo
    city { ${SIDE} } peers { ${SIDE} }
    years { year cityValue cityRawValue cityQuality cityPopulation cityPopulationQuality cityPopulationSource { organisation } peersMedian peersCount }
    peerCities { cityCode cityName population before after quality isDemo }
    sources { source { organisation title } quality isDemo valueCount }
  }`;
/** What a list of adoptions may ask of each (the query cost limit allows no more per adoption). */
const IMPACT_SHORT = `impact { adoptionYear indicators { indicator { code } gap gapMessage differenceOfDifferences favourable city { ${SIDE} } peers { ${SIDE} } } }`;

/** A published practice of Kota Medan, written straight into the database. */
async function medanPractice(): Promise<string> {
  const [p] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at) SELECT id, 'governance', 'published', now() FROM cities WHERE code = '12.71' RETURNING id)
     INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', 'Praktik dampak' FROM p RETURNING practice_id AS id`,
  );
  return p.id;
}

async function adopt(practiceId: string, cityCode: string, adoptedOn: string | null, status = 'done'): Promise<string> {
  const [a] = await t.dataSource.query(
    `INSERT INTO practice_adoptions (practice_id, city_id, status, adopted_on) SELECT $1, id, $4, $3 FROM cities WHERE code = $2 RETURNING id`,
    [practiceId, cityCode, adoptedOn, status],
  );
  return a.id;
}

/** Yearly values straight into the database, from one source of the given quality. */
async function put(cityCode: string, indicator: string, values: Record<number, number>, quality = 'official', organisation = 'BPS Uji Dampak') {
  for (const [year, value] of Object.entries(values)) {
    await t.dataSource.query(
      `WITH s AS (INSERT INTO metric_sources (organisation, title) VALUES ($5, 'Uji dampak') ON CONFLICT (organisation, title, url, published_on) DO UPDATE SET title = EXCLUDED.title RETURNING id)
       INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality, is_demo)
       SELECT c.id, i.id, $3, $4, s.id, $6, $6 = 'demo' FROM cities c, metric_indicators i, s WHERE c.code = $1 AND i.code = $2`,
      [cityCode, indicator, Number(year), value, organisation, quality],
    );
  }
}

/** A custom indicator: a share (%, not normalisable) unless `count`. */
async function indicator(code: string, direction = 'higher_better', count = false) {
  await t.dataSource.query(
    `INSERT INTO metric_indicators (code, name_id, name_en, unit, direction, category, standard, normalisable) VALUES ($1, $1, $1, $3, $2, 'governance', 'custom', $4)`,
    [code, direction, count ? 'count' : '%', count],
  );
}

async function link(practiceId: string, codes: string[]) {
  const res = await medanEditor.gql(SET, { input: { practiceId, indicatorCodes: codes } });
  expect(res.data?.setPracticeIndicators.userErrors).toEqual([]);
}

beforeAll(async () => {
  t = await startTestApp();
  medanEditor = await t.signedIn(...DEMO.medanEditor);
  const editor = await t.fixtures.user({ role: 'EDITOR', city: 'kota-solok' });
  solokEditor = await t.signedIn(editor.email, editor.password);
  // Populations newer than any other (2026), so these decide who is a peer of Kota Solok.
  const populations: Record<string, number> = { '13.72': 75_000, '13.71': 90_000, '13.73': 60_000, '13.74': 70_000, '13.75': 1_000_000, '13.76': 80_000, '13.77': 85_000 };
  for (const [code, value] of Object.entries(populations)) await put(code, 'population', { 2026: value });
});
afterAll(() => t.close());

describe("a practice's related indicators", () => {
  it("are set in order by the practice's editors, replacing the earlier ones", async () => {
    const id = await medanPractice();
    const first = await medanEditor.gql(SET, { input: { practiceId: id, indicatorCodes: ['online_services_share', 'spbe_index', 'online_services_share'] } });
    expect(first.data?.setPracticeIndicators).toEqual({ practice: { id, relatedIndicators: [{ code: 'online_services_share' }, { code: 'spbe_index' }] }, userErrors: [] });
    const second = await medanEditor.gql(SET, { input: { practiceId: id, indicatorCodes: ['spbe_index'] } });
    expect(second.data?.setPracticeIndicators.practice.relatedIndicators).toEqual([{ code: 'spbe_index' }]);
    const read = await t.client('en').gql(`query($id: ID!) { practice(id: $id) { relatedIndicators { code name } } }`, { id });
    expect(read.data?.practice.relatedIndicators).toEqual([{ code: 'spbe_index', name: 'E-government (SPBE) index' }]);
    const audit = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'metrics.practice_indicators.set' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { after: { indicatorCodes: string[] } }) => a.after.indicatorCodes)).toEqual([['online_services_share', 'spbe_index'], ['spbe_index']]);
    const cleared = await medanEditor.gql(SET, { input: { practiceId: id, indicatorCodes: [] } });
    expect(cleared.data?.setPracticeIndicators.practice.relatedIndicators).toEqual([]);
  });

  it('names unknown codes and too many codes as userErrors on indicatorCodes, and changes nothing', async () => {
    const id = await medanPractice();
    await link(id, ['spbe_index']);
    const bad = await medanEditor.gql(SET, { input: { practiceId: id, indicatorCodes: ['spbe_index', 'no_such_code', 'another_one'] } });
    expect(bad.data?.setPracticeIndicators).toEqual({
      practice: null,
      userErrors: [{ field: 'indicatorCodes', code: 'UNKNOWN_INDICATOR', message: expect.stringContaining('no_such_code, another_one') }],
    });
    const many = await medanEditor.gql(SET, { input: { practiceId: id, indicatorCodes: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'] } });
    expect(many.data?.setPracticeIndicators.userErrors).toEqual([{ field: 'indicatorCodes', code: 'TOO_MANY_INDICATORS', message: expect.any(String) }]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM practice_indicators WHERE practice_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it("are refused to another city's editor and to the signed-out", async () => {
    const id = await medanPractice();
    const other = await solokEditor.gql(SET, { input: { practiceId: id, indicatorCodes: ['spbe_index'] } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.client().gql(SET, { input: { practiceId: id, indicatorCodes: ['spbe_index'] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM practice_indicators WHERE practice_id = $1`, [id]);
    expect(n).toBe(0);
  });
});

describe('the impact of an adoption', () => {
  it("puts the city's change beside its peers' median change, every number with its source", async () => {
    await indicator('impact_probe');
    await indicator('impact_probe_empty');
    const practiceId = await medanPractice();
    await link(practiceId, ['impact_probe', 'impact_probe_empty']);
    // Solok rises by 25 (the adoption year, 2018, left out); a demo value beside the official one is not the default.
    await put(SOLOK, 'impact_probe', { 2015: 40, 2016: 50, 2017: 60, 2018: 99, 2019: 70, 2020: 75, 2021: 80 });
    await put(SOLOK, 'impact_probe', { 2019: 500 }, 'demo', 'Demo');
    await put('13.71', 'impact_probe', { 2016: 10, 2020: 20 });
    await put('13.73', 'impact_probe', { 2015: 20, 2019: 30 });
    await put('13.74', 'impact_probe', { 2017: 30, 2021: 40 });
    await put('13.75', 'impact_probe', { 2016: 100, 2019: 200 });
    // Only before the adoption: not a peer.
    await put('13.76', 'impact_probe', { 2016: 5 });
    const adoptionId = await adopt(practiceId, SOLOK, '2018-06-01');

    const res = await t.client('en').gql(`query($id: ID!) { adoptionImpact(adoptionId: $id) { ${IMPACT_FIELDS} } }`, { id: adoptionId });
    expect(res.errors).toBeUndefined();
    const impact = res.data?.adoptionImpact;
    expect(impact).toMatchObject({ adoptionYear: 2018, beforeFrom: 2015, beforeTo: 2017, afterFrom: 2019, afterTo: 2021, minPeers: 3, gap: null, gapMessage: null });
    expect(impact.caveats.map((c: { code: string }) => c.code)).toEqual(['CORRELATION', 'OTHER_CHANGES', 'PEERS_BY_POPULATION', 'FEW_YEARS']);
    expect(impact.caveats[0].message).toMatch(/not what caused it/);

    const [probe, empty] = impact.indicators;
    expect(probe.indicator.code).toBe('impact_probe');
    // A share: compared as it is.
    expect(probe.basis).toBe('RAW');
    expect(probe.gap).toBeNull();
    expect(probe.city).toEqual({ before: 50, after: 75, change: 25 });
    // Peers' window means: 10→20, 20→30, 30→40, 100→200; medians 25 → 35.
    expect(probe.peers).toEqual({ before: 25, after: 35, change: 10 });
    expect(probe.differenceOfDifferences).toBe(15);
    expect(probe.favourable).toBe(true);
    expect(probe.isDemo).toBe(false);
    // Closest in population to 75,000 (by ratio) first: Padang Panjang (70,000), Padang (90,000), Sawahlunto (60,000), Bukittinggi (1,000,000).
    expect(probe.peerCities.map((p: { cityCode: string }) => p.cityCode)).toEqual(['13.74', '13.71', '13.73', '13.75']);
    expect(probe.peerCities[0]).toEqual({ cityCode: '13.74', cityName: expect.any(String), population: 70_000, before: 30, after: 40, quality: 'OFFICIAL', isDemo: false });
    const y2019 = probe.years.find((y: { year: number }) => y.year === 2019);
    expect(y2019).toEqual({ year: 2019, cityValue: 70, cityQuality: 'OFFICIAL', cityIsDemo: false, citySource: { organisation: 'BPS Uji Dampak' }, peersMedian: 115, peersCount: 2 });
    expect(probe.years.map((y: { year: number }) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    // The city's 6 values of the windows and the peers' 8, all official from one source (the adoption year's value is not used).
    expect(probe.sources).toEqual([{ source: { organisation: 'BPS Uji Dampak', title: 'Uji dampak' }, quality: 'OFFICIAL', isDemo: false, valueCount: 14 }]);

    expect(empty).toMatchObject({ gap: 'NO_VALUES_BEFORE', differenceOfDifferences: null, city: { before: null, after: null, change: null }, peerCities: [] });
    expect(empty.gapMessage).toMatch(/no values for the years before/);
  });

  it('says nothing with too few peers or without a date, in the language of the request', async () => {
    await indicator('impact_sparse', 'lower_better');
    const practiceId = await medanPractice();
    await link(practiceId, ['impact_sparse']);
    await put(SOLOK, 'impact_sparse', { 2019: 4, 2021: 3 });
    await put('13.71', 'impact_sparse', { 2019: 4, 2021: 3 });
    await put('13.73', 'impact_sparse', { 2019: 4, 2021: 3 });
    await adopt(practiceId, SOLOK, '2020-01-15');
    await adopt(practiceId, '13.71', null);
    // Both adoptions' impact in one read (batched: Adoption.impact of a list).
    const res = await t.client('id').gql(`query($id: ID!) { practice(id: $id) { adoptions { city { code } ${IMPACT_SHORT} } } }`, { id: practiceId });
    expect(res.errors).toBeUndefined();
    const [solok, padang] = res.data?.practice.adoptions ?? [];
    expect(solok.impact.indicators[0]).toMatchObject({ gap: 'TOO_FEW_PEERS', differenceOfDifferences: null, favourable: null, city: { before: 4, after: 3, change: -1 }, peers: { before: 4, after: 3, change: -1 } });
    expect(solok.impact.indicators[0].gapMessage).toMatch(/Kurang dari 3 kota/);
    expect(padang.impact).toMatchObject({ adoptionYear: null, indicators: [{ gap: 'NO_ADOPTION_DATE', differenceOfDifferences: null }] });
  });

  it('marks demo numbers demo and says so in the caveats (the demo library: Kota Solok adopting Medan asset management in 2018)', async () => {
    const [adoption] = await t.dataSource.query(
      `SELECT a.id, a.practice_id FROM practice_adoptions a JOIN practice_texts pt ON pt.practice_id = a.practice_id JOIN cities c ON c.id = a.city_id
       WHERE pt.title = 'Pengelolaan aset daerah Kota Medan' AND c.code = $1`,
      [SOLOK],
    );
    const res = await t.client('en').gql(`query($p: ID!, $a: ID!) { practice(id: $p) { relatedIndicators { code } } adoptionImpact(adoptionId: $a) { ${IMPACT_FIELDS} } }`, {
      p: adoption.practice_id,
      a: adoption.id,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.practice.relatedIndicators).toEqual([{ code: 'assets_registered' }, { code: 'spbe_index' }]);
    const impact = res.data?.adoptionImpact;
    const [assets, spbe] = impact.indicators;
    expect(assets.isDemo).toBe(true);
    expect(assets.gap).toBeNull();
    expect(typeof assets.differenceOfDifferences).toBe('number');
    expect(assets.sources.every((s: { isDemo: boolean; quality: string }) => s.isDemo && s.quality === 'DEMO')).toBe(true);
    // The peers: the other demo-series cities (the only ones with assets values), closest in latest population first.
    const peers = assets.peerCities.map((p: { cityCode: string }) => p.cityCode);
    expect(peers.length).toBeGreaterThanOrEqual(3);
    // Kota Medan, where the practice comes from, has demo assets values too but is not a peer.
    expect(peers).not.toContain(MEDAN);
    const [latest] = await t.dataSource.query(`SELECT population FROM (${LATEST}) p WHERE code = $1`, [SOLOK]);
    const distance = (p: { population: number }) => Math.abs(Math.log(p.population / latest.population));
    expect(assets.peerCities.map(distance)).toEqual([...assets.peerCities.map(distance)].sort((a, b) => a - b));
    // A count: compared per 100,000 people, so Kota Solok (~48,000 people) and peers 7-50 times larger read
    // on the same scale, the demo series' band of about 1,950-3,900 assets per 100,000 people.
    expect(assets.basis).toBe('PER_100K');
    for (const value of [assets.city.before, assets.city.after, assets.peers.before, assets.peers.after]) {
      expect(value).toBeGreaterThan(1_500);
      expect(value).toBeLessThan(4_500);
    }
    expect(Math.abs(assets.differenceOfDifferences)).toBeLessThan(2_000);
    expect(spbe.basis).toBe('RAW');
    const years = await t.client('en').gql(`query($a: ID!) { adoptionImpact(adoptionId: $a) { ${BASIS_FIELDS} } }`, { a: adoption.id });
    const solokYears = years.data?.adoptionImpact.indicators[0].years ?? [];
    expect(solokYears).toHaveLength(7);
    for (const y of solokYears) {
      // Each year's value is the reported count over the same year's population (the default rule, as compare's PER_100K).
      expect(y.cityValue).toBeCloseTo((y.cityRawValue / y.cityPopulation) * 100_000, 6);
      if (y.year === 2018) {
        // The adoption year (outside the means): the 2018 article's "sekitar 62.000 Jiwa", self-reported, before the demo figure.
        expect(y).toMatchObject({ cityPopulation: 62_000, cityPopulationQuality: 'SELF_REPORTED' });
      } else {
        expect(y.cityPopulation).toBeGreaterThan(40_000);
        expect(y.cityPopulation).toBeLessThan(55_000);
        expect(y.cityPopulationQuality).toBe('DEMO');
      }
    }
    expect(spbe.gap).toBe('NO_VALUES_BEFORE');
    expect(impact.caveats.map((c: { code: string }) => c.code)).toContain('DEMO_DATA');
  });

  it('gives a planned or dropped adoption no numbers, only the reason, in the language of the request', async () => {
    await indicator('impact_status');
    const practiceId = await medanPractice();
    await link(practiceId, ['impact_status']);
    await put(SOLOK, 'impact_status', { 2016: 10, 2020: 20 });
    for (const code of ['13.71', '13.73', '13.74']) await put(code, 'impact_status', { 2016: 10, 2020: 15 });
    const planned = await adopt(practiceId, SOLOK, '2018-03-01', 'planned');
    const dropped = await adopt(practiceId, '13.71', '2018-03-01', 'dropped');
    const inProgress = await adopt(practiceId, '13.73', '2018-03-01', 'in_progress');
    const one = `adoptionYear gap gapMessage caveats { code } indicators { indicator { code } gap gapMessage differenceOfDifferences city { ${SIDE} } peers { ${SIDE} } years { year } peerCities { cityCode } sources { valueCount } }`;
    const none = { before: null, after: null, change: null };
    const noNumbers = (gapMessage: unknown) => ({
      adoptionYear: 2018,
      gap: 'NOT_ADOPTED',
      gapMessage,
      caveats: [],
      indicators: [{ indicator: { code: 'impact_status' }, gap: 'NOT_ADOPTED', gapMessage, differenceOfDifferences: null, city: none, peers: none, years: [], peerCities: [], sources: [] }],
    });
    const en = await t.client('en').gql(`query($p: ID!, $d: ID!) { p: adoptionImpact(adoptionId: $p) { ${one} } d: adoptionImpact(adoptionId: $d) { ${one} } }`, { p: planned, d: dropped });
    expect(en.errors).toBeUndefined();
    expect(en.data?.p).toEqual(noNumbers(expect.stringMatching(/only planned/)));
    expect(en.data?.d).toEqual(noNumbers(expect.stringMatching(/was dropped/)));
    // Through the practice's adoptions (batched; a list may ask for less of each), in Indonesian: the one in progress has its numbers beside them.
    const short = `gap gapMessage caveats { code } indicators { gap gapMessage differenceOfDifferences city { ${SIDE} } }`;
    const id = await t.client('id').gql(`query($id: ID!) { practice(id: $id) { adoptions { id impact { ${short} } } } }`, { id: practiceId });
    expect(id.errors).toBeUndefined();
    const byId = new Map(id.data?.practice.adoptions.map((a: { id: string; impact: unknown }) => [a.id, a.impact]));
    const shortNoNumbers = (gapMessage: unknown) => ({ gap: 'NOT_ADOPTED', gapMessage, caveats: [], indicators: [{ gap: 'NOT_ADOPTED', gapMessage, differenceOfDifferences: null, city: none }] });
    expect(byId.get(planned)).toEqual(shortNoNumbers(expect.stringMatching(/baru direncanakan/)));
    expect(byId.get(dropped)).toEqual(shortNoNumbers(expect.stringMatching(/dibatalkan/)));
    expect(byId.get(inProgress)).toMatchObject({ gap: null, gapMessage: null, indicators: [{ gap: null, city: { before: 10, after: 15, change: 5 }, differenceOfDifferences: 0 }] });
  });
});

describe('a count (normalisable indicator)', () => {
  it('is compared per 100,000 people: a small city and large peers with the same growth per person differ by about 0', async () => {
    await indicator('impact_per_person', 'higher_better', true);
    await indicator('impact_share_probe');
    const practiceId = await medanPractice();
    await link(practiceId, ['impact_per_person', 'impact_share_probe']);
    const years = [2015, 2016, 2017, 2019, 2020, 2021];
    // Every city 1,000 per 100,000 people before 2018 and 1,200 after; only the sizes differ.
    const sized = async (code: string, people: number, populationYears = years, values: Record<number, number> = {}) => {
      await put(code, 'population', Object.fromEntries(populationYears.map((y) => [y, people])));
      await put(code, 'impact_per_person', { ...Object.fromEntries(years.map((y) => [y, ((y < 2018 ? 1_000 : 1_200) * people) / 100_000])), ...values });
    };
    // Kota Sawahlunto, 50,000 people, adopts; its 2016 value has no population (and is off): left out.
    await sized('13.73', 50_000, [2015, 2017, 2019, 2020, 2021], { 2016: 9_999 });
    // Peers 20 to 40 times larger in these years (their 2026 populations, set above, only decide the order).
    await sized('13.75', 1_000_000);
    await sized('13.76', 1_500_000);
    await sized('13.77', 2_000_000);
    // The closest city (70,000 in 2026) has values on both sides but no population after: not a peer of the count.
    await sized('13.74', 70_000, [2015, 2016, 2017]);
    // A share beside it: raw, and there Padang Panjang is a peer.
    await put('13.73', 'impact_share_probe', { 2016: 40, 2020: 50 });
    for (const code of ['13.74', '13.75', '13.76', '13.77']) await put(code, 'impact_share_probe', { 2016: 40, 2020: 45 });
    const sawahlunto = await adopt(practiceId, '13.73', '2018-05-01', 'in_progress');
    const padangPanjang = await adopt(practiceId, '13.74', '2018-05-01');

    const res = await t.client('en').gql(`query($a: ID!, $b: ID!) { a: adoptionImpact(adoptionId: $a) { ${IMPACT_FIELDS} } b: adoptionImpact(adoptionId: $b) { ${BASIS_FIELDS} } }`, {
      a: sawahlunto,
      b: padangPanjang,
    });
    expect(res.errors).toBeUndefined();
    const [count, share] = res.data?.a.indicators ?? [];
    expect(count.basis).toBe('PER_100K');
    expect(count.gap).toBeNull();
    expect(count.city.before).toBeCloseTo(1_000, 6);
    expect(count.city.after).toBeCloseTo(1_200, 6);
    expect(count.peers.before).toBeCloseTo(1_000, 6);
    expect(count.peers.change).toBeCloseTo(200, 6);
    // Raw it would be (600 − 500) − (18,000 − 15,000) = −2,900: the size, not the practice.
    expect(count.differenceOfDifferences).toBeCloseTo(0, 6);
    expect(count.favourable).toBeNull();
    expect(count.peerCities.map((p: { cityCode: string }) => p.cityCode)).toEqual(['13.76', '13.77', '13.75']);
    expect(count.peerCities[0]).toMatchObject({ population: 80_000, quality: 'OFFICIAL', isDemo: false });
    expect(count.peerCities[0].before).toBeCloseTo(1_000, 6);
    expect(count.years.find((y: { year: number }) => y.year === 2019).peersMedian).toBeCloseTo(1_200, 6);
    // The values and the populations they are divided by: the city's 5 years with a population (x2) and 3 peers' 6 (x2).
    expect(count.sources).toEqual([{ source: { organisation: 'BPS Uji Dampak', title: 'Uji dampak' }, quality: 'OFFICIAL', isDemo: false, valueCount: 10 + 36 }]);
    expect(share.basis).toBe('RAW');
    expect(share.differenceOfDifferences).toBe(5);
    expect(share.peerCities.map((p: { cityCode: string }) => p.cityCode)).toEqual(['13.74', '13.76', '13.77', '13.75']);

    const yearsOf = await t.client('id').gql(`query($a: ID!) { adoptionImpact(adoptionId: $a) { ${BASIS_FIELDS} } }`, { a: sawahlunto });
    const byYear = new Map(yearsOf.data?.adoptionImpact.indicators[0].years.map((y: { year: number }) => [y.year, y]));
    expect(byYear.get(2015)).toEqual({
      year: 2015,
      cityValue: expect.closeTo(1_000, 6),
      cityRawValue: 500,
      cityQuality: 'OFFICIAL',
      cityPopulation: 50_000,
      cityPopulationQuality: 'OFFICIAL',
      cityPopulationSource: { organisation: 'BPS Uji Dampak' },
      peersMedian: expect.closeTo(1_000, 6),
      peersCount: 3,
    });
    expect(byYear.get(2016)).toMatchObject({ cityValue: null, cityRawValue: 9_999, cityPopulation: null, cityPopulationSource: null });

    // Padang Panjang has values after 2018 but no population then: that side is empty, and the answer says why.
    const [noPopulation] = res.data?.b.indicators ?? [];
    expect(noPopulation).toMatchObject({ basis: 'PER_100K', gap: 'NO_POPULATION_AFTER', differenceOfDifferences: null, city: { after: null, change: null } });
    expect(noPopulation.city.before).toBeCloseTo(1_000, 6);
    expect(noPopulation.gapMessage).toMatch(/no population for those years/);
    expect(noPopulation.years.find((y: { year: number }) => y.year === 2019)).toMatchObject({ cityValue: null, cityRawValue: 840, cityPopulation: null });
    const id = await t.client('id').gql(`query($b: ID!) { adoptionImpact(adoptionId: $b) { indicators { gapMessage } } }`, { b: padangPanjang });
    expect(id.data?.adoptionImpact.indicators[0].gapMessage).toMatch(/tidak punya jumlah penduduk/);
  });
});

describe('the demo series', () => {
  it("are sized on each city's real population: the population ends near its GeoNames figure and grows 1–2% a year, counts scale with it", async () => {
    const rows: { code: string; indicator: string; year: number; value: number; real: number | null }[] = await t.dataSource.query(
      `SELECT c.code, i.code AS indicator, o.year, o.value::float8 AS value,
         (SELECT g.value::float8 FROM metric_observations g JOIN metric_sources gs ON gs.id = g.source_id
          WHERE gs.organisation = 'GeoNames' AND g.city_id = o.city_id AND g.indicator_id = (SELECT id FROM metric_indicators WHERE code = 'population')) AS real
       FROM metric_observations o JOIN cities c ON c.id = o.city_id JOIN metric_indicators i ON i.id = o.indicator_id
       WHERE o.is_demo AND o.quality = 'demo' AND o.practice_id IS NULL AND i.code IN ('population', 'complaints_received', 'assets_registered') ORDER BY c.code, i.code, o.year`,
    );
    const series = (code: string, indicator: string) => rows.filter((r) => r.code === code && r.indicator === indicator);
    const solok = series(SOLOK, 'population');
    expect(solok.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    // Kota Solok: GeoNames 48,372 people; the demo series once gave it 959,022.
    const last = solok[solok.length - 1];
    expect(last.real).toBe(48_372);
    expect(last.value / 48_372).toBeGreaterThan(1 / 1.5);
    expect(last.value / 48_372).toBeLessThan(1.5);
    const cities = [...new Set(rows.map((r) => r.code))];
    expect(cities.length).toBe(10);
    for (const code of cities) {
      const population = series(code, 'population');
      const end = population[population.length - 1];
      if (end.real !== null) expect(Math.abs(Math.log(end.value / end.real))).toBeLessThan(Math.log(1.5));
      for (let i = 1; i < population.length; i++) {
        const growth = population[i].value / population[i - 1].value - 1;
        expect(growth).toBeGreaterThan(0.005);
        expect(growth).toBeLessThan(0.03);
      }
      // Per 100,000 people of the same year: a kota of 50,000 and one of 2 million get the same kind of rate.
      const per100k = (indicator: string) => series(code, indicator).map((r, i) => (r.value / population[i].value) * 100_000);
      for (const [indicator, low, high] of [['complaints_received', 100, 1_500], ['assets_registered', 500, 6_000]] as const) {
        const rates = per100k(indicator);
        expect(rates).toHaveLength(10);
        expect(Math.min(...rates)).toBeGreaterThan(low);
        expect(Math.max(...rates)).toBeLessThan(high);
      }
    }
  });
});

describe('statements', () => {
  it("reads the impact of a practice's adoptions in as many statements for 6 adoptions as for 1 (no N+1)", async () => {
    await indicator('impact_count');
    const statements = async (practiceId: string) => {
      const res = await t.gql(`query($id: ID!) { practice(id: $id) { adoptions { ${IMPACT_SHORT} } } }`, { id: practiceId });
      expect(res.errors).toBeUndefined();
      expect(res.data?.practice.adoptions[0].impact.indicators).toHaveLength(2);
      return Number(res.headers['x-sql-statements']);
    };
    const one = await medanPractice();
    const six = await medanPractice();
    await link(one, ['impact_count', 'assets_registered']);
    await link(six, ['impact_count', 'assets_registered']);
    await adopt(one, SOLOK, '2019-01-01');
    const cities = [SOLOK, '13.71', '13.73', '13.74', '13.75', '13.76'];
    for (const [i, code] of cities.entries()) await adopt(six, code, `${2017 + i}-03-01`);
    expect(await statements(six)).toBe(await statements(one));
  });
});

describe('adoptionImpact', () => {
  it('is null for an unknown adoption or a malformed id', async () => {
    const res = await t.client().gql(`{ a: adoptionImpact(adoptionId: "00000000-0000-4000-8000-000000000000") { adoptionYear } b: adoptionImpact(adoptionId: "x") { adoptionYear } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null });
  });
});
