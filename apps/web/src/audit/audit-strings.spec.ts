import { featureMessages } from '../app/i18n';
import { expectParity } from '../test/locale-parity';
import { LAZY_STRINGS } from './audit-strings';

// src/app/locales.spec.ts checks the files loaded up front; these load with the audit log.
describe('the audit log’s lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expectParity(LAZY_STRINGS);
  });

  it('live under the feature’s own key, which no file loaded up front uses', () => {
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['audit']);
    expect(Object.keys(LAZY_STRINGS.en)).toEqual(['audit']);
    expect(featureMessages('id').audit).toBeUndefined();
  });
});
