import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { DEMO, startTestApp, STRONG_PASSWORD, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { accepted userErrors { field code message } } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } userErrors { field code message } } }`;
const ME = `{ me { email } }`;
const usersCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM users`))[0].n;
// Each test makes its own account, so it runs alone and in any order.
const account = () => t.fixtures.user();
/** Sign-up, reset requests: the lookup and the mail are a job; wait until the newest one for `email` has run. */
const jobDone = async (queue: string, email: string) => {
  for (let i = 0; i < 100; i++) {
    const [job] = await t.dataSource.query(`SELECT state FROM pgboss.job WHERE name = $1 AND data->>'email' = $2 ORDER BY created_on DESC LIMIT 1`, [queue, email]);
    if (job?.state === 'completed') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The ${queue} job for ${email} did not run`);
};
const mailsTo = async (to: string): Promise<{ subject: string; text_body: string }[]> =>
  t.dataSource.query(`SELECT subject, text_body FROM outbox_emails WHERE to_address = $1 ORDER BY created_at`, [to]);
const confirmLink = async (to: string) => {
  await jobDone('sign-up', to);
  const mail = (await mailsTo(to)).reverse().find((m) => m.text_body.includes('konfirmasi-email'));
  return mail && (/konfirmasi-email\?token=([\w-]+)/.exec(mail.text_body)?.[1] as string);
};
const CONFIRM_EMAIL = `mutation($t: String!) { confirmEmail(input: { token: $t }) { emailConfirmed userErrors { field code } } }`;

describe('sign up', () => {
  it('creates an account with an argon2id hash (19 MiB, 2 iterations), mails a confirmation link and signs nobody in', async () => {
    const c = t.client();
    const res = await c.gql(SIGN_UP, { i: { email: ' Warga@Solok.GO.ID ', password: STRONG_PASSWORD, displayName: 'Warga Solok' } });
    expect(res.data?.signUp).toEqual({ accepted: true, userErrors: [] });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await c.gql(ME)).data?.me).toBeNull();
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM users WHERE email = 'warga@solok.go.id'`);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await confirmLink('warga@solok.go.id')).toBeDefined();
  });

  it('signs in only once the address is confirmed; before, it answers as a wrong password', async () => {
    const email = `unconfirmed-${randomBytes(4).toString('hex')}@solok.go.id`;
    await t.gql(SIGN_UP, { i: { email, password: STRONG_PASSWORD, displayName: 'Baru' } });
    const token = await confirmLink(email);
    const early = await t.gql(SIGN_IN, { e: email, p: STRONG_PASSWORD });
    const wrong = await t.gql(SIGN_IN, { e: email, p: 'Wrong-Password-2026!' });
    expect(early.data?.signIn).toEqual(wrong.data?.signIn);
    expect(early.data?.signIn.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    expect((await t.gql(CONFIRM_EMAIL, { t: token })).data?.confirmEmail).toEqual({ emailConfirmed: true, userErrors: [] });
    const c = await t.signedIn(email, STRONG_PASSWORD);
    expect((await c.gql(ME)).data?.me).toEqual({ email });
  });

  it('answers a taken address (in any case) exactly as a new one and mails its owner instead', async () => {
    const owner = await account();
    const fresh = `fresh-${randomBytes(4).toString('hex')}@solok.go.id`;
    const signUp = (email: string) => t.client('en').gql(SIGN_UP, { i: { email, password: 'Kerinci-Danau-Atas-2026', displayName: 'Someone' } });
    const taken = await signUp(owner.email.toUpperCase());
    const created = await signUp(fresh);
    expect(taken.data).toEqual(created.data);
    expect(taken.data?.signUp).toEqual({ accepted: true, userErrors: [] });
    // The same work in the request (the mail that differs is a job), and no cookie either way.
    expect(taken.headers['x-sql-statements']).toBeDefined();
    expect(taken.headers['x-sql-statements']).toBe(created.headers['x-sql-statements']);
    expect([taken.headers['set-cookie'], created.headers['set-cookie']]).toEqual([undefined, undefined]);

    await jobDone('sign-up', owner.email);
    const [note] = await mailsTo(owner.email);
    expect(note.subject).toBe('Someone tried to create a CityBridge account with your address');
    expect(note.text_body).toContain('/masuk');
    expect(note.text_body).toContain('/lupa-sandi');
    expect(note.text_body).not.toContain('token=');
    expect(await mailsTo(owner.email)).toHaveLength(1);
    // The owner's account is untouched: same name, same password.
    const [row] = await t.dataSource.query(`SELECT display_name FROM users WHERE email = $1`, [owner.email]);
    expect(row.display_name).toBe(owner.displayName);
    await t.signedIn(owner.email, STRONG_PASSWORD);
    expect(await confirmLink(fresh)).toBeDefined();
  });

  it('writes the note to the owner in Indonesian by default', async () => {
    const owner = await account();
    await t.gql(SIGN_UP, { i: { email: owner.email, password: 'Kerinci-Danau-Atas-2026', displayName: 'Seseorang' } });
    await jobDone('sign-up', owner.email);
    expect((await mailsTo(owner.email)).map((m) => m.subject)).toEqual(['Seseorang mencoba membuat akun CityBridge dengan alamat Anda']);
  });

  it.each([
    ['a malformed e-mail', { email: 'warga-at-solok', password: STRONG_PASSWORD, displayName: 'W' }, 'email', 'INVALID_EMAIL'],
    ['a short password', { email: 'a@solok.go.id', password: 'Ab1!', displayName: 'W' }, 'password', 'PASSWORD_TOO_SHORT'],
    ['a common English password', { email: 'b@solok.go.id', password: 'password1234', displayName: 'W' }, 'password', 'WEAK_PASSWORD'],
    ['a password over 256 bytes', { email: 'e@solok.go.id', password: 'Ngarai-Sianok-'.repeat(19), displayName: 'W' }, 'password', 'PASSWORD_TOO_LONG'],
    ['a common Indonesian password', { email: 'c@solok.go.id', password: 'rahasia12345', displayName: 'W' }, 'password', 'WEAK_PASSWORD'],
    ['the e-mail as password', { email: 'kotasolok@solok.go.id', password: 'kotasolok@solok.go.id', displayName: 'W' }, 'password', 'WEAK_PASSWORD'],
    ['no display name', { email: 'd@solok.go.id', password: STRONG_PASSWORD, displayName: '  ' }, 'displayName', 'REQUIRED'],
  ])('refuses %s with a userError on the field and creates nothing', async (_label, input, field, code) => {
    const before = await usersCount();
    const res = await t.gql(SIGN_UP, { i: input });
    expect(res.data?.signUp.accepted).toBe(false);
    expect(res.data?.signUp.userErrors).toContainEqual(expect.objectContaining({ field, code, message: expect.any(String) }));
    expect(await usersCount()).toBe(before);
  });

  it('states the same length rule as the sign-up form: 12 characters to 256 bytes', async () => {
    const c = t.client('en');
    const short = await c.gql(SIGN_UP, { i: { email: 'short@solok.go.id', password: 'Ngarai-Sia7', displayName: 'W' } });
    expect(short.data?.signUp.userErrors).toEqual([{ field: 'password', code: 'PASSWORD_TOO_SHORT', message: 'A password needs at least 12 characters.' }]);
    const long = await c.gql(SIGN_UP, { i: { email: 'long@solok.go.id', password: 'x'.repeat(257), displayName: 'W' } });
    expect(long.data?.signUp.userErrors).toEqual([{ field: 'password', code: 'PASSWORD_TOO_LONG', message: expect.stringMatching(/^A password can have at most 256 bytes/) }]);
  });

  it('gives every userError in each language, so a form on screen can follow a language switch', async () => {
    const res = await t.client('en').gql(
      `mutation($i: SignUpInput!) { signUp(input: $i) { userErrors { code message messages { language text } } } }`,
      { i: { email: 'words@solok.go.id', password: 'Ngarai-Sia7', displayName: 'W' } },
    );
    expect(res.data?.signUp.userErrors).toEqual([
      {
        code: 'PASSWORD_TOO_SHORT',
        message: 'A password needs at least 12 characters.',
        messages: [
          { language: 'id', text: 'Kata sandi paling sedikit 12 karakter.' },
          { language: 'en', text: 'A password needs at least 12 characters.' },
        ],
      },
    ]);
  });

  it('keeps answering other requests while sign-ups send huge passwords', async () => {
    const huge = randomBytes(75_000).toString('base64'); // 100 kB: before the limit, seconds of zxcvbn in the event loop
    const alone = performance.now();
    await t.gql(`{ provinces { code } }`);
    const baseline = performance.now() - alone;
    const signUps = [1, 2, 3].map((n) => t.gql(SIGN_UP, { i: { email: `huge-${n}@solok.go.id`, password: huge, displayName: 'W' } }));
    const started = performance.now();
    const provinces = await t.gql(`{ provinces { code } }`);
    const elapsed = performance.now() - started;
    expect(provinces.data?.provinces.length).toBeGreaterThan(30);
    for (const res of await Promise.all(signUps)) expect(res.data?.signUp.userErrors).toEqual([expect.objectContaining({ code: 'PASSWORD_TOO_LONG' })]);
    // Three such sign-ups held this query for 38 s before; now it waits for their bodies to be read, no more.
    expect(elapsed).toBeLessThan(baseline + 1500);
  });
});

