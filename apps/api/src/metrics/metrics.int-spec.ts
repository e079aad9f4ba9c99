import { DEMO, startTestApp, type TestApp, type TestClient } from '../../test/support/test-app';

let t: TestApp;
let solokEditor: TestClient;
let medanEditor: TestClient;
let platformAdmin: TestClient;

const SOLOK = '13.72';
const MEDAN = '12.71';
const PADANG = '13.71';
const OBS = 'id cityCode indicatorCode year periodKind periodNo value quality isDemo isDefault source { organisation title url publishedOn }';
const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { observation { ${OBS} } userErrors { field code message } } }`;
const INDICATOR_FIELDS = 'code name nameId nameEn unit direction category standard standardRef normalisable';

const source = (organisation: string, publishedOn: string | null = null) => ({ organisation, title: `Data ${organisation}`, url: null, publishedOn });
const record = (client: TestClient, input: Record<string, unknown>) => client.gql(RECORD, { input: { quality: 'OFFICIAL', source: source('BPS Kota Solok'), ...input } });

/** A value straight into the database (for the reads), with its own source. */
async function put(cityCode: string, indicator: string, year: number, value: number, quality = 'official', organisation = 'BPS') {
  await t.dataSource.query(
    `WITH s AS (INSERT INTO metric_sources (organisation, title) VALUES ($5, 'Uji') ON CONFLICT (organisation, title, url, published_on) DO UPDATE SET title = EXCLUDED.title RETURNING id)
     INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality, is_demo)
     SELECT c.id, i.id, $3, $4, s.id, $6, $6 = 'demo' FROM cities c, metric_indicators i, s WHERE c.code = $1 AND i.code = $2`,
    [cityCode, indicator, year, value, organisation, quality],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  // These tests make their own population and complaint numbers; the demo series of the two would be
  // other sources beside them (peer groups, normalisation and the import's sanity checks read them).
  // So would the city profile's real values (the official kecamatan counts, GeoNames populations, the 2018 article's figures).
  await t.dataSource.query(
    `DELETE FROM metric_observations WHERE (is_demo AND indicator_id IN (SELECT id FROM metric_indicators WHERE code IN ('population', 'complaints_received')))
       OR (source_id IN (SELECT id FROM metric_sources WHERE organisation IN ('Kemendagri', 'GeoNames', 'Beritasumut.com'))
           AND indicator_id IN (SELECT id FROM metric_indicators WHERE code IN ('population', 'district_count')))`,
  );
  const editor = await t.fixtures.user({ role: 'EDITOR', city: 'kota-solok' });
  solokEditor = await t.signedIn(editor.email, editor.password);
  medanEditor = await t.signedIn(...DEMO.medanEditor);
  platformAdmin = await t.signedIn(...DEMO.admin);
});
afterAll(() => t.close());

describe('the indicator catalogue', () => {
  it('is seeded with the profile numbers and ISO 37120 / 37122 / SDG 11 indicators, named in the language of the request', async () => {
    const en = await t.client('en').gql(`{ indicators { ${INDICATOR_FIELDS} } }`);
    expect(en.errors).toBeUndefined();
    const codes = en.data?.indicators.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['population', 'area_km2', 'population_density', 'district_count', 'unemployment_rate', 'slum_population_share']));
    expect(new Set(en.data?.indicators.map((i: { standard: string }) => i.standard))).toEqual(new Set(['BPS', 'ISO_37120', 'ISO_37122', 'SDG_11', 'IKCC', 'CUSTOM']));
    const id = await t.client('id').gql(`{ indicator(code: "population") { name } env: indicators(category: ENVIRONMENT, search: "pm2") { code } }`);
    expect(id.data).toEqual({ indicator: { name: 'Jumlah penduduk' }, env: [{ code: 'pm25_annual_mean' }] });
  });

  it('lets a platform admin add and change an indicator; a taken code or a bad code is a userError', async () => {
    const input = { code: 'bike_lanes_km', nameId: 'Panjang jalur sepeda', nameEn: 'Bike lanes', unit: 'km', direction: 'HIGHER_BETTER', category: 'MOBILITY', standard: 'ISO_37122', normalisable: true };
    const made = await platformAdmin.gql(`mutation($input: IndicatorInput!) { createIndicator(input: $input) { indicator { ${INDICATOR_FIELDS} } userErrors { field code } } }`, { input });
    expect(made.data?.createIndicator).toEqual({ indicator: { ...input, name: 'Panjang jalur sepeda', standardRef: null }, userErrors: [] });
    const again = await platformAdmin.gql(`mutation($input: IndicatorInput!) { createIndicator(input: $input) { indicator { code } userErrors { field code } } }`, { input });
    expect(again.data?.createIndicator).toEqual({ indicator: null, userErrors: [{ field: 'code', code: 'INDICATOR_CODE_TAKEN' }] });
    const bad = await platformAdmin.gql(`mutation($input: IndicatorInput!) { createIndicator(input: $input) { indicator { code } userErrors { field code } } }`, { input: { ...input, code: 'Bike Lanes' } });
    expect(bad.data?.createIndicator.userErrors).toEqual([{ field: 'code', code: 'INVALID_CODE' }]);
    const changed = await platformAdmin.gql(`mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { nameEn standardRef } userErrors { code } } }`, {
      input: { ...input, nameEn: 'Protected bike lanes', standardRef: '18.x' },
    });
    expect(changed.data?.updateIndicator).toEqual({ indicator: { nameEn: 'Protected bike lanes', standardRef: '18.x' }, userErrors: [] });
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'metrics.indicator.%'`);
    expect(audit.n).toBe(2);
  });
});

