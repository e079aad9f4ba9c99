import { featureMessages } from '../app/i18n';
import { expectParity } from '../test/locale-parity';
import { LAZY_STRINGS } from './membership-strings';

// src/app/locales.spec.ts checks the files loaded up front; these load with the membership pages.
describe('the membership pages’ lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expectParity(LAZY_STRINGS);
  });

  it('live under the feature’s own keys, which no file loaded up front uses', () => {
    const keys = ['invitation', 'members', 'invitations', 'verification', 'officialEmail', 'myCities'];
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(keys);
    expect(Object.keys(LAZY_STRINGS.en)).toEqual(keys);
    const upFront = featureMessages('id');
    expect(keys.filter((key) => key in upFront)).toEqual([]);
  });
});
