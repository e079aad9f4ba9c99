import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { InjectConfig } from '../common/app-config.provider.js';
import { message } from '../common/messages.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { PasswordService } from './password.service.js';
import { RateLimiter } from './rate-limiter.js';
import type { RequestAuth, SignedInUser } from './request-auth.js';
import { SessionService } from './session.service.js';
import { hashToken, newToken } from '../common/tokens.js';

const SIGN_IN_WINDOW_SECONDS = 15 * 60;
const SIGN_IN_LIMIT_PER_ACCOUNT = 10;
// An office of a city government may share one address; per account is the tighter limit.
const SIGN_IN_LIMIT_PER_IP = 50;
const RESET_TOKEN_MINUTES = 60;
const RESET_MAILS_PER_HOUR = 5;

@Injectable()
export class AuthService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private passwordErrors(errors: UserErrors, password: string, personal: string[]): void {
    const problem = this.passwords.problem(password, personal);
    if (problem?.code === 'PASSWORD_TOO_SHORT') errors.add('password', problem.code, { min: problem.min });
    else if (problem) errors.add('password', problem.code, { hint: message(errors.language, `passwordHints.${problem.hint}`) });
  }

  private async signInAs(auth: RequestAuth, userId: string): Promise<SignedInUser | null> {
    const sessionId = await this.sessions.start(userId, auth.userAgent, auth.res);
    const user = await this.sessions.userById(userId, sessionId);
    auth.reload(async () => user);
    return user;
  }

  /** The input's e-mail and name are checked at the edge (SignUpInput); the password here. */
  async signUp(auth: RequestAuth, errors: UserErrors, input: { email: string; password: string; displayName: string }): Promise<SignedInUser | null> {
    const { email: address, displayName } = input;
    this.passwordErrors(errors, input.password, [address, displayName, ...address.split(/[@.]/)]);
    if (errors.any) return null;

    const passwordHash = await this.passwords.hash(input.password);
    const [row] = await this.connection.manager.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [address, displayName, passwordHash],
    );
    if (!row) {
      errors.add('email', 'EMAIL_TAKEN');
      return null;
    }
    await this.audit.record({ actorId: row.id, action: 'user.signUp', entityType: 'user', entityId: row.id, after: { email: address, displayName } });
    return this.signInAs(auth, row.id);
  }

  /** The same answer for an unknown e-mail and a wrong password, in the same time. */
  async signIn(auth: RequestAuth, errors: UserErrors, input: { email: string; password: string }): Promise<SignedInUser | null> {
    const address = input.email;

    const [byIp, byAccount] = await Promise.all([
      this.limiter.hit(`signin:ip:${auth.ip}`, SIGN_IN_LIMIT_PER_IP, SIGN_IN_WINDOW_SECONDS),
      this.limiter.hit(`signin:account:${address}`, SIGN_IN_LIMIT_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS),
    ]);
    if (!byIp.allowed || !byAccount.allowed) {
      const minutes = Math.ceil(Math.max(byIp.allowed ? 0 : byIp.retryAfterSeconds, byAccount.allowed ? 0 : byAccount.retryAfterSeconds) / 60);
      errors.add(null, 'TOO_MANY_ATTEMPTS', { minutes });
      return null;
    }

    const [user] = await this.connection.manager.query(`SELECT id, password_hash AS "passwordHash", is_demo AS "isDemo" FROM users WHERE email = $1`, [address]);
    const valid = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    if (!valid) {
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

  /** Accepted for any well-formed address; only an existing, non-demo account gets a mail. */
  async requestPasswordReset(auth: RequestAuth, { email: address }: { email: string }): Promise<void> {
    const [user] = await this.connection.manager.query(`SELECT id, display_name AS "displayName", is_demo AS "isDemo" FROM users WHERE email = $1`, [address]);
    const limit = await this.limiter.hit(`reset:${address}`, RESET_MAILS_PER_HOUR, 3600);
    if (user && limit.allowed && !(user.isDemo && !this.config.demoMode)) {
      const token = newToken();
      await this.connection.manager.query(
        `INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [hashToken(this.config.sessionSecret, token), user.id, RESET_TOKEN_MINUTES],
      );
      const link = `${this.mail.publicUrl}/atur-ulang-sandi?token=${token}`;
      await this.mail.enqueue({
        to: address,
        subject: message(auth.language, 'mail.passwordReset.subject'),
        text: message(auth.language, 'mail.passwordReset.text', { name: user.displayName, minutes: RESET_TOKEN_MINUTES, link }),
      });
    }
  }

  /** Single use; ends every session of the account. */
  async resetPassword(errors: UserErrors, input: { token: string; password: string }): Promise<boolean> {
    const [token] = await this.connection.manager.query(
      `SELECT t.id, t.user_id AS "userId", t.used_at AS "usedAt", t.expires_at <= now() AS expired, u.email, u.display_name AS "displayName"
       FROM password_reset_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 FOR UPDATE OF t`,
      [hashToken(this.config.sessionSecret, input.token.slice(0, 100))],
    );
    if (!token) errors.add('token', 'INVALID_TOKEN');
    else if (token.usedAt) errors.add('token', 'TOKEN_USED');
    else if (token.expired) errors.add('token', 'TOKEN_EXPIRED');
    else this.passwordErrors(errors, input.password, [token.email, token.displayName]);
    if (errors.any) return false;

    await this.connection.manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [token.userId, await this.passwords.hash(input.password)]);
    await this.connection.manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE id = $1`, [token.id]);
    const ended = await this.sessions.endAll(token.userId);
    await this.audit.record({ actorId: token.userId, action: 'user.resetPassword', entityType: 'user', entityId: token.userId, after: { sessionsEnded: ended } });
    return true;
  }
}