describe('Indicator.latestYear', () => {
  it("is the latest year of the indicator's whole-city yearly values (not a program's, not a quarter's), null without values", async () => {
    await t.dataSource.query(
      `INSERT INTO metric_indicators (code, name_id, name_en, unit, direction, category, standard, normalisable) VALUES ('latest_probe', 'Uji', 'Probe', 'count', 'neutral', 'governance', 'custom', true)`,
    );
    const latest = async () => (await t.client('en').gql(`{ indicator(code: "latest_probe") { latestYear } indicators(search: "latest_probe") { latestYear } }`)).data;
    expect(await latest()).toEqual({ indicator: { latestYear: null }, indicators: [{ latestYear: null }] });
    await put(SOLOK, 'latest_probe', 2016, 5);
    await put(MEDAN, 'latest_probe', 2019, 7);
    // A quarter of a later year is not a yearly value.
    await t.dataSource.query(
      `INSERT INTO metric_observations (city_id, indicator_id, year, period_kind, period_no, value, source_id, quality, is_demo)
       SELECT c.id, i.id, 2021, 'quarter', 2, 3, (SELECT id FROM metric_sources LIMIT 1), 'official', false FROM cities c, metric_indicators i WHERE c.code = $1 AND i.code = 'latest_probe'`,
      [SOLOK],
    );
    expect(await latest()).toEqual({ indicator: { latestYear: 2019 }, indicators: [{ latestYear: 2019 }] });
  });
});

