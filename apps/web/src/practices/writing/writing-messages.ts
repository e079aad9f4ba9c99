import { useTranslation } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

/**
 * The writing pages' strings (`practiceEditor.*`, both languages) come with their lazy chunk, not
 * with the first download: the app's locale files hold only the account menu's two labels
 * (`practiceEditor.menu`). Each writing page calls this first; the strings are merged into the
 * app's i18next once, before anything on the page is translated.
 */
export function useWritingMessages(): void {
  const { i18n } = useTranslation();
  if (i18n.exists('practiceEditor.loading', { lng: 'id' })) return;
  i18n.addResourceBundle('id', 'translation', id, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

/** For the spec that compares the two languages. */
export const WRITING_MESSAGES = { id, en };
