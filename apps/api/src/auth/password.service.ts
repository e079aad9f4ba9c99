import { type PasswordLengthProblem, passwordLengthProblem } from '@citybridge/domain';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import argon2 from 'argon2';
import { PasswordStrengthChecker } from './password-strength.js';

/** OWASP's argon2id minimum: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;
/** zxcvbn score from 0 to 4; 3 is "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

export type PasswordProblem = PasswordLengthProblem | { code: 'WEAK_PASSWORD'; hint: 'default' | 'commonWord' | 'personal' };

@Injectable()
export class PasswordService implements OnModuleDestroy {
  private readonly strength = new PasswordStrengthChecker();
  // Verified when an e-mail is unknown, so that answer takes as long as a wrong password.
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      this.dummyHash ??= this.hash('citybridge-timing-equaliser');
      await argon2.verify(await this.dummyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }

  /**
   * Why a password is not good enough, or null. Knows Indonesian and English words and names. The
   * length first (bounded input), then zxcvbn off the event loop; argon2 hashes in libuv's pool.
   */
  async problem(password: string, personal: string[]): Promise<PasswordProblem | null> {
    const lengthProblem = passwordLengthProblem(password);
    if (lengthProblem) return lengthProblem;
    const result = await this.strength.check(password, personal.filter(Boolean));
    if (result.score >= MIN_SCORE) return null;
    return { code: 'WEAK_PASSWORD', hint: result.personalMatch ? 'personal' : result.commonMatch ? 'commonWord' : 'default' };
  }

  onModuleDestroy(): Promise<void> {
    return this.strength.close();
  }
}
