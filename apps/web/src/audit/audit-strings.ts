import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// The audit log's strings come with its lazy chunk, not with every first visit (npm run budget).
export const LAZY_STRINGS = { id, en };

/** Makes the audit log's strings available to this component and its children; call it first. */
export function useAuditStrings() {
  return useLazyStrings(LAZY_STRINGS);
}
