import { WRITING_MESSAGES } from './writing-messages';

// The app's locale spec (src/app/locales.spec.ts) checks the eagerly loaded files; these are loaded
// with the writing pages, so the same rules are checked here.
type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe("the writing pages' strings", () => {
  const id = Object.fromEntries(entries(WRITING_MESSAGES.id));
  const en = Object.fromEntries(entries(WRITING_MESSAGES.en));

  it('have the same keys in Bahasa Indonesia and English, all under practiceEditor', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    expect(Object.keys(WRITING_MESSAGES.id)).toEqual(['practiceEditor']);
  });

  it('use the same interpolation variables in both languages and are never empty', () => {
    for (const [key, text] of Object.entries(id)) {
      expect([key, placeholders(en[key] ?? '')]).toEqual([key, placeholders(text)]);
      expect([key, text.trim() !== '' && (en[key] ?? '').trim() !== '']).toEqual([key, true]);
    }
  });
});
