import { startTestApp, type TestApp } from '../../test/support/test-app';

let t: TestApp;

const SOLOK = '13.72';
const MEDAN = '12.71';
const PADANG = '13.71';
/** An indicator of these tests' own, so the demo program series stay out of the answers. */
const INDICATOR = 'test_program_complaints';
const SERIES = 'practiceId title topic topicLabel cityCode cityName citySlug values qualities isDemo sources';
const QUERY = `query($code: String!, $topic: String, $from: Int, $to: Int) {
  programComparison(indicatorCode: $code, topic: $topic, fromYear: $from, toYear: $to) {
    indicator { code } topic fromYear toYear programs { ${SERIES} } sources { organisation title }
  }
}`;

/** A practice written straight into the database, with an Indonesian and an English title. */
async function practice(cityCode: string, topic: string, state: string, title: string): Promise<string> {
  const [p] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at) SELECT id, $2, $3, CASE WHEN $3 = 'published' THEN now() END FROM cities WHERE code = $1 RETURNING id),
          x AS (INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'en', $4 || ' (en)' FROM p)
     INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', $4 FROM p RETURNING practice_id AS id`,
    [cityCode, topic, state, title],
  );
  return p.id;
}

/** A program's value straight into the database, from one source of the given quality. */
async function put(practiceId: string, cityCode: string, year: number, value: number, quality = 'official', organisation = 'Dinas Kominfo', periodKind = 'year') {
  await t.dataSource.query(
    `WITH s AS (INSERT INTO metric_sources (organisation, title) VALUES ($5, 'Laporan program') ON CONFLICT (organisation, title, url, published_on) DO UPDATE SET title = EXCLUDED.title RETURNING id)
     INSERT INTO metric_observations (city_id, practice_id, indicator_id, year, period_kind, period_no, value, source_id, quality, is_demo)
     SELECT c.id, $7, i.id, $3, $8, CASE WHEN $8 = 'year' THEN 0 ELSE 1 END, $4, s.id, $6, $6 = 'demo' FROM cities c, metric_indicators i, s WHERE c.code = $1 AND i.code = $2`,
    [cityCode, INDICATOR, year, value, organisation, quality, practiceId, periodKind],
  );
}

const compare = async (variables: Record<string, unknown>, language: 'id' | 'en' = 'id') => {
  const res = await t.client(language).gql(QUERY, { code: INDICATOR, from: 2020, to: 2022, ...variables });
  expect(res.errors).toBeUndefined();
  return { answer: res.data?.programComparison, statements: Number(res.headers['x-sql-statements']) };
};

let solokApp: string;
let medanApp: string;
let padangDraft: string;
let padangAssets: string;

beforeAll(async () => {
  t = await startTestApp();
  await t.dataSource.query(
    `INSERT INTO metric_indicators (code, name_id, name_en, unit, direction, category, standard, normalisable) VALUES ($1, 'Aduan uji', 'Test complaints', 'count', 'neutral', 'governance', 'custom', true)`,
    [INDICATOR],
  );
  solokApp = await practice(SOLOK, 'public_services', 'published', 'Aplikasi aduan Solok');
  medanApp = await practice(MEDAN, 'public_services', 'published', 'Aplikasi aduan Medan');
  padangDraft = await practice(PADANG, 'public_services', 'draft', 'Draf aduan Padang');
  padangAssets = await practice(PADANG, 'finance_assets', 'published', 'Aset Padang');
  // Solok 2021: an official value and a demo value of another source; the official one is the default.
  await put(solokApp, SOLOK, 2021, 10);
  await put(solokApp, SOLOK, 2021, 99, 'demo', 'CityBridge (demo)');
  await put(solokApp, SOLOK, 2022, 12, 'demo', 'CityBridge (demo)');
  // A quarter is not a year: left out.
  await put(solokApp, SOLOK, 2020, 500, 'official', 'Dinas Kominfo', 'quarter');
  await put(medanApp, MEDAN, 2020, 300, 'self_reported', 'Diskominfo Medan');
  await put(medanApp, MEDAN, 2022, 320);
  await put(padangDraft, PADANG, 2021, 777);
  await put(padangAssets, PADANG, 2022, 40, 'estimated', 'BPKAD Padang');
});
afterAll(() => t.close());

