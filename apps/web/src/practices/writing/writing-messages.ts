import { useLazyStrings } from '../../app/lazy-strings';
import en from './locales/en.json';
import id from './locales/id.json';

/** For the spec that compares the two languages. */
export const WRITING_MESSAGES = { id, en };

/**
 * The writing pages' strings (`practiceEditor.*`, both languages) come with their lazy chunk, not
 * with the first download (like the library's, practice-strings.ts): the app's locale files hold
 * only the account menu's two labels (`practiceEditor.menu`). Each writing page calls this first.
 */
export function useWritingMessages() {
  return useLazyStrings(WRITING_MESSAGES);
}
