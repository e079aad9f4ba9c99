import { useLazyStrings } from '../app/lazy-strings';
import en from './locales/lazy/attachments/en.json';
import id from './locales/lazy/attachments/id.json';

// The attachments' strings (`practices.attachments`) come only with the components that show them
// (the practice page, the editor), not with the practice cards the home page loads up front: the
// first visit's JavaScript is at its budget (npm run budget).
export const ATTACHMENT_STRINGS = { id, en };

/** Like usePracticeStrings(), for the attachments' list and field. */
export function useAttachmentStrings() {
  return useLazyStrings(ATTACHMENT_STRINGS);
}
