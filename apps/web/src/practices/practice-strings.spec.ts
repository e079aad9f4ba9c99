import { featureMessages } from '../app/i18n';
import type { Messages } from '../app/locale-files';
import { expectParity } from '../test/locale-parity';
import { LAZY_STRINGS } from './practice-strings';

// src/app/locales.spec.ts checks the files loaded up front; these load with the library's pages.
describe('the practice library’s lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expectParity(LAZY_STRINGS);
  });

  it('live under the feature’s own key and add to, never replace, the strings loaded up front', () => {
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['practices']);
    expect(Object.keys(LAZY_STRINGS.en)).toEqual(['practices']);
    const upFront = featureMessages('id').practices as Messages;
    const lazy = LAZY_STRINGS.id.practices as Messages;
    expect(Object.keys(lazy).filter((key) => key in upFront)).toEqual([]);
  });
});
