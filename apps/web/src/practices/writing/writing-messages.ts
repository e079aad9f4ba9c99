import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

const added = new WeakSet<I18n>();

/**
 * The writing pages' strings (`practiceEditor.*`, both languages) come with their lazy chunk, not
 * with the first download (like the library's, practice-strings.ts): the app's locale files hold
 * only the account menu's two labels (`practiceEditor.menu`). Each writing page calls this first;
 * the strings are merged (deep, never overwriting) into the app's i18next once, synchronously, so
 * the same render can use them.
 */
export function useWritingMessages(): void {
  const { i18n } = useTranslation();
  if (added.has(i18n)) return;
  i18n.addResourceBundle('id', 'translation', id, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
  added.add(i18n);
}

/** For the spec that compares the two languages. */
export const WRITING_MESSAGES = { id, en };
