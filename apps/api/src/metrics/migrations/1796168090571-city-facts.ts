import { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalogue indicator of each fact key, and the fact units that mean the indicator's unit. */
const KNOWN_KEYS: Record<string, { units: (string | null)[] }> = {
  population: { units: ['people'] },
  area_km2: { units: ['km2'] },
  population_density: { units: ['people/km2'] },
  district_count: { units: ['districts', 'count'] },
  smart_city_app: { units: [null, 'text'] },
  metropolitan_status: { units: [null, 'text'] },
};

/** What a city states in words (the article's): indicators whose observations are text only (`stated_as`). */
const TEXT_INDICATORS = [
  ['smart_city_app', 'Aplikasi kota cerdas', 'Smart-city application', 'ict', 'Nama aplikasi kota cerdas utama kota, sebagaimana dinyatakan.', "The city's main smart-city application, as stated."],
  ['metropolitan_status', 'Status metropolitan', 'Metropolitan status', 'governance', 'Kedudukan kota sebagai kota metropolitan, sebagaimana dinyatakan.', "The city's standing as a metropolitan city, as stated."],
];

const PROFILE_CODES = Object.keys(KNOWN_KEYS);
const QUALITY = `CASE f.quality WHEN 'OFFICIAL' THEN 'official' WHEN 'REPORTED' THEN 'self_reported' WHEN 'ESTIMATED' THEN 'estimated' ELSE 'demo' END`;

/**
 * One model for every number (issue 12): the city profile's facts become observations of catalogue
 * indicators, and `facts` goes. Nothing is lost:
 * - each fact is one observation of the indicator named like its key (population, area_km2,
 *   district_count; the article's text facts get two text indicators, any other key an indicator of
 *   its own); its unit must be the indicator's (`districts` is the `count` of district_count), else the
 *   migration stops rather than mislabel a number;
 * - value → value; value_text → stated_as (the only value of a text fact or an ambiguous number, whose
 *   value stays NULL); note → note; record_url → record_url; quality OFFICIAL/REPORTED/ESTIMATED/DEMO →
 *   official/self_reported/estimated/demo;
 * - the source and as_of → a metric source per (source, as_of): organisation (the name up to its first
 *   comma), title (the whole name), url, licence, package, published_on = as_of;
 * - the period is the year of as_of; a fact without one (GeoNames, the official kecamatan list: their
 *   sources give no date) gets the year it was read, the year of this migration, and its source date stays empty.
 * This is the one migration of the metrics domain that names another domain's tables (`facts`, `sources`):
 * it moves the cities domain's facts into metrics once. `sources` stays (the cities' coordinates cite it).
 */
export class CityFacts1796168090571 implements MigrationInterface {
  name = 'CityFacts1796168090571';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "metric_observations" ALTER COLUMN "value" DROP NOT NULL`);
    await q.query(`ALTER TABLE "metric_observations" ADD "stated_as" text`);
    await q.query(`ALTER TABLE "metric_observations" ADD "record_url" text`);
    await q.query(`ALTER TABLE "metric_observations" ADD CONSTRAINT "metric_observations_has_value" CHECK (value IS NOT NULL OR stated_as IS NOT NULL)`);
    await q.query(`ALTER TABLE "metric_sources" ADD "package" text`);
    await q.query(`ALTER TABLE "metric_indicators" ADD "on_city_profile" boolean NOT NULL DEFAULT false`);
    for (const [code, nameId, nameEn, category, definitionId, definitionEn] of TEXT_INDICATORS) {
      await q.query(
        `INSERT INTO metric_indicators (code, name_id, name_en, unit, direction, category, standard, normalisable, definition_id, definition_en)
         VALUES ($1, $2, $3, 'text', 'neutral', $4, 'custom', false, $5, $6) ON CONFLICT (code) DO NOTHING`,
        [code, nameId, nameEn, category, definitionId, definitionEn],
      );
    }
    await q.query(`UPDATE metric_indicators SET on_city_profile = true WHERE code = ANY($1)`, [PROFILE_CODES]);
    await this.moveFacts(q);
    await q.query(`DROP TABLE "facts"`);
  }

  private async moveFacts(q: QueryRunner): Promise<void> {
    const known: Record<string, { units: (string | null)[] }> = { ...KNOWN_KEYS };
    // Keys the catalogue does not have yet: an indicator of their own (custom, on the profile, the fact's unit).
    const unknown: { key: string; units: (string | null)[] }[] = await q.query(
      `SELECT f.key, array_agg(DISTINCT f.unit) AS units FROM facts f LEFT JOIN metric_indicators i ON i.code = f.key WHERE i.id IS NULL GROUP BY f.key`,
    );
    for (const { key, units } of unknown) {
      if (!/^[a-z][a-z0-9_]{1,62}$/.test(key) || units.length !== 1) throw new Error(`facts with key "${key}" (units ${units.join(', ')}) have no indicator to become observations of`);
      await q.query(
        `INSERT INTO metric_indicators (code, name_id, name_en, unit, direction, category, standard, normalisable, on_city_profile)
         VALUES ($1, $1, $1, $2, 'neutral', 'governance', 'custom', false, true)`,
        [key, units[0] ?? 'text'],
      );
      known[key] = { units };
    }
    const mislabelled: { key: string; unit: string | null }[] = await q.query(
      `SELECT DISTINCT f.key, f.unit FROM facts f JOIN metric_indicators i ON i.code = f.key WHERE f.unit IS DISTINCT FROM i.unit`,
    );
    for (const { key, unit } of mislabelled) {
      if (!known[key]?.units.includes(unit)) throw new Error(`facts with key "${key}" are in ${unit}, not in the unit of indicator ${key}: convert them first`);
    }
    await q.query(`UPDATE metric_indicators SET on_city_profile = true WHERE code IN (SELECT DISTINCT key FROM facts)`);
    // One metric source per source and as_of (a metric source's date is its publication's).
    await q.query(
      `INSERT INTO metric_sources (organisation, title, url, published_on, licence, package)
       SELECT DISTINCT trim(split_part(s.name, ',', 1)), s.name, s.url, f.as_of, s.license, s.package FROM facts f JOIN sources s ON s.id = f.source_id
       ON CONFLICT (organisation, title, url, published_on) DO NOTHING`,
    );
    await q.query(
      `UPDATE metric_sources ms SET licence = s.license, package = s.package FROM facts f JOIN sources s ON s.id = f.source_id
       WHERE ms.organisation = trim(split_part(s.name, ',', 1)) AND ms.title = s.name AND ms.url IS NOT DISTINCT FROM s.url AND ms.published_on IS NOT DISTINCT FROM f.as_of`,
    );
    await q.query(
      `INSERT INTO metric_observations (city_id, indicator_id, year, value, stated_as, source_id, quality, is_demo, note, record_url)
       SELECT f.city_id, i.id, coalesce(extract(year FROM f.as_of), extract(year FROM now()))::smallint, f.value, f.value_text, ms.id,
              ${QUALITY}, f.quality = 'DEMO', f.note, f.record_url
       FROM facts f JOIN sources s ON s.id = f.source_id JOIN metric_indicators i ON i.code = f.key
       JOIN metric_sources ms ON ms.organisation = trim(split_part(s.name, ',', 1)) AND ms.title = s.name AND ms.url IS NOT DISTINCT FROM s.url
         AND ms.published_on IS NOT DISTINCT FROM f.as_of`,
    );
  }

  /**
   * Back to facts: every whole-city yearly observation of a city-profile indicator that is not demo
   * data, with its source (found or made in `sources` by name). The observations stay.
   */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "facts" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "city_id" integer NOT NULL, "key" text NOT NULL, "value" numeric, "value_text" text,
      "unit" text, "as_of" date, "quality" text NOT NULL, "note" text, "source_id" integer NOT NULL, "record_url" text,
      CONSTRAINT "facts_quality" CHECK (quality IN ('OFFICIAL', 'ESTIMATED', 'REPORTED', 'DEMO')), CONSTRAINT "facts_has_value" CHECK (value IS NOT NULL OR value_text IS NOT NULL),
      CONSTRAINT "PK_b35218a44dc3d5dd2f0f54d7e3f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "facts_city_key_source" ON "facts" ("city_id", "key", "source_id")`);
    await q.query(`ALTER TABLE "facts" ADD CONSTRAINT "FK_6787bc0c31643e45a683dcccdc1" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "facts" ADD CONSTRAINT "FK_e13b6c022d05dd9189c1ee92362" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(
      `INSERT INTO sources (key, name, url, license, package)
       SELECT DISTINCT ON (ms.title) 'metrics-' || ms.id, ms.title, ms.url, ms.licence, ms.package
       FROM metric_observations o JOIN metric_indicators i ON i.id = o.indicator_id JOIN metric_sources ms ON ms.id = o.source_id
       WHERE i.on_city_profile AND o.quality <> 'demo' AND o.practice_id IS NULL AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.name = ms.title)
       ORDER BY ms.title, ms.id`,
    );
    await q.query(
      `INSERT INTO facts (city_id, key, value, value_text, unit, as_of, quality, note, source_id, record_url)
       SELECT DISTINCT ON (o.city_id, i.code, s.id) o.city_id, i.code, o.value, o.stated_as,
              CASE i.code WHEN 'district_count' THEN 'districts' WHEN 'smart_city_app' THEN NULL WHEN 'metropolitan_status' THEN NULL ELSE i.unit END,
              ms.published_on, CASE o.quality WHEN 'official' THEN 'OFFICIAL' WHEN 'self_reported' THEN 'REPORTED' ELSE 'ESTIMATED' END, o.note, s.id, o.record_url
       FROM metric_observations o JOIN metric_indicators i ON i.id = o.indicator_id JOIN metric_sources ms ON ms.id = o.source_id
       JOIN LATERAL (SELECT id FROM sources WHERE name = ms.title ORDER BY id LIMIT 1) s ON true
       WHERE i.on_city_profile AND o.quality <> 'demo' AND o.practice_id IS NULL AND o.period_kind = 'year'
       ORDER BY o.city_id, i.code, s.id, o.year DESC`,
    );
    await q.query(`DELETE FROM metric_observations WHERE value IS NULL`);
    await q.query(`ALTER TABLE "metric_indicators" DROP COLUMN "on_city_profile"`);
    await q.query(`ALTER TABLE "metric_sources" DROP COLUMN "package"`);
    await q.query(`ALTER TABLE "metric_observations" DROP CONSTRAINT "metric_observations_has_value"`);
    await q.query(`ALTER TABLE "metric_observations" DROP COLUMN "record_url"`);
    await q.query(`ALTER TABLE "metric_observations" DROP COLUMN "stated_as"`);
    await q.query(`ALTER TABLE "metric_observations" ALTER COLUMN "value" SET NOT NULL`);
  }
}
