import type { EntityManager } from 'typeorm';
import type { DemoDataLoader } from '../../common/domain-module.js';
import { seedDemoPracticeIndicators } from '../impact/demo-practice-indicators.js';
import { LATEST_POPULATIONS_SQL, type LatestPopulationRow } from '../metric-rows.js';

/** Cities the demo series are made for (those of the demo accounts and a few large kota). */
const CITIES = ['12.71', '13.72', '13.71', '31.71', '32.73', '33.74', '35.78', '51.71', '64.72', '73.71'];
const FIRST_YEAR = 2015;
const LAST_YEAR = 2024;

/** Shares (0–100): start, yearly change and spread between cities. */
const SHARES: { code: string; start: number; step: number; spread: number }[] = [
  { code: 'complaints_resolved_7d_share', start: 55, step: 3, spread: 15 },
  { code: 'waste_collection_share', start: 60, step: 2, spread: 20 },
  { code: 'online_services_share', start: 20, step: 6, spread: 15 },
  { code: 'safe_water_share', start: 75, step: 1.5, spread: 12 },
];
/**
 * Counts that grow with a city's size, as a rate per 100,000 people (start, yearly change, spread)
 * times the city's demo population of the year: a small kota gets a small count. A count and the
 * population make a normalised comparison (complaints per 100,000 people) possible on demo data alone.
 */
const COUNTS: { code: string; start: number; step: number; spread: number }[] = [
  { code: 'complaints_received', start: 350, step: 30, spread: 200 },
  // The demo library's asset-management practice relates to it (its adoptions' impact panel).
  { code: 'assets_registered', start: 2000, step: 150, spread: 1200 },
];
/**
 * Programs' own numbers (practice_id set), for demo practices found by their Indonesian title: the two
 * public-service programs (same topic, two cities) side by side on complaints, Medan's asset management on
 * registered assets. A count is a share (`part`, 0–1) of what the whole city's demo series says that year,
 * so it is sized on the city's population like the city's; a share is the city's ± a little.
 */
const PROGRAMS: { title: string; codes: string[]; part: number }[] = [
  { title: 'Aplikasi Medan Rumah Kita', codes: ['complaints_received', 'complaints_resolved_7d_share'], part: 0.7 },
  { title: 'Perizinan usaha daring satu pintu', codes: ['complaints_received', 'complaints_resolved_7d_share'], part: 0.25 },
  { title: 'Pengelolaan aset daerah Kota Medan', codes: ['assets_registered'], part: 0.9 },
];
const PROGRAM_FIRST_YEAR = 2019;

/** The population grows 1–2% a year (a city's own rate) and ends in LAST_YEAR within ±2% of its anchor. */
const POPULATION = { minGrowth: 0.01, maxGrowth: 0.02, anchorSpread: 0.04, yearNoise: 0.004 };
/** A city without a real population (no GeoNames match) gets an invented one in this range. */
const INVENTED_POPULATION = { min: 300_000, max: 1_500_000 };

/** A stable pseudo-random number in [0, 1) for a text: the same demo data on every machine. */
function unit(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10000) / 10000;
}

const centred = (text: string) => unit(text) - 0.5;

/**
 * A city's demo population per year, anchored on `anchor` (its real latest population): the last
 * year is the anchor ±2%, the years before it shrink back by the city's growth rate, each with a
 * little noise (smaller than a year's growth, so the series only grows).
 */
export function demoPopulation(cityCode: string, anchor: number): Map<number, number> {
  const growth = POPULATION.minGrowth + unit(`${cityCode}|population|growth`) * (POPULATION.maxGrowth - POPULATION.minGrowth);
  const last = anchor * (1 + centred(`${cityCode}|population|anchor`) * POPULATION.anchorSpread);
  const years = new Map<number, number>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const noise = 1 + centred(`${cityCode}|population|${year}`) * POPULATION.yearNoise;
    years.set(year, Math.round(last * (1 + growth) ** (year - LAST_YEAR) * noise));
  }
  return years;
}

/**
 * Every demo series of one city: the population anchored on `anchor`, the counts scaled by that
 * population, the shares within 0–100. Deterministic: the same city and anchor give the same values.
 */
export function demoSeriesOf(cityCode: string, anchor: number): { code: string; year: number; value: number }[] {
  const rows: { code: string; year: number; value: number }[] = [];
  const population = demoPopulation(cityCode, anchor);
  for (const [year, value] of population) rows.push({ code: 'population', year, value });
  for (const s of SHARES) {
    const offset = centred(`${cityCode}|${s.code}`) * s.spread;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const value = s.start + offset + s.step * (year - FIRST_YEAR) + centred(`${cityCode}|${s.code}|${year}`) * 4;
      rows.push({ code: s.code, year, value: Math.round(Math.min(100, Math.max(0, value)) * 10) / 10 });
    }
  }
  for (const s of COUNTS) {
    const offset = centred(`${cityCode}|${s.code}`) * s.spread;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const per100k = s.start + offset + s.step * (year - FIRST_YEAR) + centred(`${cityCode}|${s.code}|${year}`) * s.step;
      rows.push({ code: s.code, year, value: Math.max(0, Math.round((per100k * (population.get(year) ?? 0)) / 100_000)) });
    }
  }
  return rows;
}

/**
 * A program's demo series from its city's (`citySeries`, demoSeriesOf): counts a share of the city's,
 * shares near the city's (within 0–100), from PROGRAM_FIRST_YEAR. Deterministic by title.
 */
