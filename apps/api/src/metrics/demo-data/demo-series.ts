import type { EntityManager } from 'typeorm';
import type { DemoDataLoader } from '../../common/domain-module.js';
import { seedDemoPracticeIndicators } from '../impact/demo-practice-indicators.js';

/** Cities the demo series are made for (those of the demo accounts and a few large kota). */
const CITIES = ['12.71', '13.72', '13.71', '31.71', '32.73', '33.74', '35.78', '51.71', '64.72', '73.71'];
const FIRST_YEAR = 2015;
const LAST_YEAR = 2024;
/**
 * Series that move a little each year: start, yearly change and spread between cities; shares stay
 * within 0–100, counts are whole. A count (complaints) and a population make a normalised comparison
 * (complaints per 100,000 people) possible on demo data alone.
 */
const SERIES: { code: string; start: number; step: number; spread: number; count?: boolean }[] = [
  { code: 'complaints_resolved_7d_share', start: 55, step: 3, spread: 15 },
  { code: 'waste_collection_share', start: 60, step: 2, spread: 20 },
  { code: 'online_services_share', start: 20, step: 6, spread: 15 },
  { code: 'safe_water_share', start: 75, step: 1.5, spread: 12 },
  { code: 'complaints_received', start: 3000, step: 300, spread: 3000, count: true },
  { code: 'population', start: 900000, step: 9000, spread: 1200000, count: true },
  // The demo library's asset-management practice relates to it (its adoptions' impact panel).
  { code: 'assets_registered', start: 8000, step: 700, spread: 6000, count: true },
];

/** A stable pseudo-random number in [0, 1) for a text: the same demo data on every machine. */
function unit(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10000) / 10000;
}

/**
 * Invented example series (quality demo, is_demo) for a handful of indicators, so the compare
 * page has lines to draw; labelled demo in the data and shown as such. Outside production only, and
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
  const indicators: { id: number; code: string }[] = await m.query(`SELECT id, code FROM metric_indicators WHERE code = ANY($1)`, [SERIES.map((s) => s.code)]);
  const rows: { cityId: number; indicatorId: number; year: number; value: number }[] = [];
  for (const city of cities) {
    for (const s of SERIES) {
      const indicator = indicators.find((i) => i.code === s.code);
      if (!indicator) continue;
      const offset = (unit(`${city.code}|${s.code}`) - 0.5) * s.spread;
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        const noise = (unit(`${city.code}|${s.code}|${year}`) - 0.5) * (s.count ? s.step : 4);
        const value = s.start + offset + s.step * (year - FIRST_YEAR) + noise;
        rows.push({ cityId: city.id, indicatorId: indicator.id, year, value: s.count ? Math.max(0, Math.round(value)) : Math.round(Math.min(100, Math.max(0, value)) * 10) / 10 });
      }
    }
  }
  await m.query(
    `INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality, is_demo, note)
     SELECT t.city_id, t.indicator_id, t.year, t.value, $5, 'demo', true, 'Contoh buatan untuk demo / invented example for the demo'
     FROM unnest($1::int[], $2::int[], $3::smallint[], $4::numeric[]) AS t(city_id, indicator_id, year, value)`,
    [rows.map((r) => r.cityId), rows.map((r) => r.indicatorId), rows.map((r) => r.year), rows.map((r) => r.value), source.id],
  );
  return { demoObservations: rows.length };
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
