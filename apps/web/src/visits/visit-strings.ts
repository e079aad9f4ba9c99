import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/pages/en.json';
import id from './locales/lazy/pages/id.json';

// The overview's, the wizard's and the visit page's strings come with those pages (lazy chunks);
// locales/*.json (loaded up front) keeps only what other features show.
export const VISIT_STRINGS = { id, en };

/** Makes the visit pages' strings available to this component; call it first. */
export function useVisitStrings() {
  return useLazyStrings(VISIT_STRINGS);
}
