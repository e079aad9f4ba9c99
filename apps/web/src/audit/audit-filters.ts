import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditLogFilter } from '../gql/features/graphql';
import { slugify } from '@citybridge/domain';

/** URL query keys, Indonesian like the paths: /admin/audit?kota=Kota+Solok&email=…&dari=2026-01-01&sampai=2026-01-31 */
export const AUDIT_PARAMS = { city: 'kota', email: 'email', from: 'dari', to: 'sampai' } as const;

export interface AuditFilterValues {
  city: string;
  email: string;
  /** YYYY-MM-DD, as <input type="date"> gives it; '' when not set. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = { city: '', email: '', from: '', to: '' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateInput(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getMonth() === Number(match[2]) - 1 && date.getDate() === Number(match[3]);
}

/** Local midnight at the start (or the last millisecond) of a YYYY-MM-DD day, as an ISO instant. */
export function dayBoundary(value: string, end: boolean): string | null {
  const match = DATE.exec(value);
  if (!match || !isDateInput(value)) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = end ? new Date(year, month, day, 23, 59, 59, 999) : new Date(year, month, day, 0, 0, 0, 0);
  return date.toISOString();
}

/** The GraphQL filter: dates are whole days in the viewer's time zone, both ends included. */
export function toAuditLogFilter(values: AuditFilterValues): AuditLogFilter {
  const filter: AuditLogFilter = {};
  // People type the city's name ("Kota Solok"); its page address ("kota-solok") works too.
  const citySlug = slugify(values.city);
  if (citySlug) filter.citySlug = citySlug;
  if (values.email.trim()) filter.userEmail = values.email.trim();
  const from = dayBoundary(values.from, false);
  if (from) filter.from = from;
  const to = dayBoundary(values.to, true);
  if (to) filter.to = to;
  return filter;
}

/** The filters, kept in the URL so a view of the log can be shared and reloaded. */
export function useAuditFilters(): [AuditFilterValues, (values: AuditFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const values: AuditFilterValues = {
    city: params.get(AUDIT_PARAMS.city)?.trim() ?? '',
    email: params.get(AUDIT_PARAMS.email)?.trim() ?? '',
    from: params.get(AUDIT_PARAMS.from) ?? '',
    to: params.get(AUDIT_PARAMS.to) ?? '',
  };
  const setValues = useCallback(
    (next: AuditFilterValues) => {
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          for (const key of Object.keys(AUDIT_PARAMS) as (keyof AuditFilterValues)[]) {
            const value = next[key].trim();
            if (value) updated.set(AUDIT_PARAMS[key], value);
            else updated.delete(AUDIT_PARAMS[key]);
          }
          return updated;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return [values, setValues];
}