export function demoProgramSeriesOf(title: string, codes: string[], part: number, citySeries: { code: string; year: number; value: number }[]) {
  const counts = new Set(COUNTS.map((c) => c.code));
  return citySeries
    .filter((r) => codes.includes(r.code) && r.year >= PROGRAM_FIRST_YEAR)
    .map((r) => {
      const noise = centred(`${title}|${r.code}|${r.year}`);
      const value = counts.has(r.code)
        ? Math.max(0, Math.round(r.value * part * (1 + noise * 0.1)))
        : Math.round(Math.min(100, Math.max(0, r.value + 5 * centred(`${title}|${r.code}`) + noise * 3)) * 10) / 10;
      return { code: r.code, year: r.year, value };
    });
}

/** The population a city's demo series end near: its real latest one, or an invented one when there is none. */
function anchorOf(cityCode: string, real: Map<string, number>): number {
  const known = real.get(cityCode);
  if (known !== undefined) return known;
  const { min, max } = INVENTED_POPULATION;
  return Math.round(min + unit(`${cityCode}|population|invented`) * (max - min));
}

/**
 * Invented example series (quality demo, is_demo) for a handful of indicators, so the compare
 * page has lines to draw; labelled demo in the data and shown as such. They are sized on each
 * city's real population (the city profile's GeoNames figure, loaded just before), so a small kota
 * gets small numbers; a few demo programs get series of their own (PROGRAMS). Outside production only, and
 * only into a database without demo observations.
 */
async function seedDemoSeries(m: EntityManager, { production }: { production: boolean }): Promise<Record<string, number> | null> {
  if (production) return null;
  const [{ exists }] = await m.query(`SELECT EXISTS (SELECT 1 FROM metric_observations WHERE is_demo) AS exists`);
  if (exists) return null;
  const [source] = await m.query(
    `INSERT INTO metric_sources (organisation, title, licence) VALUES ('CityBridge', 'Data contoh (demo), bukan data sebenarnya', 'CC0-1.0') RETURNING id`,
  );
  const cities: { id: number; code: string }[] = await m.query(`SELECT id, code FROM city_refs WHERE code = ANY($1)`, [CITIES]);
  const codes = [...SHARES, ...COUNTS].map((s) => s.code).concat('population');
  const indicators: { id: number; code: string }[] = await m.query(`SELECT id, code FROM metric_indicators WHERE code = ANY($1)`, [codes]);
  // No demo value exists yet (checked above): these are the real populations.
  const populations: LatestPopulationRow[] = await m.query(LATEST_POPULATIONS_SQL);
  const real = new Map(populations.map((p) => [p.city_code, p.value]));
  const indicatorId = new Map(indicators.map((i) => [i.code, i.id]));
  const rows: { cityId: number; practiceId: string | null; indicatorId: number; year: number; value: number }[] = [];
  for (const city of cities) {
    for (const r of demoSeriesOf(city.code, anchorOf(city.code, real))) {
      const id = indicatorId.get(r.code);
      if (id !== undefined) rows.push({ cityId: city.id, practiceId: null, indicatorId: id, year: r.year, value: r.value });
    }
  }
  // Like the practices' related indicators (impact/demo-practice-indicators.ts), this one-time demo loader
  // finds the demo practices by title directly; only published demo practices get series.
  const practices: { id: string; city_id: number; city_code: string; title: string }[] = await m.query(
    `SELECT DISTINCT ON (t.title) p.id, p.city_id, c.code AS city_code, t.title FROM practice_texts t JOIN practices p ON p.id = t.practice_id JOIN city_refs c ON c.id = p.city_id
     WHERE t.title = ANY($1) AND p.is_demo AND p.state = 'published' ORDER BY t.title, p.created_at`,
    [PROGRAMS.map((p) => p.title)],
  );
  let programValues = 0;
  for (const practice of practices) {
    const program = PROGRAMS.find((p) => p.title === practice.title);
    if (!program) continue;
    for (const r of demoProgramSeriesOf(program.title, program.codes, program.part, demoSeriesOf(practice.city_code, anchorOf(practice.city_code, real)))) {
      const id = indicatorId.get(r.code);
      if (id === undefined) continue;
      rows.push({ cityId: practice.city_id, practiceId: practice.id, indicatorId: id, year: r.year, value: r.value });
      programValues += 1;
    }
  }
  await m.query(
    `INSERT INTO metric_observations (city_id, practice_id, indicator_id, year, value, source_id, quality, is_demo, note)
     SELECT t.city_id, t.practice_id, t.indicator_id, t.year, t.value, $6, 'demo', true, 'Contoh buatan untuk demo / invented example for the demo'
     FROM unnest($1::int[], $2::uuid[], $3::int[], $4::smallint[], $5::numeric[]) AS t(city_id, practice_id, indicator_id, year, value)`,
    [rows.map((r) => r.cityId), rows.map((r) => r.practiceId), rows.map((r) => r.indicatorId), rows.map((r) => r.year), rows.map((r) => r.value), source.id],
  );
  return { demoObservations: rows.length, demoProgramObservations: programValues };
}

/** After the city directory (10), the demo accounts (20) and the practices: the series, then the practices' related indicators. */
export const DEMO_METRICS: DemoDataLoader = {
  order: 60,
  async load(m, options) {
    const series = await seedDemoSeries(m, options);
    const links = await seedDemoPracticeIndicators(m, options);
    return series || links ? { ...series, ...links } : null;
  },
};
