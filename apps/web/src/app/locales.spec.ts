import { keysAndVariables } from '../test/locale-parity';
import { featureMessages } from './i18n';
import { localeFiles, type Messages as Tree } from './locale-files';

/** Each feature's folder name with its `id.json` and `en.json`. */
function features(): [string, { id?: Tree; en?: Tree }][] {
  const byFeature: Record<string, { id?: Tree; en?: Tree }> = {};
  for (const [file, content] of Object.entries(localeFiles)) {
    const [, feature, language] = /\/([^/]+)\/locales\/([^/]+)\.json$/.exec(file) ?? [];
    if (language !== 'id' && language !== 'en') throw new Error(`Unexpected locale file ${file}`);
    byFeature[feature] = { ...byFeature[feature], [language]: content };
  }
  return Object.entries(byFeature);
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Dotted keys with i18next plural suffixes folded, e.g. "directory.total". */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(PLURAL_SUFFIX, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('are found in every feature folder that has them', () => {
    expect(features().map(([feature]) => feature)).toEqual(
      expect.arrayContaining(['app', 'cities', 'accounts', 'memberships', 'dev-mailbox']),
    );
  });

  it.each(features())('of %s come in Bahasa Indonesia and English with the same keys', (_feature, { id, en }) => {
    expect(id).toBeDefined();
    expect(en).toBeDefined();
    expect([...new Set(keys(en ?? {}))].sort()).toEqual([...new Set(keys(id ?? {}))].sort());
  });

  it.each(features())('of %s use the same interpolation variables in both languages', (_feature, { id, en }) => {
    expect(keysAndVariables(en ?? {})).toEqual(keysAndVariables(id ?? {}));
  });

  it.each(features())('of %s have no empty strings', (_feature, { id, en }) => {
    const empty = (tree: Tree): boolean =>
      Object.values(tree).some((value) => (typeof value === 'string' ? value.trim() === '' : empty(value)));
    expect(empty(id ?? {})).toBe(false);
    expect(empty(en ?? {})).toBe(false);
  });

  it('give each top-level key to one feature only', () => {
    expect(() => featureMessages('id')).not.toThrow();
    expect(() => featureMessages('en')).not.toThrow();
    expect(Object.keys(featureMessages('id'))).toEqual(expect.arrayContaining(['app', 'directory', 'roles', 'userMenu']));
  });
});
