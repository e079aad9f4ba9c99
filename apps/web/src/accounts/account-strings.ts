import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// The strings of the account pages (sign in, sign up, passwords, e-mail confirmation, profile) come
// with those lazy chunks, not with every first visit (npm run budget). Under the feature's own keys;
// locales/*.json keeps the account menu's and the demo badge's, which every page shows.
export const LAZY_STRINGS = { id, en };

/** Makes the account pages' strings available to this component and its children; call it first. */
export function useAccountStrings() {
  return useLazyStrings(LAZY_STRINGS);
}