describe('sign in and sessions', () => {
  it('sets an httpOnly, SameSite=Lax session cookie', async () => {
    const { email } = await account();
    const res = await t.client().agent.post('/graphql').set('apollo-require-preflight', 'true').set('content-type', 'application/json')
      .send({ query: SIGN_IN, variables: { e: email, p: STRONG_PASSWORD } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^cb_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const { email } = await account();
    const unknown = await t.gql(SIGN_IN, { e: 'nobody@solok.go.id', p: STRONG_PASSWORD });
    const wrong = await t.gql(SIGN_IN, { e: email, p: 'Wrong-Password-2026!' });
    expect(unknown.data?.signIn).toEqual(wrong.data?.signIn);
    expect(wrong.data?.signIn.userErrors).toEqual([
      { field: 'password', code: 'INVALID_CREDENTIALS', message: 'E-mail atau kata sandi salah, atau alamatnya belum dikonfirmasi (buka tautan dalam e-mail yang kami kirim saat Anda mendaftar).' },
    ]);
  });

  it('spends one argon2id verification on an unknown e-mail, as on a wrong password', async () => {
    const { email } = await account();
    const verify = jest.spyOn(argon2, 'verify');
    try {
      await t.gql(SIGN_IN, { e: email, p: 'Wrong-Password-2026!' });
      expect(verify).toHaveBeenCalledTimes(1);
      const [[wrongHash]] = verify.mock.calls;
      verify.mockClear();
      await t.gql(SIGN_IN, { e: 'nobody-at-all@solok.go.id', p: 'Wrong-Password-2026!' });
      expect(verify).toHaveBeenCalledTimes(1);
      // Same algorithm and cost parameters, so the same work: only the salt and digest differ.
      const params = (hash: string) => hash.split('$').slice(0, 4).join('$');
      expect(params(verify.mock.calls[0][0])).toBe(params(wrongHash));
      expect(params(wrongHash)).toBe('$argon2id$v=19$m=19456,p=1,t=2');
    } finally {
      verify.mockRestore();
    }
  });

  it('starts a new session at every sign-in and ends the old one', async () => {
    const { id, email } = await account();
    const c = await t.signedIn(email, STRONG_PASSWORD);
    const first = (await t.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [id])).map((r: { id: string }) => r.id);
    expect(first).toHaveLength(1);
    await c.gql(SIGN_IN, { e: email, p: STRONG_PASSWORD });
    const [{ revoked }] = await t.dataSource.query(`SELECT count(*)::int AS revoked FROM sessions WHERE id = ANY($1) AND revoked_at IS NOT NULL`, [first]);
    expect(revoked).toBe(1);
    expect((await c.gql(ME)).data?.me).toEqual({ email });
  });

  it('signs out: the old cookie no longer works, also when replayed', async () => {
    const { email } = await account();
    const signIn = await t.http().post('/graphql').set('apollo-require-preflight', 'true').send({ query: SIGN_IN, variables: { e: email, p: STRONG_PASSWORD } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0];
    const withCookie = (query: string) => t.http().post('/graphql').set('apollo-require-preflight', 'true').set('cookie', cookie).send({ query });
    expect((await withCookie(ME)).body.data.me).toEqual({ email });
    expect((await withCookie(`mutation { signOut { signedOut userErrors { code } } }`)).body.data.signOut).toEqual({ signedOut: true, userErrors: [] });
    expect((await withCookie(ME)).body.data.me).toBeNull();
  });

  it('signs out everywhere: every session of the account ends', async () => {
    const { email } = await account();
    const laptop = await t.signedIn(email, STRONG_PASSWORD);
    const phone = await t.signedIn(email, STRONG_PASSWORD);
    expect((await laptop.gql(ME)).data?.me).toEqual({ email });
    await phone.gql(`mutation { signOut(input: { everywhere: true }) { signedOut } }`);
    expect((await laptop.gql(ME)).data?.me).toBeNull();
  });

  it('treats a forged or expired cookie as signed out, and refuses mutations with UNAUTHENTICATED', async () => {
    const forged = await t.http().post('/graphql').set('apollo-require-preflight', 'true').set('cookie', 'cb_session=forged-token')
      .send({ query: `mutation { updateProfile(input: { displayName: "X" }) { userErrors { code } } }` });
    expect(forged.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const { id, email } = await account();
    const c = await t.signedIn(email, STRONG_PASSWORD);
    expect((await c.gql(ME)).data?.me).toEqual({ email });
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
    expect((await c.gql(ME)).data?.me).toBeNull();
  });

  it('refuses a request without the CSRF header and changes nothing', async () => {
    const before = await usersCount();
    const res = await t.http().post('/graphql').set('content-type', 'text/plain')
      .send(JSON.stringify({ query: SIGN_UP, variables: { i: { email: 'csrf@solok.go.id', password: STRONG_PASSWORD, displayName: 'C' } } }));
    expect(res.status).toBe(400);
    expect(await usersCount()).toBe(before);
  });
});

describe('password reset', () => {
  const REQUEST = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted userErrors { code } } }`;
  const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { passwordChanged userErrors { field code } } }`;
  const latestToken = async (to: string) => {
    await jobDone('password-reset-request', to);
    const [mail] = await t.dataSource.query(`SELECT text_body FROM outbox_emails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [to]);
    return mail ? /atur-ulang-sandi\?token=([\w-]+)/.exec(mail.text_body)?.[1] : undefined;
  };

  it('answers the same for an unknown address and mails nobody', async () => {
    expect((await t.gql(REQUEST, { e: 'ghost@solok.go.id' })).data?.requestPasswordReset).toEqual({ accepted: true, userErrors: [] });
    expect(await latestToken('ghost@solok.go.id')).toBeUndefined();
  });

  it('does the same work in the request for an existing and an unknown address', async () => {
    const { email } = await account();
    const statements = async (e: string) => Number((await t.gql(REQUEST, { e })).headers['x-sql-statements']);
    expect(await statements(email)).toBe(await statements('nobody-here@solok.go.id'));
    expect(await latestToken(email)).toBeDefined();
  });

  it('ends the older links when one of them resets the password', async () => {
    const { email } = await account();
    await t.gql(REQUEST, { e: email });
    const older = await latestToken(email);
    await t.gql(REQUEST, { e: email });
    const newer = await latestToken(email);
    expect(newer).not.toBe(older);
    expect((await t.gql(RESET, { t: newer, p: 'Ngarai-Sianok-Berkabut-77' })).data?.resetPassword.passwordChanged).toBe(true);
    expect((await t.gql(RESET, { t: older, p: 'Another-Strong-Phrase-88' })).data?.resetPassword.userErrors).toEqual([{ field: 'token', code: 'TOKEN_USED' }]);
    await t.signedIn(email, 'Ngarai-Sianok-Berkabut-77');
  });

  it('tells the reset page whether a link still works, before the form', async () => {
    const { id, email } = await account();
    const status = async (token: string | undefined) => (await t.gql(`query($t: String!) { passwordResetLink(token: $t) }`, { t: token })).data?.passwordResetLink;
    await t.gql(REQUEST, { e: email });
    const token = await latestToken(email);
    expect(await status(token)).toBe('VALID');
    await t.dataSource.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [id]);
    expect(await status(token)).toBe('EXPIRED');
    await t.dataSource.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1`, [id]);
    expect(await status(token)).toBe('USED');
    expect(await status('made-up')).toBe('INVALID');
  });

  it('resets by a single-use token from the mail and ends every session', async () => {
    const { email } = await account();
    const c = await t.signedIn(email, STRONG_PASSWORD);
    await t.gql(REQUEST, { e: email });
    const token = await latestToken(email);
    expect(token).toBeDefined();
    expect((await t.gql(RESET, { t: token, p: 'weak' })).data?.resetPassword.userErrors).toEqual([{ field: 'password', code: 'PASSWORD_TOO_SHORT' }]);
    expect((await t.gql(RESET, { t: token, p: 'Ngarai-Sianok-Berkabut-77' })).data?.resetPassword).toEqual({ passwordChanged: true, userErrors: [] });
    expect((await c.gql(ME)).data?.me).toBeNull();
    expect((await t.gql(RESET, { t: token, p: 'Another-Strong-Phrase-88' })).data?.resetPassword.userErrors).toEqual([{ field: 'token', code: 'TOKEN_USED' }]);
    await t.signedIn(email, 'Ngarai-Sianok-Berkabut-77');
  });

  it('confirms the address of an unconfirmed account, which then signs in', async () => {
    const { id, email } = await t.fixtures.user({ emailConfirmed: false });
    await t.gql(REQUEST, { e: email });
    const token = await latestToken(email);
    expect((await t.gql(RESET, { t: token, p: 'Ngarai-Sianok-Berkabut-77' })).data?.resetPassword.passwordChanged).toBe(true);
    const [row] = await t.dataSource.query(`SELECT email_confirmed_at IS NOT NULL AS confirmed FROM users WHERE id = $1`, [id]);
    expect(row.confirmed).toBe(true);
    await t.signedIn(email, 'Ngarai-Sianok-Berkabut-77');
  });

  it('refuses an expired or unknown token', async () => {
    const { id, email } = await account();
    await t.gql(REQUEST, { e: email });
    const token = await latestToken(email);
    expect(token).toBeDefined();
    await t.dataSource.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [id]);
    expect((await t.gql(RESET, { t: token, p: STRONG_PASSWORD })).data?.resetPassword.userErrors).toEqual([{ field: 'token', code: 'TOKEN_EXPIRED' }]);
    expect((await t.gql(RESET, { t: 'made-up', p: STRONG_PASSWORD })).data?.resetPassword.userErrors).toEqual([{ field: 'token', code: 'INVALID_TOKEN' }]);
  });
});

