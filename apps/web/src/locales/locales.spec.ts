import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Dotted keys with i18next plural suffixes folded, e.g. "directory.total". */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(PLURAL_SUFFIX, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

const PLACEHOLDER = /\{\{\s*(\w+)/g;

/** Interpolation variables per key, e.g. { "directory.empty": ["query"] }. */
function placeholders(tree: Tree, prefix = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      const name = `${prefix}${key.replace(PLURAL_SUFFIX, '')}`;
      const found = Array.from(value.matchAll(PLACEHOLDER), (match) => match[1]);
      result[name] = [...new Set([...(result[name] ?? []), ...found])].sort();
    } else {
      Object.assign(result, placeholders(value, `${prefix}${key}.`));
    }
  }
  return result;
}

describe('translations', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(id))].sort());
  });

  it('use the same interpolation variables in both languages', () => {
    expect(placeholders(en)).toEqual(placeholders(id));
  });

  it('have no empty strings', () => {
    const empty = (tree: Tree): boolean =>
      Object.values(tree).some((value) => (typeof value === 'string' ? value.trim() === '' : empty(value)));
    expect(empty(id)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});
