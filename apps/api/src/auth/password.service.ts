import { Injectable } from '@nestjs/common';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as id from '@zxcvbn-ts/language-id';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import argon2 from 'argon2';

/** OWASP's argon2id minimum: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn score from 0 to 4; 3 is "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

export type PasswordProblem = { code: 'PASSWORD_TOO_SHORT'; min: number } | { code: 'WEAK_PASSWORD'; hint: 'default' | 'commonWord' | 'personal' };

@Injectable()
export class PasswordService {
  // Loading the Indonesian and English dictionaries takes a moment: once, on first use.
  private zxcvbn?: ZxcvbnFactory;
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

  /** Why a password is not good enough, or null. Knows Indonesian and English words and names. */
  problem(password: string, personal: string[]): PasswordProblem | null {
    if (password.length < MIN_PASSWORD_LENGTH) return { code: 'PASSWORD_TOO_SHORT', min: MIN_PASSWORD_LENGTH };
    this.zxcvbn ??= new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
      graphs: common.adjacencyGraphs,
    });
    const result = this.zxcvbn.check(password, personal.filter(Boolean));
    if (result.score >= MIN_SCORE) return null;
    const personalMatch = result.sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'userInputs');
    const commonMatch = result.sequence.some((m) => m.pattern === 'dictionary');
    return { code: 'WEAK_PASSWORD', hint: personalMatch ? 'personal' : commonMatch ? 'commonWord' : 'default' };
  }
}
