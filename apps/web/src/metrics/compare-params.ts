import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The whole compare view lives in the URL (Indonesian keys), so a shared link, reload and
 * back/forward show the same view:
 * /metrik?kota=kota-medan&kota=kota-solok&indikator=population&dari=2015&sampai=2024&normalisasi=per-kapita&grafik=garis
 */
export const NORMALISATIONS = { mentah: 'RAW', 'per-kapita': 'PER_CAPITA', 'per-km2': 'PER_KM2', 'per-100rb': 'PER_100K' } as const;
export type NormalisationParam = keyof typeof NORMALISATIONS;
export type Normalisation = (typeof NORMALISATIONS)[NormalisationParam];
export const NORMALISATION_PARAMS = Object.keys(NORMALISATIONS) as NormalisationParam[];

export const CHARTS = { garis: 'line', batang: 'bar', sebaran: 'scatter' } as const;
export type ChartParam = keyof typeof CHARTS;
export type ChartKind = (typeof CHARTS)[ChartParam];
export const CHART_PARAMS = Object.keys(CHARTS) as ChartParam[];

/** Bounds of the year range the page offers (and accepts from a link). */
export const FIRST_YEAR = 2000;
export const MAX_CITIES = 20;
export const MAX_INDICATORS = 10;

export interface CompareState {
  cities: string[];
  indicators: string[];
  from: number;
  to: number;
  normalisation: NormalisationParam;
  chart: ChartParam;
}

const P = { cities: 'kota', indicators: 'indikator', from: 'dari', to: 'sampai', normalisation: 'normalisasi', chart: 'grafik' } as const;

function year(value: string | null, fallback: number, lastYear: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= lastYear ? n : fallback;
}

function unique(values: string[], max: number): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))].slice(0, max);
}

/** Reads the view from a query string; anything missing or invalid falls back to a default. */
export function readCompareParams(params: URLSearchParams, lastYear = new Date().getFullYear()): CompareState {
  let from = year(params.get(P.from), lastYear - 9, lastYear);
  let to = year(params.get(P.to), lastYear, lastYear);
  if (from > to) [from, to] = [to, from];
  const normalisation = params.get(P.normalisation) as NormalisationParam;
  const chart = params.get(P.chart) as ChartParam;
  return {
    cities: unique(params.getAll(P.cities), MAX_CITIES),
    indicators: unique(params.getAll(P.indicators), MAX_INDICATORS),
    from,
    to,
    normalisation: NORMALISATION_PARAMS.includes(normalisation) ? normalisation : 'mentah',
    chart: CHART_PARAMS.includes(chart) ? chart : 'garis',
  };
}

/** The query string of a view (repeated keys for lists, in the order chosen). */
export function writeCompareParams(state: CompareState): URLSearchParams {
  const params = new URLSearchParams();
  for (const city of state.cities) params.append(P.cities, city);
  for (const indicator of state.indicators) params.append(P.indicators, indicator);
  params.set(P.from, String(state.from));
  params.set(P.to, String(state.to));
  params.set(P.normalisation, state.normalisation);
  params.set(P.chart, state.chart);
  return params;
}

/** The view and a setter; each change is a new history entry (back undoes it). */
export function useCompareParams() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the params' content
  const state = useMemo(() => readCompareParams(params), [key]);
  const update = useCallback(
    (change: Partial<CompareState>) => setParams(writeCompareParams({ ...state, ...change })),
    [setParams, state],
  );
  return { state, update };
}
