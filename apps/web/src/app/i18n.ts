import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadLocaleFiles, localeFiles, type Messages } from './locale-files';

export const LANGUAGE_STORAGE_KEY = 'citybridge.lang';
export const SUPPORTED_LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Intl locale for a UI language. */
export function localeFor(language: Language): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

/** The language chosen earlier on this device, else Bahasa Indonesia. */
export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (privacy mode, disabled cookies): fall back silently.
    return DEFAULT_LANGUAGE;
  }
}

function rememberLanguage(language: string): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * One language's strings from every feature's `locales/<language>.json`. Each feature owns its
 * top-level keys (e.g. cities: `directory`, `profile`); two features claiming one is an error.
 */
export function featureMessages(language: Language, files: Record<string, Messages> = localeFiles): Messages {
  const messages: Messages = {};
  const owners: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    const match = /\/([^/]+)\/locales\/([^/]+)\.json$/.exec(file);
    if (!match) throw new Error(`Unexpected locale file ${file}`);
    if (match[2] !== language) continue;
    for (const [key, value] of Object.entries(content)) {
      if (key in owners) throw new Error(`Locale key "${key}" is in both ${owners[key]} and ${match[1]}`);
      owners[key] = match[1];
      messages[key] = value;
    }
  }
  return messages;
}

/**
 * The languages whose locale files an instance has. Not `hasResourceBundle`: a feature that adds
 * its own strings for both languages (practices/practice-strings.ts) creates a partial bundle.
 */
// Keyed by the resource store, which react-i18next's `i18n` (from useTranslation) shares with the
// instance createI18n made even where it is not the same object.
const loadedLanguages = new WeakMap<object, Set<Language>>();

/** Whether the first chunk has the language's strings (Bahasa Indonesia always; under Jest, all). */
function bundled(language: Language): boolean {
  return Object.keys(localeFiles).some((file) => file.endsWith(`/${language}.json`));
}

/**
 * A fresh, synchronously initialised i18next instance (one per app, one per test), in `language`
 * when its strings are bundled, else in Bahasa Indonesia until `switchLanguage` has loaded them.
 */
export function createI18n(language: Language = readStoredLanguage()): I18n {
  const instance = createInstance();
  const resources = Object.fromEntries(
    SUPPORTED_LANGUAGES.filter(bundled).map((lang) => [lang, { translation: featureMessages(lang) }]),
  );
  const initial = bundled(language) ? language : DEFAULT_LANGUAGE;
  instance.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = initial;
  instance.on('languageChanged', rememberLanguage);
  loadedLanguages.set(instance.store, new Set(SUPPORTED_LANGUAGES.filter(bundled)));
  return instance;
}

/** Switches to `language`, first loading its strings if this instance does not have them yet. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  const loaded = loadedLanguages.get(instance.store) ?? new Set<Language>();
  if (!loaded.has(language)) {
    const messages = featureMessages(language, await loadLocaleFiles(language));
    // deep, no overwrite: merged with what a feature added already (see loadedLanguages).
    instance.addResourceBundle(language, 'translation', messages, true, false);
    loaded.add(language);
    loadedLanguages.set(instance.store, loaded);
  }
  await instance.changeLanguage(language);
}

export function currentLanguage(instance: I18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
