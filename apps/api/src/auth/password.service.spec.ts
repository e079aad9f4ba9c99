import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { ARGON2_OPTIONS, PasswordService } from './password.service';

describe('PasswordService', () => {
  const passwords = new PasswordService();
  afterAll(() => passwords.onModuleDestroy());

  it('hashes with argon2id at OWASP parameters and verifies', async () => {
    const hash = await passwords.hash('Ngarai-Sianok-Berkabut-77');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(ARGON2_OPTIONS).toMatchObject({ type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });
    expect(await passwords.verify(hash, 'Ngarai-Sianok-Berkabut-77')).toBe(true);
    expect(await passwords.verify(hash, 'ngarai-sianok-berkabut-77')).toBe(false);
  });

  it('answers an unknown account (no hash) with false after doing the same work', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    try {
      expect(await passwords.verify(null, 'anything')).toBe(false);
      // One real argon2id verification of the password, against a hash made with our parameters.
      expect(verify).toHaveBeenCalledTimes(1);
      const [hash, password] = verify.mock.calls[0];
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
      expect(password).toBe('anything');
      expect(await verify.mock.results[0].value).toBe(false);
    } finally {
      verify.mockRestore();
    }
  });

  it.each([
    ['short', 'Ab1!', 'PASSWORD_TOO_SHORT'],
    ['eleven characters', 'Ngarai-Sia7', 'PASSWORD_TOO_SHORT'],
    ['more than 256 bytes', 'Ngarai-Sianok-'.repeat(19), 'PASSWORD_TOO_LONG'],
    ['a common password in l33t', 'p@ssw0rd1234', 'WEAK_PASSWORD'],
    ['a common English password', 'password1234', 'WEAK_PASSWORD'],
    ['common Indonesian words', 'selamatpagi1', 'WEAK_PASSWORD'],
    ['the user’s own name', 'wargasolok2026', 'WEAK_PASSWORD'],
  ])('refuses %s', async (_label, password, code) => {
    expect((await passwords.problem(password, ['wargasolok', 'warga@solok.go.id']))?.code).toBe(code);
  });

  it('says why: a personal word gets the personal hint', async () => {
    expect(await passwords.problem('wargasolok2026', ['wargasolok'])).toEqual({ code: 'WEAK_PASSWORD', hint: 'personal' });
  });

  it('accepts a long phrase', async () => {
    expect(await passwords.problem('Bukit-Sikarah-Mendung-2026!', [])).toBeNull();
  });

  it('checks a long random password without holding up the event loop', async () => {
    await passwords.problem('Bukit-Sikarah-Mendung-2026!', []); // the worker has loaded its dictionaries
    const random = randomBytes(192).toString('base64'); // 256 characters, the longest allowed
    // A timer that fires while the check runs: synchronous work in this thread would hold it until the end.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    try {
      expect(await passwords.problem(random, [])).toBeNull();
    } finally {
      clearInterval(ticker);
    }
    // In the event loop, zxcvbn alone took seconds on this input (its l33t matcher) and no tick fired.
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});
