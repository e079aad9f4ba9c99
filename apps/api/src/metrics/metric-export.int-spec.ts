import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { DATA_LICENCE, EXPORT_COLUMNS } from './metric-export.http';

let t: TestApp;

async function put(cityCode: string, indicator: string, year: number, value: string | null, quality: string, organisation: string, statedAs: string | null = null) {
  await t.dataSource.query(
    `WITH s AS (INSERT INTO metric_sources (organisation, title, url) VALUES ($5, 'Uji, "kutip"', 'https://example.id/a') ON CONFLICT (organisation, title, url, published_on) DO UPDATE SET title = EXCLUDED.title RETURNING id)
     INSERT INTO metric_observations (city_id, indicator_id, year, value, stated_as, source_id, quality, is_demo)
     SELECT c.id, i.id, $3, $4::numeric, $7, s.id, $6, $6 = 'demo' FROM cities c, metric_indicators i, s WHERE c.code = $1 AND i.code = $2`,
    [cityCode, indicator, year, value, organisation, quality, statedAs],
  );
}

// Stated only in words, with a comma and quotes the CSV must quote.
const WORDS = 'kurang lebih 265, "menurut Pemkot"';

beforeAll(async () => {
  t = await startTestApp();
  await put('13.72', 'district_count', 2018, '3', 'self_reported', 'Beritasumut');
  await put('13.72', 'district_count', 2018, '2', 'official', 'Kemendagri');
  await put('12.71', 'population', 2020, '2435252', 'official', 'BPS');
  await put('12.71', 'unemployment_rate', 2020, '10.74', 'demo', 'Demo');
  await put('12.71', 'area_km2', 2019, null, 'self_reported', 'Pemkot Medan', WORDS);
});
afterAll(() => t.close());

describe('export', () => {
  it('streams the selection as long-format CSV with provenance, every source and the default marked', async () => {
    const res = await t.http().get('/metrics/export.csv?cities=13.72&indicators=district_count&from=2010&to=2024');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((r) => [r.city_code, r.indicator, r.period, r.value, r.stated_as, r.quality, r.is_default, r.source_organisation, r.source_title, r.licence])).toEqual([
      ['13.72', 'district_count', '2018', '2', '', 'official', 'true', 'Kemendagri', 'Uji, "kutip"', DATA_LICENCE],
      // The city profile's value from the 2018 article (demo-data/city-profile.ts), with its words: a dated source before an undated one.
      ['13.72', 'district_count', '2018', '3', '3 Kecamatan', 'self_reported', 'false', 'Beritasumut.com', expect.stringContaining('Kota Solok Pelajari'), DATA_LICENCE],
      ['13.72', 'district_count', '2018', '3', '', 'self_reported', 'false', 'Beritasumut', 'Uji, "kutip"', DATA_LICENCE],
    ]);
  });

  it('exports the whole dataset as JSON with the licence, demo values marked', async () => {
    const res = await t.http().get('/metrics/export.json');
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.licence).toBe(DATA_LICENCE);
    // The generated demo series (demo-data/demo-series.ts): every value labelled demo, never one without the label.
    const generated = body.observations.filter((o: { source_organisation: string }) => o.source_organisation === 'CityBridge');
    const profile = ['Kemendagri', 'GeoNames', 'Beritasumut.com'];
    const real = body.observations.filter((o: { source_organisation: string; source_title: string }) => o.source_organisation !== 'CityBridge' && o.source_title === 'Uji, "kutip"');
    expect(real.length).toBe(5);
    // The city profile's real values are observations too; a value stated only in words exports with its words and no value.
    const reference = body.observations.filter((o: { source_organisation: string; source_title: string }) => profile.includes(o.source_organisation) && o.source_title !== 'Uji, "kutip"');
    expect(reference.length).toBe(body.observations.length - real.length - generated.length);
    expect(reference).toContainEqual(expect.objectContaining({ city_code: '13.72', indicator: 'area_km2', value: null, stated_as: '59.317 Km2', quality: 'self_reported', is_demo: false }));
    expect(generated.length).toBeGreaterThan(100);
    expect(generated.every((o: { is_demo: boolean; quality: string }) => o.is_demo && o.quality === 'demo')).toBe(true);
    expect(body.observations).toContainEqual(expect.objectContaining({ city_code: '12.71', indicator: 'unemployment_rate', value: 10.74, is_demo: true, quality: 'demo' }));
    const empty = await t.http().get('/metrics/export.csv?cities=99.99');
    expect(empty.text).toBe(`${EXPORT_COLUMNS.join(',')}\r\n`);
  });

  it('exports a value stated only in words with its words, in CSV and in JSON', async () => {
    const csv = await t.http().get('/metrics/export.csv?cities=12.71&indicators=area_km2&from=2019&to=2019');
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.city_code, r.indicator, r.period, r.value, r.stated_as, r.quality, r.source_organisation])).toEqual([
      ['12.71', 'area_km2', '2019', '', WORDS, 'self_reported', 'Pemkot Medan'],
    ]);
    expect(csv.text).toContain(`,"kurang lebih 265, ""menurut Pemkot""",`);
    const json = JSON.parse((await t.http().get('/metrics/export.json?cities=12.71,13.72&indicators=area_km2,population&from=2018&to=2019')).text);
    expect(json.columns).toContain('stated_as');
    expect(json.observations).toContainEqual(expect.objectContaining({ city_code: '12.71', indicator: 'area_km2', year: 2019, value: null, stated_as: WORDS, source_organisation: 'Pemkot Medan' }));
    // The 2018 article states Kota Solok's population in words and as a number: both exported.
    expect(json.observations).toContainEqual(
      expect.objectContaining({ city_code: '13.72', indicator: 'population', year: 2018, value: 62000, stated_as: 'sekitar 62.000 Jiwa', source_organisation: 'Beritasumut.com' }),
    );
  });
});
