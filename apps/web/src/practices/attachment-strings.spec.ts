import { ATTACHMENT_STRINGS } from './attachment-strings';

/** Each key with its interpolation variables. */
function entries(tree: object, prefix = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') result[`${prefix}${key}`] = Array.from(value.matchAll(/\{\{\s*(\w+)/g), (m) => m[1] as string).sort();
    else Object.assign(result, entries(value, `${prefix}${key}.`));
  }
  return result;
}

describe('the attachments’ lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expect(entries(ATTACHMENT_STRINGS.en)).toEqual(entries(ATTACHMENT_STRINGS.id));
    for (const strings of Object.values(ATTACHMENT_STRINGS)) {
      expect(Object.keys(entries(strings)).length).toBeGreaterThan(0);
      expect(JSON.stringify(strings)).not.toMatch(/:\s*""/);
    }
  });
});
