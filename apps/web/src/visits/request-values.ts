import { tryParseIndonesianNumber, VISIT_LIMITS } from '@citybridge/domain';
import type { RequestVisitInput } from '../gql/features/graphql';
import { localToUtc } from './visit-time';

// The request wizard's values, its checks before asking the API, and the input it sends.
export const MAX_WINDOWS = VISIT_LIMITS.maxWindows;
export const MAX_DELEGATES = VISIT_LIMITS.maxDelegates;
export const PURPOSE_MAX = VISIT_LIMITS.purposeMax;

export interface WindowValue {
  /** Local "2018-10-05T09:00" in the host's zone, as a datetime-local input holds it. */
  start: string;
  end: string;
}

export interface DelegateValue {
  /** Stable React key of the row (rows are added and removed). */
  key: string;
  name: string;
  title: string;
  agency: string;
  email: string;
  isLeader: boolean;
}

export interface HostValue {
  slug: string;
  name: string;
}

export interface RequestValues {
  visitingSlug: string;
  host: HostValue | null;
  practiceIds: string[];
  purpose: string;
  topics: string;
  isPrivate: boolean;
  windows: WindowValue[];
  delegation: DelegateValue[];
  travelBudget: string;
}

let rowCounter = 0;
export function newDelegate(isLeader = false): DelegateValue {
  rowCounter += 1;
  return { key: `row-${rowCounter}`, name: '', title: '', agency: '', email: '', isLeader };
}

export function initialValues(visitingSlug: string, hostSlug: string | null, practiceId: string | null): RequestValues {
  return {
    visitingSlug,
    host: hostSlug ? { slug: hostSlug, name: '' } : null,
    practiceIds: practiceId ? [practiceId] : [],
    purpose: '',
    topics: '',
    isPrivate: false,
    windows: [{ start: '', end: '' }],
    delegation: [newDelegate(true)],
    travelBudget: '',
  };
}

/** The wizard's steps; a field name (as the API names it) belongs to one of them. */
export const STEPS = ['host', 'dates', 'roster', 'review'] as const;
export type Step = (typeof STEPS)[number];

export function stepOfField(field: string): number {
  if (field.startsWith('windows')) return 1;
  if (field.startsWith('delegation') || field === 'travelBudget') return 2;
  return 0;
}

/** Every field the form shows, so each API userError lands next to its field. */
export function formFields(values: RequestValues): string[] {
  return [
    'visitingCityId',
    'hostCityId',
    'purpose',
    'topics',
    'practiceIds',
    'windows',
    ...values.windows.flatMap((_, i) => [`windows.${i}`, `windows.${i}.start`, `windows.${i}.end`]),
    'delegation',
    ...values.delegation.flatMap((_, i) => ['name', 'title', 'agency', 'email', 'isLeader'].map((f) => `delegation.${i}.${f}`)),
    'travelBudget',
  ];
}

export type Messages = Record<'required' | 'endBeforeStart' | 'inPast' | 'invalidDate' | 'invalidEmail' | 'invalidNumber' | 'tooLong', string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems of one step found before asking the API, by field. */
export function stepErrors(step: number, values: RequestValues, hostZone: string | null, messages: Messages, now = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  if (step === 0) {
    if (!values.host) errors.hostCityId = messages.required;
    if (!values.purpose.trim()) errors.purpose = messages.required;
    else if (values.purpose.trim().length > PURPOSE_MAX) errors.purpose = messages.tooLong;
  }
  if (step === 1) {
    values.windows.forEach((window, i) => {
      if (!window.start) errors[`windows.${i}.start`] = messages.required;
      if (!window.end) errors[`windows.${i}.end`] = messages.required;
      if (!window.start || !window.end || !hostZone) return;
      const start = localToUtc(window.start, hostZone);
      const end = localToUtc(window.end, hostZone);
      if (!start) errors[`windows.${i}.start`] = messages.invalidDate;
      if (!end) errors[`windows.${i}.end`] = messages.invalidDate;
      if (!start || !end) return;
      if (end <= start) errors[`windows.${i}.end`] = messages.endBeforeStart;
      else if (start < now) errors[`windows.${i}.start`] = messages.inPast;
    });
  }
  if (step === 2) {
    values.delegation.forEach((row, i) => {
      for (const field of ['name', 'title', 'agency'] as const) if (!row[field].trim()) errors[`delegation.${i}.${field}`] = messages.required;
      if (row.email.trim() && !EMAIL.test(row.email.trim())) errors[`delegation.${i}.email`] = messages.invalidEmail;
    });
    if (values.travelBudget.trim() && tryParseIndonesianNumber(values.travelBudget) === null) errors.travelBudget = messages.invalidNumber;
  }
  return errors;
}

/** "a, b\nc" → ["a", "b", "c"]. */
export function splitTopics(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((topic) => topic.trim())
    .filter(Boolean);
}

export function requestInput(values: RequestValues, visitingCityId: string, hostCityId: string): RequestVisitInput {
  const budget = values.travelBudget.trim() ? tryParseIndonesianNumber(values.travelBudget) : null;
  return {
    visitingCityId,
    hostCityId,
    purpose: values.purpose.trim(),
    topics: splitTopics(values.topics),
    practiceIds: values.practiceIds,
    windows: values.windows.map(({ start, end }) => ({ start, end })),
    delegation: values.delegation.map((row) => ({
      name: row.name.trim(),
      title: row.title.trim(),
      agency: row.agency.trim(),
      email: row.email.trim() || null,
      isLeader: row.isLeader,
    })),
    travelBudget: budget,
    isPrivate: values.isPrivate,
  };
}
