/** The one password length rule, stated by the sign-up form's hint and enforced by the API. */
export const MIN_PASSWORD_LENGTH = 12;
/**
 * Counted in UTF-8 bytes and checked before anything else: a longer input would make the strength
 * check and the hash cost the server time that every other request waits for. 256 bytes leave room
 * for any passphrase (and a password manager's 64 to 128 characters).
 */
export const MAX_PASSWORD_BYTES = 256;

export type PasswordLengthProblem = { code: 'PASSWORD_TOO_SHORT'; min: number } | { code: 'PASSWORD_TOO_LONG'; max: number };

/** Characters counted as the user sees them (code points); the maximum in bytes, as the server pays for them. */
export function passwordLengthProblem(password: string): PasswordLengthProblem | null {
  if (new TextEncoder().encode(password).length > MAX_PASSWORD_BYTES) return { code: 'PASSWORD_TOO_LONG', max: MAX_PASSWORD_BYTES };
  if ([...password].length < MIN_PASSWORD_LENGTH) return { code: 'PASSWORD_TOO_SHORT', min: MIN_PASSWORD_LENGTH };
  return null;
}
