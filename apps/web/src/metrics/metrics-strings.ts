import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// The metrics pages' strings come with their lazy chunks, not with every first visit.
export const LAZY_STRINGS = { id, en };

/** Makes the feature's strings available to this component and its children; call it first. */
export function useMetricsStrings() {
  return useLazyStrings(LAZY_STRINGS);
}
