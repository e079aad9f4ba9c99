import { formatIndonesianNumber } from '@citybridge/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../app/i18n';
import type { Normalisation } from './compare-params';

/** Numbers follow the UI language: "1.234,5" in Indonesian, "1,234.5" in English. */
export function formatMetric(value: number, language: Language, maximumFractionDigits = 2): string {
  if (language === 'id') return formatIndonesianNumber(value, { maximumFractionDigits });
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits }).format(value);
}

/** The unit shown beside a value: the indicator's own, or "per 100.000 penduduk" etc. when normalised. */
export function unitLabel(unit: string, normalisation: Normalisation, t: TFunction): string {
  // A count has no unit word ("12 pengaduan" reads as the indicator's name says).
  const base = unit === 'count' ? '' : t(`metrics.units.${unit}`, { defaultValue: unit });
  if (normalisation === 'RAW') return base;
  return t(`metrics.normalisedUnit.${normalisation}`, { unit: base }).trim();
}

/** "1.234,5 jiwa", or the number alone when there is no unit word. */
export function valueWithUnit(t: TFunction, value: string, unit: string): string {
  return unit ? t('metrics.valueWithUnit', { value, unit }) : value;
}
