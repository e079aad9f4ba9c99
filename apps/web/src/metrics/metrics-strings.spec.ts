import type { Messages } from '../app/locale-files';
import { LAZY_STRINGS } from './metrics-strings';

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

describe('the metrics pages’ strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty, under the feature’s own key', () => {
    expect(entries(LAZY_STRINGS.en)).toEqual(entries(LAZY_STRINGS.id));
    const empty = (tree: Messages): boolean => Object.values(tree).some((value) => (typeof value === 'string' ? value.trim() === '' : empty(value)));
    expect(empty(LAZY_STRINGS.id)).toBe(false);
    expect(empty(LAZY_STRINGS.en)).toBe(false);
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['metrics']);
  });
});
