import type { EntityManager } from 'typeorm';
import { geoNamesMatches, officialDistrictCounts, REFERENCE_SOURCES } from '../../cities/city-reference.service.js';
import type { DemoDataLoader } from '../../common/domain-module.js';
import { ARTICLE_DATE, ARTICLE_FIGURES } from './article-figures.js';

type Source = { name: string; url: string | null; license: string | null; package: string | null };

/**
 * A reference source as a metric source: the organisation is its name up to the first comma, the
 * title the whole name (the migration that moved the facts, 1796168090571-city-facts, names them the same way).
 */
async function metricSource(m: EntityManager, s: Source, publishedOn: string | null): Promise<string> {
  const identity = [s.name.split(',')[0].trim(), s.name, s.url, publishedOn];
  await m.query(
    `INSERT INTO metric_sources (organisation, title, url, published_on, licence, package) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (organisation, title, url, published_on) DO NOTHING`,
    [...identity, s.license, s.package],
  );
  const [row] = await m.query(
    `SELECT id FROM metric_sources WHERE organisation = $1 AND title = $2 AND url IS NOT DISTINCT FROM $3 AND published_on IS NOT DISTINCT FROM $4::date`,
    identity,
  );
  return row.id;
}

/**
 * The city profile's real numbers, as observations (in production too, like the city directory):
 * every city's kecamatan count from the official list (official), the population GeoNames gives a
 * kota it matches (estimated, with the GeoNames record), and what the 2018 article states
 * (self-reported, as worded). The reference sources give no date: their values are for the year
 * they are read. Into a database without city-profile observations only.
 */
async function loadCityProfile(m: EntityManager): Promise<Record<string, number> | null> {
  const [{ exists }] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM metric_observations o JOIN metric_indicators i ON i.id = o.indicator_id WHERE i.code = 'district_count') AS exists`,
  );
  if (exists) return null;
  const cities: { id: number; code: string }[] = await m.query(`SELECT id, code FROM city_refs`);
  if (cities.length === 0) return null;
  const indicator: Record<string, number> = Object.fromEntries(
    (await m.query(`SELECT id, code FROM metric_indicators WHERE on_city_profile`)).map((r: { id: number; code: string }) => [r.code, r.id]),
  );
  const year = new Date().getUTCFullYear();
  const rows: { city: number; indicator: number; year: number; value: number | null; statedAs: string | null; source: string; quality: string; note: string | null; recordUrl: string | null }[] = [];

  const official = await metricSource(m, REFERENCE_SOURCES.idnAreaData, null);
  const counts = officialDistrictCounts();
  for (const c of cities) {
    const n = counts.get(c.code);
    if (n !== undefined) rows.push({ city: c.id, indicator: indicator.district_count, year, value: n, statedAs: null, source: official, quality: 'official', note: null, recordUrl: null });
  }
  const geonames = await metricSource(m, REFERENCE_SOURCES.geonames, null);
  const geo = geoNamesMatches();
  for (const c of cities) {
    const match = geo.get(c.code);
    if (match?.population == null) continue;
    rows.push({
      city: c.id,
      indicator: indicator.population,
      year,
      value: match.population,
      statedAs: null,
      source: geonames,
      quality: 'estimated',
      note: null,
      recordUrl: `https://www.geonames.org/${match.geonameId}`,
    });
  }
  const article = await metricSource(m, REFERENCE_SOURCES.solokVisitArticle, ARTICLE_DATE);
  const cityId = new Map(cities.map((c) => [c.code, c.id]));
  for (const f of ARTICLE_FIGURES) {
    const city = cityId.get(f.cityCode);
    if (city === undefined) continue;
    rows.push({ city, indicator: indicator[f.indicator], year: Number(ARTICLE_DATE.slice(0, 4)), value: f.value, statedAs: f.statedAs, source: article, quality: 'self_reported', note: f.note, recordUrl: null });
  }
  await m.query(
    `INSERT INTO metric_observations (city_id, indicator_id, year, value, stated_as, source_id, quality, is_demo, note, record_url)
     SELECT t.city_id, t.indicator_id, t.year, t.value, t.stated_as, t.source_id, t.quality, false, t.note, t.record_url
     FROM unnest($1::int[], $2::int[], $3::smallint[], $4::numeric[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::text[])
       AS t(city_id, indicator_id, year, value, stated_as, source_id, quality, note, record_url)`,
    [
      rows.map((r) => r.city),
      rows.map((r) => r.indicator),
      rows.map((r) => r.year),
      rows.map((r) => r.value),
      rows.map((r) => r.statedAs),
      rows.map((r) => r.source),
      rows.map((r) => r.quality),
      rows.map((r) => r.note),
      rows.map((r) => r.recordUrl),
    ],
  );
  return { cityProfileObservations: rows.length };
}

/** After the city directory (10): real data, loaded in production too. */
export const CITY_PROFILE: DemoDataLoader = { order: 15, load: loadCityProfile };

/**
 * The metrics domain's one loader: the city profile's numbers, then (outside production) the demo series
 * and the demo practices' related indicators. It runs at the demo series' place (after the practices,
 * which the related indicators need); nothing before it reads the profile's numbers.
 */
export function withCityProfile(demo: DemoDataLoader): DemoDataLoader {
  return {
    order: Math.max(CITY_PROFILE.order, demo.order),
    async load(m, options) {
      const profile = await CITY_PROFILE.load(m, options);
      const series = await demo.load(m, options);
      return profile || series ? { ...profile, ...series } : null;
    },
  };
}
