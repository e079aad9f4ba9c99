import type { Messages } from '../app/locale-files';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Each key (plural suffixes folded) with its interpolation variables. */
export function keysAndVariables(tree: Messages, prefix = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key.replace(PLURAL_SUFFIX, '')}`;
    if (typeof value === 'string') {
      const found = Array.from(value.matchAll(/\{\{\s*(\w+)/g), (match) => match[1] as string);
      result[name] = [...new Set([...(result[name] ?? []), ...found])].sort();
    } else {
      Object.assign(result, keysAndVariables(value, `${name}.`));
    }
  }
  return result;
}

const hasEmpty = (tree: Messages): boolean => Object.values(tree).some((value) => (typeof value === 'string' ? value.trim() === '' : hasEmpty(value)));

/** A lazily loaded string bundle: the same keys and variables in Bahasa Indonesia and English, at least one string, none empty. */
export function expectParity(strings: { id: Messages; en: Messages }): void {
  const id = keysAndVariables(strings.id);
  expect(keysAndVariables(strings.en)).toEqual(id);
  expect(Object.keys(id).length).toBeGreaterThan(0);
  expect(hasEmpty(strings.id)).toBe(false);
  expect(hasEmpty(strings.en)).toBe(false);
}
