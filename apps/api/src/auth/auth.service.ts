import { MAX_PASSWORD_BYTES } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { AuditService } from '../audit/audit.service.js';
import { InjectConfig } from '../common/app-config.provider.js';
import { clientAddressReader } from '../common/client-address.js';
import { type Language, message } from '../common/messages.js';
import { RateLimiter, type RateLimitResult } from '../common/rate-limiter.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { ResetLinkStatus } from './auth.types.js';
import { EmailConfirmationService } from './email-confirmation.service.js';
import { PasswordService } from './password.service.js';
import type { RequestAuth, SignedInUser } from './request-auth.js';
import { SessionService } from './session.service.js';
import { hashToken, newToken } from '../common/tokens.js';

const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/**
 * Sign-in throttle (docs/decisions/README.md): guesses at one account from one client address get
 * fewer tries per longer window, a backoff that grows about tenfold per step; the account as a whole
 * has a ceiling over which each address gets one try a minute, so its owner, from any address, is
 * slowed but never locked out. Attempts are counted, not only failures: a rate, not a lock.
 */
const SIGN_IN_PAIR_STEPS = [
  { limit: 5, seconds: 60 },
  { limit: 10, seconds: 15 * 60 },
  { limit: 20, seconds: 4 * 3600 },
] as const;
const SIGN_IN_ACCOUNT_CEILING = 20;
const SIGN_IN_SLOWED_SECONDS = 60;
// An office of a city government may share one address; it is a ceiling on spraying many accounts.
const SIGN_IN_LIMIT_PER_IP = 50;
const RESET_TOKEN_MINUTES = 60;
const RESET_MAILS_PER_HOUR = 5;
const PASSWORD_RESET_QUEUE = 'password-reset-request';
const SIGN_UP_QUEUE = 'sign-up';
const ADDRESS_TAKEN_MAILS_PER_HOUR = 5;

interface SignUpJob {
  /** The new account, or null when the address already had one. */
  userId: string | null;
  email: string;
  displayName: string;
  language: Language;
}

/** Minutes until every refused limit allows again. */
function refusal(errors: UserErrors, results: RateLimitResult[]): boolean {
  const refused = results.filter((r) => !r.allowed);
  if (refused.length === 0) return false;
  errors.add(null, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(Math.max(...refused.map((r) => r.retryAfterSeconds)) / 60) });
  return true;
}