describe('observations', () => {
  it('keeps several sources side by side and shows official over self-reported over estimated by default', async () => {
    const self = await record(solokEditor, { cityCode: SOLOK, indicatorCode: 'district_count', period: '2018', value: 3, quality: 'SELF_REPORTED', source: source('Beritasumut', '2018-10-05') });
    expect(self.data?.recordObservation.userErrors).toEqual([]);
    expect(self.data?.recordObservation.observation).toMatchObject({ value: 3, quality: 'SELF_REPORTED', isDefault: true, isDemo: false });
    const official = await record(solokEditor, { cityCode: SOLOK, indicatorCode: 'district_count', period: '2018', value: 2, source: source('Kemendagri', '2017-01-01') });
    expect(official.data?.recordObservation.observation).toMatchObject({ value: 2, quality: 'OFFICIAL', isDefault: true });
    const estimate = await record(solokEditor, { cityCode: SOLOK, indicatorCode: 'district_count', period: '2018', value: 4, quality: 'ESTIMATED', source: source('Perkiraan', '2025-01-01') });
    expect(estimate.data?.recordObservation.observation.isDefault).toBe(false);

    const list = await t.gql(`{ observations(cityCode: "${SOLOK}", indicatorCodes: ["district_count"]) { value quality isDefault source { organisation } } }`);
    expect(list.data?.observations).toEqual([
      { value: 2, quality: 'OFFICIAL', isDefault: true, source: { organisation: 'Kemendagri' } },
      { value: 3, quality: 'SELF_REPORTED', isDefault: false, source: { organisation: 'Beritasumut' } },
      { value: 4, quality: 'ESTIMATED', isDefault: false, source: { organisation: 'Perkiraan' } },
    ]);
  });

  it('replaces what the same source said for the same period, and takes quarters and months', async () => {
    await record(solokEditor, { cityCode: SOLOK, indicatorCode: 'complaints_received', period: '2024-Q1', value: 100 });
    const again = await record(solokEditor, { cityCode: SOLOK, indicatorCode: 'complaints_received', period: '2024-q1', value: 120 });
    expect(again.data?.recordObservation.observation).toMatchObject({ periodKind: 'QUARTER', periodNo: 1, value: 120 });
    const month = await record(solokEditor, { cityCode: SOLOK, indicatorCode: 'complaints_received', period: '2024-03', value: 40 });
    expect(month.data?.recordObservation.observation).toMatchObject({ periodKind: 'MONTH', periodNo: 3 });
    const [n] = await t.dataSource.query(`SELECT count(*)::int AS n FROM metric_observations o JOIN metric_indicators i ON i.id = o.indicator_id WHERE i.code = 'complaints_received'`);
    expect(n.n).toBe(2);
  });

  it('answers bad input with userErrors naming the field, and stores nothing', async () => {
    const future = new Date().getUTCFullYear() + 1;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ cityCode: '99.99' }, 'cityCode', 'UNKNOWN_CITY'],
      [{ indicatorCode: 'no_such_thing' }, 'indicatorCode', 'UNKNOWN_INDICATOR'],
      [{ period: '2023-13' }, 'period', 'INVALID_PERIOD'],
      [{ period: String(future) }, 'period', 'PERIOD_IN_FUTURE'],
      [{ value: -5 }, 'value', 'NEGATIVE_VALUE'],
      [{ source: { ...source('X'), url: 'javascript:alert(1)' } }, 'source.url', 'INVALID_URL'],
      [{ practiceId: '00000000-0000-4000-8000-000000000000' }, 'practiceId', 'UNKNOWN_PROGRAM'],
    ];
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM metric_observations`))[0].n;
    for (const [change, field, code] of cases) {
      const res = await record(platformAdmin, { cityCode: SOLOK, indicatorCode: 'population', period: '2020', value: 70000, ...change });
      expect(res.data?.recordObservation).toEqual({ observation: null, userErrors: [expect.objectContaining({ field, code })] });
    }
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM metric_observations`))[0].n).toBe(before);
  });

  it('refuses an editor of another city', async () => {
    const res = await record(medanEditor, { cityCode: SOLOK, indicatorCode: 'population', period: '2020', value: 1 });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the data consistent through database constraints', async () => {
    const insert = (set: string) =>
      t.dataSource.query(
        `INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality, is_demo, period_kind, period_no)
         SELECT c.id, i.id, 2020, 1, s.id, ${set} FROM cities c, metric_indicators i, metric_sources s WHERE c.code = '13.72' AND i.code = 'population' LIMIT 1`,
      );
    await expect(insert(`'demo', false, 'year', 0`)).rejects.toThrow(/metric_observations_demo/);
    await expect(insert(`'guess', false, 'year', 0`)).rejects.toThrow(/metric_observations_quality/);
    await expect(insert(`'official', false, 'quarter', 5`)).rejects.toThrow(/metric_observations_period_no/);
    await expect(t.dataSource.query(`INSERT INTO metric_indicators (code, name_id, name_en, unit, direction, category, standard) VALUES ('Bad', 'a', 'a', 'x', 'up', 'ict', 'custom')`)).rejects.toThrow(
      /metric_indicators_(code_format|direction)/,
    );
  });
});

