import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// The library's strings come with its pages (lazy chunks), not with every first visit: the app's
// locale files (locales/*.json, loaded up front) hold only what the shell needs.
export const LAZY_STRINGS = { id, en };

/** Makes the feature's strings available to this component and its children; call it first. */
export function usePracticeStrings() {
  return useLazyStrings(LAZY_STRINGS);
}
