import { Injectable } from '@nestjs/common';
import { InjectConfig } from '../common/app-config.provider.js';
import { type Language, message } from '../common/messages.js';
import { RateLimiter } from '../common/rate-limiter.js';
import { TransactionalConnection } from '../common/transaction.js';
import { hashToken, newToken } from '../common/tokens.js';
import type { UserErrors } from '../common/user-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { SignedInUser } from './request-auth.js';

const CONFIRMATION_DAYS = 7;
const CONFIRMATION_MAILS_PER_HOUR = 5;

/** Confirms that an account's owner reads its address: a single-use link by mail, on sign-up and on request. */
@Injectable()
export class EmailConfirmationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private hash(token: string): string {
    return hashToken(this.config.sessionSecret, token.slice(0, 100));
  }

  /** Mails a new link; the account's older links stop working (only the newest mail counts). */
  async send(language: Language, user: { id: string; email: string; displayName: string }): Promise<void> {
    const token = newToken();
    await this.connection.manager.query(`UPDATE email_confirmation_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    await this.connection.manager.query(
      `INSERT INTO email_confirmation_tokens (token_hash, user_id, email, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [this.hash(token), user.id, user.email, CONFIRMATION_DAYS],
    );
    const link = `${this.mail.publicUrl}/konfirmasi-email?token=${token}`;
    await this.mail.enqueue({
      to: user.email,
      subject: message(language, 'mail.emailConfirmation.subject'),
      text: message(language, 'mail.emailConfirmation.text', { name: user.displayName, days: CONFIRMATION_DAYS, link }),
    });
  }

  /** From the profile page: a new link, unless the address is confirmed already. */
  async resend(user: SignedInUser, errors: UserErrors): Promise<boolean> {
    if (user.emailConfirmed) {
      errors.add(null, 'EMAIL_ALREADY_CONFIRMED');
      return false;
    }
    const limit = await this.limiter.hit(`confirm:account:${user.id}`, CONFIRMATION_MAILS_PER_HOUR, 3600);
    if (!limit.allowed) {
      errors.add(null, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
      return false;
    }
    await this.send(errors.language, user);
    return true;
  }

  /** Anyone with the link (the token is the proof); it confirms the address it was mailed to, once. */
  async confirm(errors: UserErrors, token: string): Promise<boolean> {
    const [row] = await this.connection.manager.query(
      `SELECT t.id, t.user_id AS "userId", t.used_at IS NOT NULL AS used, t.expires_at <= now() AS expired, t.email = u.email AS current
       FROM email_confirmation_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 FOR UPDATE OF t`,
      [this.hash(token)],
    );
    if (!row?.current) errors.add('token', 'INVALID_TOKEN');
    else if (row.used) errors.add('token', 'TOKEN_USED');
    else if (row.expired) errors.add('token', 'TOKEN_EXPIRED');
    if (errors.any) return false;
    await this.connection.manager.query(`UPDATE email_confirmation_tokens SET used_at = now() WHERE id = $1`, [row.id]);
    await this.connection.manager.query(`UPDATE users SET email_confirmed_at = now() WHERE id = $1 AND email_confirmed_at IS NULL`, [row.userId]);
    await this.audit.record({ actorId: row.userId, action: 'user.confirmEmail', entityType: 'user', entityId: row.userId, after: { emailConfirmed: true } });
    return true;
  }
}