describe('compare, ranking and peer groups', () => {
  beforeAll(async () => {
    for (const [city, pop, area, waste] of [
      [MEDAN, 2_400_000, 265, 500_000],
      [SOLOK, 75_000, 57.6, 12_000],
      [PADANG, 900_000, 695, 180_000],
    ] as const) {
      await put(city, 'population', 2022, pop);
      await put(city, 'area_km2', 2022, area);
      await put(city, 'complaints_received', 2022, waste);
      await put(city, 'complaints_received', 2023, Math.round(waste * 1.1));
      await put(city, 'unemployment_rate', 2022, city === SOLOK ? 4.1 : city === MEDAN ? 8.0 : 6.5);
    }
    await put(SOLOK, 'unemployment_rate', 2022, 9.9, 'demo', 'Demo');
  });

  it('compares raw values, the default source for each city and year, as a series by year with its sources', async () => {
    const res = await t.gql(
      `{ compare(cityCodes: ["${SOLOK}", "${MEDAN}"], indicatorCodes: ["unemployment_rate"], fromYear: 2020, toYear: 2024) {
          fromYear toYear series { cityCode cityName indicatorCode values rawValues qualities sources } sources { organisation title } notes { code } } }`,
    );
    const compare = res.data?.compare;
    expect(compare.fromYear).toBe(2020);
    expect(compare.toYear).toBe(2024);
    // Cities in the order asked; 2022 (index 2) is the only year with a value; Solok's official value over its demo one.
    expect(compare.series).toEqual([
      { cityCode: SOLOK, cityName: 'Kota Solok', indicatorCode: 'unemployment_rate', values: [null, null, 4.1, null, null], rawValues: [null, null, 4.1, null, null], qualities: [null, null, 'OFFICIAL', null, null], sources: [null, null, 0, null, null] },
      { cityCode: MEDAN, cityName: expect.any(String), indicatorCode: 'unemployment_rate', values: [null, null, 8, null, null], rawValues: [null, null, 8, null, null], qualities: [null, null, 'OFFICIAL', null, null], sources: [null, null, 0, null, null] },
    ]);
    // Every number names its source.
    expect(compare.sources).toEqual([{ organisation: 'BPS', title: 'Uji' }]);
    expect(compare.notes).toEqual([]);
  });

  it('marks a demo value DEMO and names its own source', async () => {
    await put(PADANG, 'unemployment_rate', 2021, 7.7, 'demo', 'Demo');
    const res = await t.gql(`{ compare(cityCodes: ["${PADANG}"], indicatorCodes: ["unemployment_rate"], fromYear: 2021, toYear: 2022) { series { rawValues qualities sources } sources { organisation } } }`);
    const [padang] = res.data?.compare.series ?? [];
    expect(padang.rawValues).toEqual([7.7, 6.5]);
    expect(padang.qualities).toEqual(['DEMO', 'OFFICIAL']);
    expect(padang.sources.map((i: number) => res.data?.compare.sources[i].organisation)).toEqual(['Demo', 'BPS']);
  });

  it('normalises per 100,000 people and per km2 with the same year, and says where the denominator is missing', async () => {
    const per100k = await t.client('en').gql(
      `{ compare(cityCodes: ["${SOLOK}"], indicatorCodes: ["complaints_received", "unemployment_rate"], fromYear: 2022, toYear: 2023, normalisation: PER_100K) {
          series { indicatorCode values rawValues } notes { indicatorCode year code message } } }`,
    );
    expect(per100k.data?.compare.series).toEqual([
      { indicatorCode: 'complaints_received', values: [16000, null], rawValues: [12000, 13200] },
      { indicatorCode: 'unemployment_rate', values: [null, null], rawValues: [4.1, null] },
    ]);
    expect(per100k.data?.compare.notes).toEqual(
      expect.arrayContaining([
        { indicatorCode: 'complaints_received', year: 2023, code: 'DENOMINATOR_MISSING', message: 'Kota Solok has no population value for 2023: the value is not normalised.' },
        { indicatorCode: 'unemployment_rate', year: null, code: 'NOT_NORMALISABLE', message: expect.stringContaining('rate or a share') },
      ]),
    );
    const perKm2 = await t.gql(`{ compare(cityCodes: ["${MEDAN}"], indicatorCodes: ["complaints_received"], fromYear: 2022, toYear: 2022, normalisation: PER_KM2) { series { values } } }`);
    expect(perKm2.data?.compare.series[0].values[0]).toBeCloseTo(500_000 / 265, 6);
  });

  it('ranks all cities, a province and a peer group by the direction of the indicator', async () => {
    const all = await t.gql(`{ ranking(indicatorCode: "unemployment_rate", year: 2022) { indicator { direction } rows { rank cityCode value quality } } }`);
    expect(all.data?.ranking.indicator.direction).toBe('LOWER_BETTER');
    expect(all.data?.ranking.rows).toEqual([
      { rank: 1, cityCode: SOLOK, value: 4.1, quality: 'OFFICIAL' },
      { rank: 2, cityCode: PADANG, value: 6.5, quality: 'OFFICIAL' },
      { rank: 3, cityCode: MEDAN, value: 8, quality: 'OFFICIAL' },
    ]);
    const westSumatra = await t.gql(`{ ranking(indicatorCode: "complaints_received", year: 2022, scope: PROVINCE, provinceCode: "13") { rows { rank cityCode } } }`);
    expect(westSumatra.data?.ranking.rows).toEqual([
      { rank: 1, cityCode: PADANG },
      { rank: 2, cityCode: SOLOK },
    ]);
    const peers = await t.gql(`{ ranking(indicatorCode: "population", year: 2022, scope: PEER_GROUP, cityCode: "${SOLOK}") { rows { cityCode } } }`);
    expect(peers.data?.ranking.rows.map((r: { cityCode: string }) => r.cityCode)).toEqual([MEDAN, PADANG, SOLOK]);
    const unknown = await t.gql(`{ ranking(indicatorCode: "nope", year: 2022) { year } }`);
    expect(unknown.data?.ranking).toBeNull();
  });

  it('suggests the cities of the closest population first', async () => {
    const res = await t.gql(`{ peerGroup(cityCode: "${PADANG}", size: 2) { cityCode population populationYear ratio } }`);
    const rows = res.data?.peerGroup;
    expect(rows.map((r: { cityCode: string }) => r.cityCode)).toEqual([MEDAN, SOLOK]); // 2.67x is closer than 1/12x
    expect(rows[0]).toMatchObject({ population: 2_400_000, populationYear: 2022 });
    expect(rows[0].ratio).toBeCloseTo(2_400_000 / 900_000, 6);
  });
});
