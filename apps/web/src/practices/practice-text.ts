import type { TFunction } from 'i18next';

/** Content language code as the API spells it (PracticeLanguage) → the page's `lang`. */
export const contentLang = (language: string) => language.toLowerCase();

/**
 * The language version to show: the one asked for, else the reader's UI language, else the first
 * (the API lists Bahasa Indonesia first).
 */
export function pickText<T extends { language: string }>(texts: readonly T[], preferred: string[]): T | undefined {
  for (const language of preferred) {
    const found = texts.find((text) => contentLang(text.language) === language);
    if (found) return found;
  }
  return texts[0];
}

/** A vocabulary code's label from the locale files; an unknown code is shown as it is. */
export function topicLabel(t: TFunction, code: string): string {
  return t(`practices.topics.${code}`, { defaultValue: code });
}

export function dimensionLabel(t: TFunction, code: string): string {
  return t(`practices.dimensions.${code}`, { defaultValue: code });
}

export function sdgLabel(t: TFunction, sdg: number | string): string {
  const name = t(`practices.sdgs.${sdg}`, { defaultValue: '' });
  return name ? t('practices.sdg', { number: sdg, name }) : `SDG ${sdg}`;
}
