import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/lazy/en.json';
import id from './locales/lazy/id.json';

// The library's strings come with its pages (lazy chunks), not with every first visit: the app's
// locale files (locales/*.json, loaded up front) hold only what the shell needs. A page or section
// of this feature calls usePracticeStrings() first; adding them is synchronous, so the same render
// can use them.
export const LAZY_STRINGS = { id, en };

const added = new WeakSet<I18n>();

export function addPracticeStrings(i18n: I18n): void {
  if (added.has(i18n)) return;
  for (const [language, messages] of Object.entries(LAZY_STRINGS)) {
    // deep: merge into the `practices` key the shell's file already has; never overwrite it.
    i18n.addResourceBundle(language, 'translation', messages, true, false);
  }
  added.add(i18n);
}

/** Makes the feature's strings available to this component and its children. */
export function usePracticeStrings() {
  const translation = useTranslation();
  addPracticeStrings(translation.i18n);
  return translation;
}
