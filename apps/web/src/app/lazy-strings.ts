import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

export type StringBundles = Record<'id' | 'en', object>;

// The bundles each i18next instance has merged already.
const added = new WeakMap<I18n, WeakSet<StringBundles>>();

/**
 * useTranslation() after adding a feature's strings, for strings that come with a feature's lazy
 * pages instead of the first download (every `locales/*.json` is in it; `npm run budget` is tight).
 * Merged deep and never overwriting, once per i18next instance and synchronously, so the render
 * that calls it can use them. Call it first in each component that needs the strings.
 */
export function useLazyStrings(bundles: StringBundles) {
  const translation = useTranslation();
  const merged = added.get(translation.i18n) ?? new WeakSet<StringBundles>();
  if (!merged.has(bundles)) {
    for (const [language, messages] of Object.entries(bundles)) translation.i18n.addResourceBundle(language, 'translation', messages, true, false);
    merged.add(bundles);
    added.set(translation.i18n, merged);
  }
  return translation;
}
