/**
 * Impact of an adoption: the adopting city's values before and after the adoption beside the
 * median of its peers (cities of similar population), and the difference of the differences.
 *
 * The rule, in plain words:
 * - the adoption year itself is left out (the change is under way that year); "before" is the
 *   `IMPACT_WINDOW_YEARS` years before it, "after" the same number of years after it;
 * - the basis (`impactBasis`): a count (a normalisable indicator: `metric_indicators.normalisable`) is
 *   compared per 100,000 people, each yearly value divided by the same city's population of the same
 *   year (the default value, as compare's PER_100K does), so that a small city beside large peers
 *   is not measured by its size; a year without a population is left out of that city's means.
 *   Shares, rates and indices (not normalisable) are compared as they are (RAW);
 * - a city's value for a window is the mean of the yearly values (on the basis) it has in the window
 *   (one is enough);
 * - the peers are the cities closest in population to the adopting city that have a value in both
 *   windows, at most `IMPACT_MAX_PEERS`; the peers' value for a window is the median of theirs;
 * - difference of the differences = (city after − city before) − (peers after − peers before);
 * - only an adoption the city actually put in place (`IMPACT_ADOPTION_STATUSES`: in progress or
 *   done) has an impact; a planned or dropped one has nothing to measure (the gap `NOT_ADOPTED`);
 * - nothing is said (a gap) without an adoption date, without the city's values on either side
 *   (or, per 100,000, without its population in the years of a side that has values), or with
 *   fewer than `IMPACT_MIN_PEERS` peers.
 * It shows what moved together, never what caused it.
 */
import type { IndicatorDirection } from './metrics.js';

export const IMPACT_WINDOW_YEARS = 3;
export const IMPACT_MIN_PEERS = 3;
export const IMPACT_MAX_PEERS = 10;
/** Related indicators a practice may have. */
export const MAX_RELATED_INDICATORS = 8;

export const IMPACT_GAPS = [
  'NOT_ADOPTED',
  'NO_ADOPTION_DATE',
  'NO_VALUES_BEFORE',
  'NO_VALUES_AFTER',
  'NO_POPULATION_BEFORE',
  'NO_POPULATION_AFTER',
  'TOO_FEW_PEERS',
] as const;
export type ImpactGap = (typeof IMPACT_GAPS)[number];

/** What an indicator's values are compared on: as they are, or per 100,000 people of the same city and year. */
export const IMPACT_BASES = ['RAW', 'PER_100K'] as const;
export type ImpactBasis = (typeof IMPACT_BASES)[number];
const PER_100K = 100_000;

/**
 * A count (normalisable) grows with a city's size, so it is compared per 100,000 people; dividing a
 * share, rate or index by the population means nothing, so it stays raw.
 */
export function impactBasis(normalisable: boolean): ImpactBasis {
  return normalisable ? 'PER_100K' : 'RAW';
}

/**
 * A series on the basis: RAW as it is; PER_100K each value divided by the population of the same
 * year times 100,000, a year without a population (none, or not above 0) left out.
 */
export function onBasis(series: readonly YearValue[], basis: ImpactBasis, population: readonly YearValue[] = []): YearValue[] {
  if (basis === 'RAW') return [...series];
  const people = new Map(population.filter((p) => Number.isFinite(p.value) && p.value > 0).map((p) => [p.year, p.value]));
  return series.flatMap((p) => {
    const d = people.get(p.year);
    return d !== undefined && Number.isFinite(p.value) ? [{ year: p.year, value: (p.value / d) * PER_100K }] : [];
  });
}

/**
 * Adoption statuses (the practices domain's `practice_adoptions.status`) of an adoption the city put
 * in place: in progress since its date, or done. A planned adoption has not started and a dropped
 * one was given up, so a change around their date says nothing about the practice.
 */
export const IMPACT_ADOPTION_STATUSES = ['in_progress', 'done'] as const;

/** Whether an adoption of this status gets impact numbers (see `IMPACT_ADOPTION_STATUSES`). */
export function adoptionHasImpact(status: string): boolean {
  return (IMPACT_ADOPTION_STATUSES as readonly string[]).includes(status);
}

export interface YearRange {
  from: number;
  to: number;
}

export interface ImpactWindows {
  adoptionYear: number;
  before: YearRange;
  after: YearRange;
}

export interface YearValue {
  year: number;
  value: number;
}

/** The windows around an adoption date (YYYY-MM-DD, or a bare year); null without a date. */
export function impactWindows(adoptedOn: string | null | undefined, years = IMPACT_WINDOW_YEARS): ImpactWindows | null {
  const match = /^(\d{4})(?:-\d{2}-\d{2})?$/.exec(adoptedOn ?? '');
  if (!match) return null;
  const adoptionYear = Number(match[1]);
  return { adoptionYear, before: { from: adoptionYear - years, to: adoptionYear - 1 }, after: { from: adoptionYear + 1, to: adoptionYear + years } };
}

/** The mean of the values within the window; null when there is none. */
export function windowMean(series: readonly YearValue[], window: YearRange): number | null {
  const inside = series.filter((p) => p.year >= window.from && p.year <= window.to && Number.isFinite(p.value));
  if (!inside.length) return null;
  return inside.reduce((sum, p) => sum + p.value, 0) / inside.length;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Cities ordered by how close their population is to `centre`'s, by ratio (50,000 and 200,000 are as
 * far from 100,000), the key breaking ties; the centre itself and cities without a population are left out.
 */
