import { citySortName, normalizeForSearch, slugify, timeZoneForProvince } from '@citybridge/domain';
import type { EntityManager } from 'typeorm';
import type { DemoDataLoader } from '../../common/domain-module.js';
import { geoNamesMatches, readAreaCsv, referenceRegencies } from '../city-reference.service.js';
import { SourceKey, SOURCES } from './sources.js';

async function insertSources(m: EntityManager): Promise<Record<SourceKey, number>> {
  const ids = {} as Record<SourceKey, number>;
  for (const [name, s] of Object.entries(SOURCES) as [SourceKey, (typeof SOURCES)[SourceKey]][]) {
    const [row] = await m.query(
      `INSERT INTO sources (key, name, url, license, package, is_demo) VALUES ($1, $2, $3, $4, $5, false) RETURNING id`,
      [s.key, s.name, s.url, s.license, s.package],
    );
    ids[name] = row.id;
  }
  return ids;
}

/**
 * Loads the real reference data (provinces, kabupaten/kota, kecamatan, GeoNames coordinates) into an
 * empty database (the city profile's numbers are observations: the metrics domain loads them), in one transaction (the runner's). Does nothing
 * when the directory already has data, so it is safe at every start and from several instances at once.
 */
async function loadCityDirectory(m: EntityManager): Promise<Record<string, number> | null> {
  const [{ exists }] = await m.query(`SELECT EXISTS (SELECT 1 FROM provinces) AS exists`);
  if (exists) return null;

  const provinces = readAreaCsv('provinces.csv');
  const regencies = referenceRegencies();
  const districts = readAreaCsv('districts.csv');
  const sourceIds = await insertSources(m);

  await m.query(
    `INSERT INTO provinces (code, name, time_zone) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
    [provinces.map((p) => p.code), provinces.map((p) => p.name), provinces.map((p) => timeZoneForProvince(p.code).iana)],
  );

  const geo = geoNamesMatches();
  const coords = regencies.map((r) => geo.get(r.code));
  await m.query(
    `INSERT INTO cities (code, province_code, kind, name, slug, search_text, sort_name, latitude, longitude, coordinates_source_id)
     SELECT c.code, c.province_code, c.kind, c.name, c.slug, c.search_text, c.sort_name, c.lat, c.lon,
            CASE WHEN c.lat IS NULL THEN NULL ELSE $10::int END
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::int[], $11::text[])
          AS c(code, province_code, kind, name, slug, search_text, lat, lon, geoname_id, sort_name)`,
    [
      regencies.map((r) => r.code),
      regencies.map((r) => r.province_code),
      regencies.map((r) => r.kind),
      regencies.map((r) => r.name),
      regencies.map((r) => slugify(r.name)),
      regencies.map((r) => normalizeForSearch(r.name)),
      coords.map((c) => c?.latitude ?? null),
      coords.map((c) => c?.longitude ?? null),
      coords.map((c) => c?.geonameId ?? null),
      sourceIds.geonames,
      regencies.map((r) => citySortName(r.name)),
    ],
  );

  await m.query(
    `INSERT INTO districts (code, city_id, name, search_text)
     SELECT d.code, c.id, d.name, d.search_text FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS d(code, regency_code, name, search_text)
     JOIN cities c ON c.code = d.regency_code`,
    [districts.map((d) => d.code), districts.map((d) => d.regency_code), districts.map((d) => d.name), districts.map((d) => normalizeForSearch(d.name))],
  );

  const [counts] = await m.query(
    `SELECT (SELECT count(*) FROM provinces)::int AS provinces, (SELECT count(*) FROM cities)::int AS cities,
            (SELECT count(*) FROM districts)::int AS districts,
            (SELECT count(*) FROM cities WHERE latitude IS NOT NULL)::int AS "withCoordinates"`,
  );
  return counts;
}

/** First of all: the other domains' demo rows point at cities. */
export const CITY_DIRECTORY: DemoDataLoader = { order: 10, load: loadCityDirectory };
