import { featureMessages } from '../app/i18n';
import type { Messages } from '../app/locale-files';
import { LAZY_STRINGS } from './practice-strings';

// src/app/locales.spec.ts checks the files loaded up front; these load with the library's pages.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Each key (plural suffixes folded) with its interpolation variables. */
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

describe('the practice library’s lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expect(entries(LAZY_STRINGS.en)).toEqual(entries(LAZY_STRINGS.id));
    const empty = (tree: Messages): boolean =>
      Object.values(tree).some((value) => (typeof value === 'string' ? value.trim() === '' : empty(value)));
    expect(empty(LAZY_STRINGS.id)).toBe(false);
    expect(empty(LAZY_STRINGS.en)).toBe(false);
  });

  it('live under the feature’s own key and add to, never replace, the strings loaded up front', () => {
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['practices']);
    expect(Object.keys(LAZY_STRINGS.en)).toEqual(['practices']);
    const upFront = featureMessages('id').practices as Messages;
    const lazy = LAZY_STRINGS.id.practices as Messages;
    expect(Object.keys(lazy).filter((key) => key in upFront)).toEqual([]);
  });
});