describe('programComparison', () => {
  it('puts published programs of the same topic in different cities side by side, by city name, titles in the language asked', async () => {
    const { answer } = await compare({ topic: 'public_services' });
    expect(answer.indicator).toEqual({ code: INDICATOR });
    expect(answer).toMatchObject({ topic: 'public_services', fromYear: 2020, toYear: 2022 });
    expect(answer.programs.map((p: { practiceId: string }) => p.practiceId)).toEqual([medanApp, solokApp]);
    expect(answer.programs[0]).toMatchObject({ title: 'Aplikasi aduan Medan', topic: 'public_services', topicLabel: expect.any(String), cityCode: MEDAN, cityName: 'Kota Medan', citySlug: 'kota-medan' });
    const en = await compare({ topic: 'public_services' }, 'en');
    expect(en.answer.programs.map((p: { title: string }) => p.title)).toEqual(['Aplikasi aduan Medan (en)', 'Aplikasi aduan Solok (en)']);
    expect(en.answer.programs[0].topicLabel).not.toBe(answer.programs[0].topicLabel);
  });

  it("leaves a draft practice's numbers out, and without a topic shows every published program", async () => {
    const { answer } = await compare({});
    expect(answer.topic).toBeNull();
    expect(answer.programs.map((p: { practiceId: string }) => p.practiceId)).toEqual([medanApp, padangAssets, solokApp]);
    expect(answer.programs.some((p: { practiceId: string }) => p.practiceId === padangDraft)).toBe(false);
    expect(answer.programs.flatMap((p: { values: (number | null)[] }) => p.values)).not.toContain(777);
    const assets = await compare({ topic: 'finance_assets' });
    expect(assets.answer.programs.map((p: { practiceId: string }) => p.practiceId)).toEqual([padangAssets]);
  });

  it('gives the default value of each year (official over demo), yearly values only, with quality, demo flag and the source named once', async () => {
    const { answer } = await compare({ topic: 'public_services' });
    const solok = answer.programs.find((p: { practiceId: string }) => p.practiceId === solokApp);
    expect(solok.values).toEqual([null, 10, 12]);
    expect(solok.qualities).toEqual([null, 'OFFICIAL', 'DEMO']);
    expect(solok.isDemo).toEqual([null, false, true]);
    const medan = answer.programs.find((p: { practiceId: string }) => p.practiceId === medanApp);
    expect(medan.values).toEqual([300, null, 320]);
    expect(medan.qualities).toEqual(['SELF_REPORTED', null, 'OFFICIAL']);
    const named = (p: { sources: (number | null)[] }) => p.sources.map((i) => (i === null ? null : answer.sources[i].organisation));
    expect(named(solok)).toEqual([null, 'Dinas Kominfo', 'CityBridge (demo)']);
    expect(named(medan)).toEqual(['Diskominfo Medan', null, 'Dinas Kominfo']);
    const organisations = answer.sources.map((s: { organisation: string }) => s.organisation);
    expect(new Set(organisations).size).toBe(organisations.length);
    expect([...organisations].sort()).toEqual(['CityBridge (demo)', 'Dinas Kominfo', 'Diskominfo Medan']);
  });

  it('answers null for an unknown indicator and an empty list when no program reports it, without errors', async () => {
    expect((await compare({ code: 'no_such_indicator' })).answer).toBeNull();
    const none = await compare({ code: 'hdi' });
    expect(none.answer).toMatchObject({ indicator: { code: 'hdi' }, programs: [], sources: [] });
  });

  it('bounds the years as compare does', async () => {
    const { answer } = await compare({ from: 1800, to: 2100 });
    expect(answer.fromYear).toBe(1900);
    expect(answer.toYear - answer.fromYear + 1).toBe(50);
  });

  it('costs the same number of SQL statements for 3 programs as for 20', async () => {
    const few = await compare({});
    expect(few.answer.programs).toHaveLength(3);
    for (let i = 0; i < 17; i++) {
      const id = await practice(i % 2 ? SOLOK : MEDAN, 'public_services', 'published', `Program ${i}`);
      await put(id, i % 2 ? SOLOK : MEDAN, 2021, i, 'official', `Sumber ${i}`);
    }
    const many = await compare({});
    expect(many.answer.programs).toHaveLength(20);
    expect(many.answer.sources.length).toBeGreaterThan(few.answer.sources.length);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBeLessThanOrEqual(4);
  });
});

