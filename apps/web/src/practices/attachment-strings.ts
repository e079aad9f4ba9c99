import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/lazy/attachments/en.json';
import id from './locales/lazy/attachments/id.json';

// The attachments' strings (`practices.attachments`) come only with the components that show them
// (the practice page, the editor), not with the practice cards the home page loads up front: the
// first visit's JavaScript is at its budget (npm run budget).
export const ATTACHMENT_STRINGS = { id, en };

const added = new WeakSet<I18n>();

/** Like usePracticeStrings(), for the attachments' list and field. */
export function useAttachmentStrings() {
  const translation = useTranslation();
  if (!added.has(translation.i18n)) {
    for (const [language, messages] of Object.entries(ATTACHMENT_STRINGS)) translation.i18n.addResourceBundle(language, 'translation', messages, true, false);
    added.add(translation.i18n);
  }
  return translation;
}
