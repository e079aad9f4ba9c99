import pg from 'pg';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { KeptAnswers } from '../common/kept-answers';
import { withDatabase } from '../database/embedded-postgres';

// Compare, rankings, peer groups and the catalogue are answered from a kept answer until the next
// write to the metrics (common/kept-answers.ts, the metric_data_version triggers).

let t: TestApp;
const SOLOK = '13.72';
const MEDAN = '12.71';
const YEAR = 2011; // no demo series reach back this far, so the values below are the only ones

const COMPARE = `query($normalisation: Normalisation!) {
  compare(cityCodes: ["${SOLOK}", "${MEDAN}"], indicatorCodes: ["complaints_received"], fromYear: ${YEAR}, toYear: ${YEAR}, normalisation: $normalisation) {
    series { cityCode rawValues values } notes { code message } } }`;
const RANKING = `{ ranking(indicatorCode: "complaints_received", year: ${YEAR}) { rows { cityCode value } } }`;

/** A value straight into the database, as another instance (or psql) would write it. */
async function put(cityCode: string, year: number, value: number) {
  const other = new pg.Client({ connectionString: withDatabase(process.env.TEST_ADMIN_URL as string, t.databaseName) });
  await other.connect();
  try {
    await other.query(
      `WITH s AS (INSERT INTO metric_sources (organisation, title) VALUES ('Dinas Kominfo', 'Uji') ON CONFLICT (organisation, title, url, published_on) DO UPDATE SET title = EXCLUDED.title RETURNING id)
       INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality, is_demo)
       SELECT c.id, i.id, $2, $3, s.id, 'official', false FROM cities c, metric_indicators i, s WHERE c.code = $1 AND i.code = 'complaints_received'
       ON CONFLICT (city_id, practice_id, indicator_id, year, period_kind, period_no, source_id) DO UPDATE SET value = EXCLUDED.value`,
      [cityCode, year, value],
    );
  } finally {
    await other.end();
  }
}

const solokValue = async () => {
  const res = await t.client('en').gql(COMPARE, { normalisation: 'RAW' });
  expect(res.errors).toBeUndefined();
  return { value: res.data?.compare.series.find((s: { cityCode: string }) => s.cityCode === SOLOK)?.rawValues[0], statements: Number(res.headers['x-sql-statements']) };
};

const keptAnswers = () => t.app.get(KeptAnswers).keptAnswers;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('answers kept until the next write', () => {
  it('answers the same compare again from what was kept, with one statement (the version)', async () => {
    await put(SOLOK, YEAR, 120);
    const first = await solokValue();
    const kept = keptAnswers();
    const again = await solokValue();
    expect(again.value).toBe(120);
    expect(first.value).toBe(120);
    expect(keptAnswers()).toBe(kept + 1);
    expect(again.statements).toBe(1);
    expect(first.statements).toBeGreaterThan(1);
  });

  it('shows a value written by another connection at once (the write changes the version)', async () => {
    await put(SOLOK, YEAR, 130);
    expect((await solokValue()).value).toBe(130);
    await t.dataSource.query(`DELETE FROM metric_observations WHERE year = $1 AND city_id = (SELECT id FROM cities WHERE code = $2)`, [YEAR, SOLOK]);
    expect((await solokValue()).value).toBeUndefined();
  });

  it('keeps a ranking per language and arguments, and renames a city in it when the city is renamed', async () => {
    await put(SOLOK, YEAR, 140);
    await put(MEDAN, YEAR, 90);
    const names = async () => (await t.client('en').gql(`{ ranking(indicatorCode: "complaints_received", year: ${YEAR}) { rows { cityName value } } }`)).data?.ranking.rows;
    expect(await names()).toEqual(expect.arrayContaining([{ cityName: 'Kota Solok', value: 140 }]));
    await t.dataSource.query(`UPDATE cities SET name = 'Kota Solok (uji)' WHERE code = $1`, [SOLOK]);
    try {
      expect(await names()).toEqual(expect.arrayContaining([{ cityName: 'Kota Solok (uji)', value: 140 }]));
    } finally {
      await t.dataSource.query(`UPDATE cities SET name = 'Kota Solok' WHERE code = $1`, [SOLOK]);
    }
    const ranked = await t.client('en').gql(RANKING);
    expect(ranked.data?.ranking.rows.map((r: { cityCode: string }) => r.cityCode).slice(0, 2)).toEqual([SOLOK, MEDAN]);
  });

  it('answers each language in its own words (a kept answer is per language)', async () => {
    const notes = async (language: 'id' | 'en') => (await t.client(language).gql(COMPARE, { normalisation: 'PER_100K' })).data?.compare.notes.map((n: { message: string }) => n.message);
    const id = await notes('id');
    const en = await notes('en');
    expect(id.length).toBeGreaterThan(0);
    expect(await notes('id')).toEqual(id);
    expect(en).not.toEqual(id);
  });

  it('does not keep a query that also asks for something else (here the signed-in user)', async () => {
    const mixed = `{ ranking(indicatorCode: "complaints_received", year: ${YEAR}) { year } me { id } }`;
    await t.client('en').gql(mixed);
    const kept = keptAnswers();
    const res = await t.client('en').gql(mixed);
    expect(res.errors).toBeUndefined();
    expect(keptAnswers()).toBe(kept);
  });
});
