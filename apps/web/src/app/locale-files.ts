// Every feature's strings, `<feature>/locales/<language>.json`, found at build time: a new feature
// needs no edit here. (Jest maps this module to src/test/locale-files.cjs, which reads the same files.)
import type { Language } from './i18n';

export type Messages = { [key: string]: string | Messages };

/**
 * The strings in the first chunk, keyed by path from the app's root, e.g.
 * `/src/cities/locales/id.json`: Bahasa Indonesia only, the default and the fallback. English
 * loads on demand (`loadLocaleFiles`), so a first visit does not download both languages.
 * (Under Jest: every language.)
 */
export const localeFiles: Record<string, Messages> = import.meta.glob('/src/*/locales/id.json', {
  eager: true,
  import: 'default',
});

/** A language's files; the first call for English fetches their chunk (one request). */
export async function loadLocaleFiles(language: Language): Promise<Record<string, Messages>> {
  if (language === 'id') return localeFiles;
  return (await import('./locale-files-en')).localeFilesEn;
}
