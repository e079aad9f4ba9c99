/**
 * Metrics: the words of the indicator catalogue and the rule that picks the value shown by default
 * when several sources give one for the same city, indicator and period.
 */
export const OBSERVATION_QUALITIES = ['official', 'self_reported', 'estimated', 'demo'] as const;
export type ObservationQuality = (typeof OBSERVATION_QUALITIES)[number];

export const INDICATOR_DIRECTIONS = ['higher_better', 'lower_better', 'neutral'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_CATEGORIES = [
  'demography',
  'geography',
  'governance',
  'economy',
  'environment',
  'mobility',
  'safety',
  'health',
  'education',
  'ict',
  'housing',
] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export const INDICATOR_STANDARDS = ['iso_37120', 'iso_37122', 'sdg_11', 'bps', 'ikcc', 'custom'] as const;
export type IndicatorStandard = (typeof INDICATOR_STANDARDS)[number];

export const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const INDICATOR_CODE = /^[a-z][a-z0-9_]{1,62}$/;
export const FIRST_METRIC_YEAR = 1900;

/** Lower is preferred: an official figure over one the city reports itself, over an estimate, over demo data. */
export const QUALITY_RANK: Record<ObservationQuality, number> = { official: 0, self_reported: 1, estimated: 2, demo: 3 };

export interface RankedObservation {
  id: string;
  quality: ObservationQuality;
  /** The source's publication date (YYYY-MM-DD), when known. */
  sourceDate: string | null;
  /** When it was entered (ISO timestamp). */
  enteredAt: string;
}

/**
 * The default rule: the best quality; among equals the newest source (its date, else when the value
 * was entered); the id breaks a last tie so the choice never changes between reads.
 * The SQL reads order by the same keys (`metricDefaultOrder` in the API).
 */
export function compareObservations(a: RankedObservation, b: RankedObservation): number {
  return (
    QUALITY_RANK[a.quality] - QUALITY_RANK[b.quality] ||
    newestFirst(a.sourceDate, b.sourceDate) ||
    newestFirst(a.enteredAt, b.enteredAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // unknown dates after known ones
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

export function pickDefaultObservation<T extends RankedObservation>(observations: readonly T[]): T | null {
  let best: T | null = null;
  for (const o of observations) if (!best || compareObservations(o, best) < 0) best = o;
  return best;
}

/** Period number for a kind: 0 for a year, 1..4 for a quarter, 1..12 for a month. */
export function validPeriod(kind: PeriodKind, no: number): boolean {
  if (!Number.isInteger(no)) return false;
  if (kind === 'year') return no === 0;
  return no >= 1 && no <= (kind === 'quarter' ? 4 : 12);
}

/** `2023`, `2023-Q2` or `2023-07` as year, kind and number; null when it is none of them. */
export function parsePeriod(text: string): { year: number; kind: PeriodKind; no: number } | null {
  const m = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/i.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, kind: 'quarter', no: Number(m[2]) };
  if (m[3]) return { year, kind: 'month', no: Number(m[3]) };
  return { year, kind: 'year', no: 0 };
}

/** A period ends after `now` (a value for it cannot have been measured yet). */
export function periodInFuture(p: { year: number; kind: PeriodKind; no: number }, now: Date): boolean {
  const y = now.getUTCFullYear();
  if (p.year !== y) return p.year > y;
  if (p.kind === 'year') return false; // the running year may hold a preliminary value
  const month = now.getUTCMonth() + 1;
  return p.kind === 'month' ? p.no > month : (p.no - 1) * 3 + 1 > month;
}
