import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// The strings of the membership pages (invitation, members and invitations, verification, my
// cities, official e-mail) come with those lazy chunks, not with every first visit (npm run budget).
// Under the feature's own keys; locales/*.json keeps what other features' pages show (badges, city
// picker, representation form).
export const LAZY_STRINGS = { id, en };

/** Makes the membership pages' strings available to this component and its children; call it first. */
export function useMembershipStrings() {
  return useLazyStrings(LAZY_STRINGS);
}
