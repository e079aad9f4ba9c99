import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH } from '@citybridge/domain';

/** The numbers the password hint states: the API's own rule (packages/domain). */
export const PASSWORD_LENGTHS = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_BYTES };

export type PasswordStrength = 'empty' | 'weak' | 'fair' | 'strong';

/**
 * A rough, advisory estimate shown while typing; the API decides (WEAK_PASSWORD). Long
 * passphrases count most: length first, then a mix of letters, digits and symbols.
 */
export function estimatePasswordStrength(password: string): PasswordStrength {
  if (password.length === 0) return 'empty';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  const distinct = new Set(password.toLowerCase()).size;
  if ([...password].length < MIN_PASSWORD_LENGTH || distinct < 6) return 'weak';
  if (password.length >= 16 && classes >= 2) return 'strong';
  if (classes >= 3) return 'strong';
  return 'fair';
}