export function closestByPopulation<K extends string | number>(centre: K, populations: ReadonlyMap<K, number>): K[] {
  const own = populations.get(centre);
  if (!own || own <= 0) return [];
  const distance = (p: number) => Math.abs(Math.log(p / own));
  return [...populations.entries()]
    .filter(([key, p]) => key !== centre && p > 0)
    .sort(([ka, a], [kb, b]) => distance(a) - distance(b) || String(ka).localeCompare(String(kb)))
    .map(([key]) => key);
}

export interface ImpactSide {
  before: number | null;
  after: number | null;
  /** after − before; null when either is missing. */
  change: number | null;
}

export interface ImpactPeer<K> {
  key: K;
  before: number;
  after: number;
  /** Its yearly values on the basis (the years that count). */
  series: YearValue[];
}

export interface ImpactAssessment<K> {
  windows: ImpactWindows | null;
  basis: ImpactBasis;
  /** Why there is no difference of differences; null when there is one. */
  gap: ImpactGap | null;
  city: ImpactSide;
  /** The city's yearly values on the basis (the years that count: per 100,000, those with a population). */
  citySeries: YearValue[];
  /** The medians of the peers' window means. */
  peers: ImpactSide;
  /** The peers used, closest first. */
  peerList: ImpactPeer<K>[];
  /** Each year of both windows and the adoption year: the median of the peers' values that year (for the chart). */
  peerMedians: { year: number; median: number | null; count: number }[];
  differenceOfDifferences: number | null;
  /** Whether the city moved the better way relative to its peers (by the indicator's direction); null when neutral, equal or unknown. */
  favourable: boolean | null;
}

const side = (before: number | null, after: number | null): ImpactSide => ({ before, after, change: before !== null && after !== null ? after - before : null });

/**
 * The rule above for one indicator: the city's series, and the candidate peers' series ordered
 * closest in population first (see `closestByPopulation`); raw values, with each one's yearly
 * population when the basis is PER_100K.
 */
export function assessImpact<K>(args: {
  windows: ImpactWindows | null;
  direction: IndicatorDirection;
  basis?: ImpactBasis;
  city: readonly YearValue[];
  cityPopulation?: readonly YearValue[];
  candidates: readonly { key: K; series: readonly YearValue[]; population?: readonly YearValue[] }[];
  minPeers?: number;
  maxPeers?: number;
}): ImpactAssessment<K> {
  const { windows, direction } = args;
  const basis = args.basis ?? 'RAW';
  const minPeers = args.minPeers ?? IMPACT_MIN_PEERS;
  const maxPeers = args.maxPeers ?? IMPACT_MAX_PEERS;
  if (!windows) {
    return {
      windows,
      basis,
      gap: 'NO_ADOPTION_DATE',
      city: side(null, null),
      citySeries: [],
      peers: side(null, null),
      peerList: [],
      peerMedians: [],
      differenceOfDifferences: null,
      favourable: null,
    };
  }
  const citySeries = onBasis(args.city, basis, args.cityPopulation);
  const city = side(windowMean(citySeries, windows.before), windowMean(citySeries, windows.after));
  const peerList: ImpactPeer<K>[] = [];
  for (const candidate of args.candidates) {
    if (peerList.length >= maxPeers) break;
    const series = onBasis(candidate.series, basis, candidate.population);
    const before = windowMean(series, windows.before);
    const after = windowMean(series, windows.after);
    if (before === null || after === null) continue;
    peerList.push({ key: candidate.key, before, after, series });
  }
  const peers = side(median(peerList.map((p) => p.before)), median(peerList.map((p) => p.after)));
  const peerMedians: ImpactAssessment<K>['peerMedians'] = [];
  for (let year = windows.before.from; year <= windows.after.to; year++) {
    const values = peerList.flatMap((p) => p.series.filter((v) => v.year === year).map((v) => v.value));
    peerMedians.push({ year, median: median(values), count: values.length });
  }
  // Values but no population in their years: the side is empty because of the population, say so.
  const gap: ImpactGap | null =
    windowMean(args.city, windows.before) === null
      ? 'NO_VALUES_BEFORE'
      : city.before === null
        ? 'NO_POPULATION_BEFORE'
        : windowMean(args.city, windows.after) === null
          ? 'NO_VALUES_AFTER'
          : city.after === null
            ? 'NO_POPULATION_AFTER'
            : peerList.length < minPeers
              ? 'TOO_FEW_PEERS'
              : null;
  const differenceOfDifferences = gap === null && city.change !== null && peers.change !== null ? city.change - peers.change : null;
  let favourable: boolean | null = null;
  if (differenceOfDifferences !== null && differenceOfDifferences !== 0 && direction !== 'neutral') {
    favourable = direction === 'higher_better' ? differenceOfDifferences > 0 : differenceOfDifferences < 0;
  }
  return { windows, basis, gap, city, citySeries, peers, peerList, peerMedians, differenceOfDifferences, favourable };
}
