import en from './locales/en.json';
import id from './locales/id.json';

export type Language = 'id' | 'en';
/** Every language the app offers, Bahasa Indonesia first. */
export const LANGUAGES: readonly Language[] = ['id', 'en'];
export type Catalogue = { [key: string]: string | Catalogue };
/** A domain's message files, Bahasa Indonesia first. */
export type MessageFiles = Record<Language, Catalogue>;

/** The messages every domain shares (generic input errors, denials); domains add their own. */
const COMMON: MessageFiles = { id, en };
let catalogues: MessageFiles = COMMON;

function merge(into: Catalogue, from: Catalogue, source: string, prefix = ''): void {
  for (const [key, value] of Object.entries(from)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = into[key];
    if (typeof value === 'string' || typeof existing === 'string') {
      if (existing !== undefined) throw new Error(`Message ${path} of ${source} is defined twice`);
      into[key] = value;
    } else {
      into[key] = existing ?? {};
      merge(into[key] as Catalogue, value, source, path);
    }
  }
}

/** The common messages plus every domain's, failing on a key two of them define. */
export function mergeCatalogues(domains: { source: string; files: MessageFiles }[]): MessageFiles {
  const result: MessageFiles = { id: {}, en: {} };
  for (const { source, files } of [{ source: 'common', files: COMMON }, ...domains]) {
    merge(result.id, files.id, source);
    merge(result.en, files.en, source);
  }
  return result;
}

/** Installs the application's catalogue (app.module.ts, from the registered domains). */
export function useMessages(merged: MessageFiles): void {
  catalogues = merged;
}

/** Bahasa Indonesia unless the request prefers English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

/** Looks up `a.b.c` in the catalogue and fills `{name}` placeholders. */
export function message(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogues[language]);
  if (typeof text !== 'string') throw new Error(`Missing message ${key} (${language})`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A moment for prose in `language`, in the reader's civil time: e.g. "8 Desember 2026 pukul 14.30 WIB"
 * or "8 December 2026 at 14:30 WIB" (never an ISO date inside a sentence).
 */
export function formatMoment(language: Language, at: Date, zone: { iana: string; label: string }): string {
  const text = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: zone.iana }).format(at);
  return `${text} ${zone.label}`;
}
