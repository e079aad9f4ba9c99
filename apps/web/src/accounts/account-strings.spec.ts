import { featureMessages } from '../app/i18n';
import type { Messages } from '../app/locale-files';
import { expectParity } from '../test/locale-parity';
import { LAZY_STRINGS } from './account-strings';

// src/app/locales.spec.ts checks the files loaded up front; these load with the account pages.
describe('the account pages’ lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expectParity(LAZY_STRINGS);
  });

  it('live under the feature’s own keys and add to, never replace, the strings loaded up front', () => {
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['account', 'profilePage']);
    expect(Object.keys(LAZY_STRINGS.en)).toEqual(['account', 'profilePage']);
    const upFront = featureMessages('id');
    // `account` is shared with the up-front file (the demo badge, which every page may show).
    const upFrontAccount = upFront.account as Messages;
    expect(Object.keys(upFrontAccount)).toEqual(['demoBadge']);
    expect(Object.keys(LAZY_STRINGS.id.account).filter((key) => key in upFrontAccount)).toEqual([]);
    expect(upFront.profilePage).toBeUndefined();
  });
});
