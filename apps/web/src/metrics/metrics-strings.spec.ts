import { expectParity } from '../test/locale-parity';
import { LAZY_STRINGS } from './metrics-strings';

describe('the metrics pages’ strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty, under the feature’s own key', () => {
    expectParity(LAZY_STRINGS);
    expect(Object.keys(LAZY_STRINGS.id)).toEqual(['metrics']);
  });
});
