import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InjectConfig } from '../common/app-config.provider.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { AppConfig } from '../config/app-config.js';
import type { SignedInUser } from './request-auth.js';
import { readSessionCookie, writeSessionCookie } from './session-cookie.js';
import { hashToken, newToken } from '../common/tokens.js';

const SESSION_DAYS = 14;

/** JSON from PostgreSQL carries timestamps as text; GraphQL's DateTime wants Dates. */
function withDates(row: SignedInUser): SignedInUser {
  return { ...row, memberships: row.memberships.map((m) => ({ ...m, createdAt: new Date(m.createdAt) })) };
}

// Memberships and cities through the views those domains publish: `me` stays one statement.
const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.is_platform_admin AS "isPlatformAdmin",
  u.is_researcher AS "isResearcher", u.is_demo AS "isDemo", u.created_at AS "createdAt",
  u.email_confirmed_at IS NOT NULL AS "emailConfirmed",
  COALESCE((SELECT json_agg(json_build_object('id', m.id, 'cityId', c.id, 'cityCode', c.code, 'role', m.role,
                                              'userId', m.user_id, 'createdAt', m.created_at) ORDER BY c.name)
            FROM city_membership_refs m JOIN city_refs c ON c.id = m.city_id WHERE m.user_id = u.id), '[]') AS memberships`;

/** Sessions in PostgreSQL: revocable, expiring, a new token at every sign-in. */
@Injectable()
export class SessionService {
  constructor(
    private readonly connection: TransactionalConnection,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** The signed-in user of a request: one statement, and none without a cookie. */
  async userOf(req: IncomingMessage): Promise<SignedInUser | null> {
    const token = readSessionCookie(req);
    if (!token || token.length > 100) return null;
    const [row] = await this.connection.manager.query(
      `SELECT ${USER_COLUMNS}, s.id AS "sessionId" FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(this.config.sessionSecret, token)],
    );
    if (!row || (row.isDemo && !this.config.demoMode)) return null;
    return withDates(row);
  }

  /** Loads a user by id with the same shape, e.g. right after sign-in in the same request. */
  async userById(userId: string, sessionId: string): Promise<SignedInUser | null> {
    const [row] = await this.connection.manager.query(`SELECT ${USER_COLUMNS}, $2::uuid AS "sessionId" FROM users u WHERE u.id = $1`, [userId, sessionId]);
    return row ? withDates(row) : null;
  }

  /** Starts a session and sets its cookie; returns the session id. */
  async start(userId: string, userAgent: string | null, res: ServerResponse): Promise<string> {
    const token = newToken();
    const [{ id }] = await this.connection.manager.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at, user_agent) VALUES ($1, $2, now() + make_interval(days => $3), $4) RETURNING id`,
      [hashToken(this.config.sessionSecret, token), userId, SESSION_DAYS, userAgent],
    );
    writeSessionCookie(res, token, SESSION_DAYS * 86400, this.secureCookies);
    return id;
  }

  async end(sessionId: string, res: ServerResponse): Promise<void> {
    await this.connection.manager.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
    writeSessionCookie(res, null, 0, this.secureCookies);
  }

  /** Sign out everywhere, and after a password change. */
  async endAll(userId: string): Promise<number> {
    // Through a CTE: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
    const [{ n }] = await this.connection.manager.query(
      `WITH ended AS (UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id) SELECT count(*)::int AS n FROM ended`,
      [userId],
    );
    return n;
  }

  clearCookie(res: ServerResponse): void {
    writeSessionCookie(res, null, 0, this.secureCookies);
  }

  private get secureCookies(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }
}
