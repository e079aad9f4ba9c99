import { expectParity } from '../test/locale-parity';
import { ATTACHMENT_STRINGS } from './attachment-strings';

describe('the attachments’ lazy strings', () => {
  it('come in Bahasa Indonesia and English with the same keys and variables, none empty', () => {
    expectParity(ATTACHMENT_STRINGS);
  });
});
