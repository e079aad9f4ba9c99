import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordLengthProblem } from './password';

describe('password length', () => {
  it('asks for at least 12 characters, counted as the user sees them', () => {
    expect(passwordLengthProblem('a'.repeat(MIN_PASSWORD_LENGTH - 1))).toEqual({ code: 'PASSWORD_TOO_SHORT', min: 12 });
    expect(passwordLengthProblem('a'.repeat(MIN_PASSWORD_LENGTH))).toBeNull();
    expect(passwordLengthProblem('🌋'.repeat(MIN_PASSWORD_LENGTH))).toBeNull();
  });

  it('refuses more than 256 bytes, counted in UTF-8', () => {
    expect(passwordLengthProblem('a'.repeat(MAX_PASSWORD_BYTES))).toBeNull();
    expect(passwordLengthProblem('a'.repeat(MAX_PASSWORD_BYTES + 1))).toEqual({ code: 'PASSWORD_TOO_LONG', max: 256 });
    // 4 bytes each: 65 of them are 260 bytes though only 65 characters.
    expect(passwordLengthProblem('🌋'.repeat(65))).toEqual({ code: 'PASSWORD_TOO_LONG', max: 256 });
  });
});
