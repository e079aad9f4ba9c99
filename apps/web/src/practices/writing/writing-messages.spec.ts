import { expectParity } from '../../test/locale-parity';
import { WRITING_MESSAGES } from './writing-messages';

// The app's locale spec (src/app/locales.spec.ts) checks the eagerly loaded files; these are loaded
// with the writing pages, so the same rules are checked here.
describe("the writing pages' strings", () => {
  it('have the same keys and interpolation variables in Bahasa Indonesia and English, none empty, all under practiceEditor', () => {
    expectParity(WRITING_MESSAGES);
    expect(Object.keys(WRITING_MESSAGES.id)).toEqual(['practiceEditor']);
  });
});
