import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// Loaded with the bell and the page (their own chunks), not with every first visit.
export const LAZY_STRINGS = { id, en };

/** Makes the notifications' strings available to this component; call it first. */
export function useNotificationStrings() {
  return useLazyStrings(LAZY_STRINGS);
}
