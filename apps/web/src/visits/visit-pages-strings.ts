import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// The calendar, report, availability and city-section strings come with those lazy chunks, not
// with every first visit; all under one key of their own (`visitPages`).
export const LAZY_STRINGS = { id, en };

/** Makes these pages' strings available to this component and its children; call it first. */
export function useVisitPagesStrings() {
  return useLazyStrings(LAZY_STRINGS);
}
