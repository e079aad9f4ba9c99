import en from '../locales/en.json';
import id from '../locales/id.json';

export type Language = 'id' | 'en';
const CATALOGUES: Record<Language, unknown> = { id, en };

/** Bahasa Indonesia unless the request prefers English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

/** Looks up `a.b.c` in the catalogue and fills `{name}` placeholders. */
export function message(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[language]);
  if (typeof text !== 'string') throw new Error(`Missing message ${key} (${language})`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