describe('Observation.practice', () => {
  it("names the program of a city's value in one statement for every row, and not a draft", async () => {
    const ask = (city: string) =>
      t.gql(`{ observations(cityCode: "${city}", indicatorCodes: ["${INDICATOR}"]) { value practiceId practice { id topic texts { language title } } } }`);
    const solok = await ask(SOLOK);
    expect(solok.errors).toBeUndefined();
    const first = solok.data?.observations.find((o: { practiceId: string }) => o.practiceId === solokApp);
    expect(first.practice).toEqual({ id: solokApp, topic: 'public_services', texts: [{ language: 'ID', title: 'Aplikasi aduan Solok' }, { language: 'EN', title: 'Aplikasi aduan Solok (en)' }] });
    const practices = new Set(solok.data?.observations.map((o: { practiceId: string }) => o.practiceId));
    expect(practices.size).toBeGreaterThan(5);
    const without = await t.gql(`{ observations(cityCode: "${SOLOK}", indicatorCodes: ["${INDICATOR}"]) { value practiceId } }`);
    expect(Number(solok.headers['x-sql-statements']) - Number(without.headers['x-sql-statements'])).toBe(1);
    const padang = await ask(PADANG);
    const draft = padang.data?.observations.find((o: { practiceId: string }) => o.practiceId === padangDraft);
    expect(draft).toMatchObject({ value: 777, practice: null });
  });
});

describe('the demo program series', () => {
  it("put the demo public-service programs of two cities side by side, labelled demo, a share of their city's demo series", async () => {
    const { answer } = await compare({ code: 'complaints_received', topic: 'public_services', from: 2015, to: 2024 });
    const demo = answer.programs.filter((p: { title: string }) => ['Aplikasi Medan Rumah Kita', 'Perizinan usaha daring satu pintu'].includes(p.title));
    expect(demo.map((p: { cityCode: string }) => p.cityCode).sort()).toEqual(['12.71', '32.73']);
    for (const program of demo) {
      expect(program.values.slice(0, 4)).toEqual([null, null, null, null]);
      expect(program.values.slice(4).every((v: number | null) => typeof v === 'number' && v > 0)).toBe(true);
      expect(program.qualities.slice(4).every((q: string) => q === 'DEMO')).toBe(true);
      expect(program.isDemo.slice(4).every((d: boolean) => d)).toBe(true);
      const source = answer.sources[program.sources[9]];
      expect(source.title).toMatch(/demo/);
      const [city] = await t.dataSource.query(
        `SELECT o.value::float8 AS value FROM metric_observations o JOIN cities c ON c.id = o.city_id JOIN metric_indicators i ON i.id = o.indicator_id
         WHERE c.code = $1 AND i.code = 'complaints_received' AND o.year = 2024 AND o.is_demo AND o.practice_id IS NULL`,
        [program.cityCode],
      );
      expect(program.values[9]).toBeLessThan(city.value);
      expect(program.values[9]).toBeGreaterThan(city.value * 0.1);
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM metric_observations WHERE practice_id IS NOT NULL AND is_demo AND NOT (quality = 'demo')`);
    expect(n).toBe(0);
  });
});