@Injectable()
export class AuthService {
  private readonly clientAddress: (req: IncomingMessage) => string;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly confirmations: EmailConfirmationService,
    private readonly jobs: JobsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    this.clientAddress = clientAddressReader(config.trustProxy);
    // The lookup and the mail happen after the answer, so it takes as long for any address.
    jobs.register<{ email: string; language: Language }>(PASSWORD_RESET_QUEUE, (job) => this.connection.run(() => this.mailResetLink(job.email, job.language)), {
      retryLimit: 3,
    });
    // Sign-up answers alike for a new and a taken address; which mail goes out is decided here.
    jobs.register<SignUpJob>(SIGN_UP_QUEUE, (job) => this.connection.run(() => this.mailSignUp(job)), { retryLimit: 3 });
  }

  private async passwordErrors(errors: UserErrors, password: string, personal: string[]): Promise<void> {
    const problem = await this.passwords.problem(password, personal);
    if (problem?.code === 'PASSWORD_TOO_SHORT') errors.add('password', problem.code, { min: problem.min });
    else if (problem?.code === 'PASSWORD_TOO_LONG') errors.add('password', problem.code, { max: problem.max });
    else if (problem) errors.add('password', problem.code, { hint: message(errors.language, `passwordHints.${problem.hint}`) });
  }

  private async signInAs(auth: RequestAuth, userId: string): Promise<SignedInUser | null> {
    const sessionId = await this.sessions.start(userId, auth.userAgent, auth.res);
    const user = await this.sessions.userById(userId, sessionId);
    auth.reload(async () => user);
    return user;
  }

  /**
   * The input's e-mail and name are checked at the edge (SignUpInput); the password here. Answers
   * alike whether the address is new or taken (no account enumeration): the same statements run,
   * nobody is signed in (an account signs in once its address is confirmed), and the mail that
   * differs (a confirmation link, or a note to the owner) is a job.
   */
  async signUp(auth: RequestAuth, errors: UserErrors, input: { email: string; password: string; displayName: string }): Promise<boolean> {
    const { email: address, displayName } = input;
    const limit = await this.limiter.hit(`signup:ip:${this.clientAddress(auth.req)}`, this.config.rateLimits.signUpsPerHour, 3600);
    if (refusal(errors, [limit])) return false;
    await this.passwordErrors(errors, input.password, [address, displayName, ...address.split(/[@.]/)]);
    if (errors.any) return false;

    const passwordHash = await this.passwords.hash(input.password);
    const [row] = await this.connection.manager.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [address, displayName, passwordHash],
    );
    const job: SignUpJob = { userId: row?.id ?? null, email: address, displayName, language: auth.language };
    await this.jobs.send(SIGN_UP_QUEUE, job);
    return true;
  }

  private async mailSignUp({ userId, email, displayName, language }: SignUpJob): Promise<void> {
    if (userId) {
      await this.audit.record({ actorId: userId, action: 'user.signUp', entityType: 'user', entityId: userId, after: { email, displayName } });
      await this.confirmations.send(language, { id: userId, email, displayName });
      return;
    }
    const [owner] = await this.connection.manager.query(`SELECT display_name AS "displayName", is_demo AS "isDemo" FROM users WHERE email = $1`, [email]);
    if (!owner || (owner.isDemo && !this.config.demoMode)) return;
    // Sign-ups are limited per client address; this keeps anyone from filling the owner's inbox.
    const limit = await this.limiter.hit(`signup:taken:${email}`, ADDRESS_TAKEN_MAILS_PER_HOUR, 3600);
    if (!limit.allowed) return;
    await this.mail.enqueue({
      to: email,
      subject: message(language, 'mail.addressTaken.subject'),
      text: message(language, 'mail.addressTaken.text', {
        name: owner.displayName,
        signIn: `${this.mail.publicUrl}/masuk`,
        reset: `${this.mail.publicUrl}/lupa-sandi`,
      }),
    });
  }

  /** The same answer for an unknown e-mail, a wrong password and an unconfirmed address, in the same time. */
  async signIn(auth: RequestAuth, errors: UserErrors, input: { email: string; password: string }): Promise<SignedInUser | null> {
    const address = input.email;

    if (await this.signInThrottled(errors, address, this.clientAddress(auth.req))) return null;
    // No account has a longer password: refused before argon2 reads it.
    if (Buffer.byteLength(input.password) > MAX_PASSWORD_BYTES) {
      errors.add('password', 'INVALID_CREDENTIALS');
      return null;
    }

    const [user] = await this.connection.manager.query(
      `SELECT id, password_hash AS "passwordHash", is_demo AS "isDemo", email_confirmed_at IS NOT NULL AS "emailConfirmed" FROM users WHERE email = $1`,
      [address],
    );
    const valid = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    // An unconfirmed account answers as a wrong password: else signing up with someone's address and
    // then signing in with one's own password would tell whether that address had an account.
    if (!valid || !user.emailConfirmed) {
      errors.add('password', 'INVALID_CREDENTIALS');
      return null;
    }
    if (user.isDemo && !this.config.demoMode) {
      errors.add(null, 'DEMO_ACCOUNT_REFUSED');
      return null;
    }

    const current = await auth.user();
    if (current) await this.sessions.end(current.sessionId, auth.res); // a new session id at every sign-in
    return this.signInAs(auth, user.id);
  }

  private async signInThrottled(errors: UserErrors, address: string, client: string): Promise<boolean> {
    const pair = `${address}:${client}`;
    const [byIp, byAccount, ...byPair] = await Promise.all([
      this.limiter.hit(`signin:ip:${client}`, SIGN_IN_LIMIT_PER_IP, SIGN_IN_WINDOW_SECONDS),
      this.limiter.hit(`signin:account:${address}`, SIGN_IN_ACCOUNT_CEILING, SIGN_IN_WINDOW_SECONDS),
      ...SIGN_IN_PAIR_STEPS.map((step, i) => this.limiter.hit(`signin:pair${i}:${pair}`, step.limit, step.seconds)),
    ]);
    const slowed = byAccount.allowed ? [] : [await this.limiter.hit(`signin:slowed:${pair}`, 1, SIGN_IN_SLOWED_SECONDS)];
    return refusal(errors, [byIp, ...byPair, ...slowed]);
  }

  async signOut(auth: RequestAuth, everywhere: boolean): Promise<void> {
    const user = await auth.user();
    if (user) {
      if (everywhere) await this.sessions.endAll(user.id);
      await this.sessions.end(user.sessionId, auth.res);
    } else {
      this.sessions.clearCookie(auth.res);
    }
    auth.reload(async () => null);
  }

  async updateProfile(auth: RequestAuth, user: SignedInUser, { displayName }: { displayName: string }): Promise<SignedInUser | null> {
    await this.connection.manager.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, displayName]);
    await this.audit.record({ actorId: user.id, action: 'user.updateProfile', entityType: 'user', entityId: user.id, before: { displayName: user.displayName }, after: { displayName } });
    const updated = await this.sessions.userById(user.id, user.sessionId);
    auth.reload(async () => updated);
    return updated;
  }

  /**
   * Accepted for any well-formed address, in the same time: the lookup and the mail are a job, and
   * only an existing, non-demo account gets one.
   */
  async requestPasswordReset(auth: RequestAuth, errors: UserErrors, { email }: { email: string }): Promise<boolean> {
    const limit = await this.limiter.hit(`reset:ip:${this.clientAddress(auth.req)}`, this.config.rateLimits.passwordResetRequestsPerHour, 3600);
    if (refusal(errors, [limit])) return false;
    await this.jobs.send(PASSWORD_RESET_QUEUE, { email, language: auth.language });
    return true;
  }

  private async mailResetLink(address: string, language: Language): Promise<void> {
    const [user] = await this.connection.manager.query(`SELECT id, display_name AS "displayName", is_demo AS "isDemo" FROM users WHERE email = $1`, [address]);
    if (!user || (user.isDemo && !this.config.demoMode)) return;
    const limit = await this.limiter.hit(`reset:account:${address}`, RESET_MAILS_PER_HOUR, 3600);
    if (!limit.allowed) return;
    const token = newToken();
    await this.connection.manager.query(
      `INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [hashToken(this.config.sessionSecret, token), user.id, RESET_TOKEN_MINUTES],
    );
    const link = `${this.mail.publicUrl}/atur-ulang-sandi?token=${token}`;
    await this.mail.enqueue({
      to: address,
      subject: message(language, 'mail.passwordReset.subject'),
      text: message(language, 'mail.passwordReset.text', { name: user.displayName, minutes: RESET_TOKEN_MINUTES, link }),
    });
  }

  async resetLinkStatus(token: string): Promise<ResetLinkStatus> {
    const [row] = await this.connection.manager.query(
      `SELECT used_at IS NOT NULL AS used, expires_at <= now() AS expired FROM password_reset_tokens WHERE token_hash = $1`,
      [hashToken(this.config.sessionSecret, token.slice(0, 100))],
    );
    if (!row) return ResetLinkStatus.INVALID;
    return row.used ? ResetLinkStatus.USED : row.expired ? ResetLinkStatus.EXPIRED : ResetLinkStatus.VALID;
  }

  /** Single use; ends every session and every other reset link of the account; confirms its address. */
  async resetPassword(errors: UserErrors, input: { token: string; password: string }): Promise<boolean> {
    const [token] = await this.connection.manager.query(
      `SELECT t.id, t.user_id AS "userId", t.used_at AS "usedAt", t.expires_at <= now() AS expired, u.email, u.display_name AS "displayName"
       FROM password_reset_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 FOR UPDATE OF t`,
      [hashToken(this.config.sessionSecret, input.token.slice(0, 100))],
    );
    if (!token) errors.add('token', 'INVALID_TOKEN');
    else if (token.usedAt) errors.add('token', 'TOKEN_USED');
    else if (token.expired) errors.add('token', 'TOKEN_EXPIRED');
    else await this.passwordErrors(errors, input.password, [token.email, token.displayName]);
    if (errors.any) return false;

    // The link came to the account's address, so it confirms it (how an unconfirmed owner gets in).
    await this.connection.manager.query(`UPDATE users SET password_hash = $2, email_confirmed_at = COALESCE(email_confirmed_at, now()) WHERE id = $1`, [
      token.userId,
      await this.passwords.hash(input.password),
    ]);
    // This link and every other outstanding one of the account: an older mail must not reset again.
    await this.connection.manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [token.userId]);
    const ended = await this.sessions.endAll(token.userId);
    await this.audit.record({ actorId: token.userId, action: 'user.resetPassword', entityType: 'user', entityId: token.userId, after: { sessionsEnded: ended } });
    return true;
  }
}