describe('e-mail confirmation', () => {
  const CONFIRM = `mutation($t: String!) { confirmEmail(input: { token: $t }) { emailConfirmed userErrors { field code } } }`;
  const RESEND = `mutation { resendEmailConfirmation { sent userErrors { field code } } }`;
  const ME_CONFIRMED = `{ me { emailConfirmed } }`;
  const confirmationToken = async (to: string) => {
    const [mail] = await t.dataSource.query(`SELECT subject, text_body FROM outbox_emails WHERE to_address = $1 AND text_body LIKE '%konfirmasi-email%' ORDER BY created_at DESC LIMIT 1`, [to]);
    return mail ? { subject: mail.subject as string, token: /konfirmasi-email\?token=([\w-]+)/.exec(mail.text_body)?.[1] as string } : undefined;
  };

  it('mails a single-use link on sign-up, in the language of the request', async () => {
    await t.client('en').gql(SIGN_UP, { i: { email: 'confirm-me@solok.go.id', password: STRONG_PASSWORD, displayName: 'Confirm' } });
    await jobDone('sign-up', 'confirm-me@solok.go.id');
    const mail = await confirmationToken('confirm-me@solok.go.id');
    expect(mail?.subject).toBe('Confirm your CityBridge e-mail address');

    // Opened in any browser (nobody is signed in): the link is the proof.
    expect((await t.gql(CONFIRM, { t: mail?.token })).data?.confirmEmail).toEqual({ emailConfirmed: true, userErrors: [] });
    expect((await t.gql(CONFIRM, { t: mail?.token })).data?.confirmEmail).toEqual({ emailConfirmed: false, userErrors: [{ field: 'token', code: 'TOKEN_USED' }] });
    const c = await t.signedIn('confirm-me@solok.go.id', STRONG_PASSWORD);
    expect((await c.gql(ME_CONFIRMED)).data?.me).toEqual({ emailConfirmed: true });
    expect((await c.gql(RESEND)).data?.resendEmailConfirmation).toEqual({ sent: false, userErrors: [{ field: null, code: 'EMAIL_ALREADY_CONFIRMED' }] });
  });

  // A session from before the address had to be confirmed to sign in (or of an account whose
  // confirmation was withdrawn): the profile still offers a new link.
  const signedInUnconfirmed = async () => {
    const { id, email } = await account();
    const c = await t.signedIn(email, STRONG_PASSWORD);
    await t.dataSource.query(`UPDATE users SET email_confirmed_at = NULL WHERE id = $1`, [id]);
    return { id, email, c };
  };

  it('sends a new link from the profile; the older one stops working', async () => {
    const { email, c } = await signedInUnconfirmed();
    expect((await c.gql(ME_CONFIRMED)).data?.me).toEqual({ emailConfirmed: false });
    expect((await c.gql(RESEND)).data?.resendEmailConfirmation).toEqual({ sent: true, userErrors: [] });
    const older = (await confirmationToken(email))?.token;
    await c.gql(RESEND);
    const newer = (await confirmationToken(email))?.token;
    expect(newer).not.toBe(older);
    expect((await t.gql(CONFIRM, { t: older })).data?.confirmEmail.userErrors).toEqual([{ field: 'token', code: 'TOKEN_USED' }]);
    expect((await t.gql(CONFIRM, { t: newer })).data?.confirmEmail.emailConfirmed).toBe(true);
  });

  it('refuses an expired or unknown link', async () => {
    const { id, email, c } = await signedInUnconfirmed();
    await c.gql(RESEND);
    const token = (await confirmationToken(email))?.token;
    await t.dataSource.query(`UPDATE email_confirmation_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [id]);
    expect((await t.gql(CONFIRM, { t: token })).data?.confirmEmail.userErrors).toEqual([{ field: 'token', code: 'TOKEN_EXPIRED' }]);
    expect((await t.gql(CONFIRM, { t: 'made-up' })).data?.confirmEmail.userErrors).toEqual([{ field: 'token', code: 'INVALID_TOKEN' }]);
    expect((await c.gql(ME_CONFIRMED)).data?.me).toEqual({ emailConfirmed: false });
  });
});

describe('demo accounts and the mailbox', () => {
  it('sign in in demo mode', async () => {
    await t.signedIn(...DEMO.admin);
  });

  // A deployment that forgets NODE_ENV (development by default) must not open the demo.
  it.each([
    ['without NODE_ENV', { NODE_ENV: '' }],
    ['in production', { NODE_ENV: 'production', SESSION_SECRET: 'test-only-secret-of-thirty-two-chars!' }],
  ])('are refused without DEMO_MODE, %s', async (_label, env) => {
    const live = await startTestApp({ ...env, DEMO_MODE: '' });
    try {
      const res = await live.gql(SIGN_IN, { e: DEMO.admin[0], p: DEMO.admin[1] });
      expect(res.data?.signIn.userErrors).toEqual([expect.objectContaining({ code: 'DEMO_ACCOUNT_REFUSED' })]);
      const mailbox = await live.gql('{ devMailbox { subject } }');
      expect(mailbox.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(mailbox.data).toBeNull();
    } finally {
      await live.close();
    }
  });
});
