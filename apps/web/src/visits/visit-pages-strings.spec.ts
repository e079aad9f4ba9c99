import { featureMessages } from '../app/i18n';
import type { Messages } from '../app/locale-files';
import { LAZY_STRINGS } from './visit-pages-strings';

// src/app/locales.spec.ts checks the files loaded up front; these load with the calendar, report,
// availability and city-section chunks.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function entries(tree: Messages, prefix = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key.replace(PLURAL_SUFFIX, '')}`;
    if (typeof value === 'string') {
      const found = Array.from(value.matchAll(/\{\{\s*(\w+)/g), (match) => match[1] as string);
      result[name] = [...new Set([...(result[name] ?? []), ...found])].sort();
    } else {
      Object.assign(result, entries(value, `${name}.`));
    }
  }
  return result;
}

describe('the visit pages’ lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expect(entries(LAZY_STRINGS.en)).toEqual(entries(LAZY_STRINGS.id));
    const empty = (tree: Messages): boolean => Object.values(tree).some((value) => (typeof value === 'string' ? value.trim() === '' : empty(value)));
    expect(empty(LAZY_STRINGS.id)).toBe(false);
    expect(empty(LAZY_STRINGS.en)).toBe(false);
  });

  it('live under a key no file loaded up front uses', () => {
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['visitPages']);
    expect(featureMessages('id').visitPages).toBeUndefined();
  });
});
