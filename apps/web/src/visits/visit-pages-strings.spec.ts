import { featureMessages } from '../app/i18n';
import { expectParity } from '../test/locale-parity';
import { LAZY_STRINGS } from './visit-pages-strings';

// src/app/locales.spec.ts checks the files loaded up front; these load with the calendar, report,
// availability and city-section chunks.
describe('the visit pages’ lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expectParity(LAZY_STRINGS);
  });

  it('live under a key no file loaded up front uses', () => {
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['visitPages']);
    expect(featureMessages('id').visitPages).toBeUndefined();
  });
});
