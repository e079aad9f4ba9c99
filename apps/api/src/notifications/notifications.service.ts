import { Injectable } from '@nestjs/common';
import type { SignedInUser } from '../auth/request-auth.js';
import { formatMoment, type Language, message } from '../common/messages.js';
import { type Page, readPage } from '../common/pagination.js';
import { SqlReader, statement } from '../common/sql-reader.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import { MailService } from '../mail/mail.service.js';
import type { NotificationType } from './notifications.types.js';

/**
 * The values of a notice. `startsAt` (ISO) with `zone` (IANA) and `zoneLabel` (WIB) becomes `{when}`
 * in the reader's language; `link` is the app path it opens.
 */
export type NotificationParams = Record<string, string | number>;

interface NotificationRow {
  id: string;
  kind: string;
  subject_id: string | null;
  params: NotificationParams;
  read_at: Date | null;
  created_at: Date;
}

const MAX_RECIPIENTS = 500;
const COLUMNS = `id, kind, subject_id, params, read_at, created_at`;
const LIST = statement('notifications_of_user', `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`);
const LIST_UNREAD = statement(
  'notifications_of_user_unread',
  `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 AND read_at IS NULL ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
);
const COUNT = statement('notifications_count', `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`);
const COUNT_UNREAD = statement('notifications_count_unread', `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`);

/** Fills the message's placeholders in `language`, with the moment written out in the reader's way. */
export function renderNotice(language: Language, kind: string, params: NotificationParams): { title: string; body: string } {
  const values: NotificationParams = { ...params };
  if (typeof params.startsAt === 'string' && typeof params.zone === 'string') {
    values.when = formatMoment(language, new Date(params.startsAt), { iana: params.zone, label: String(params.zoneLabel ?? params.zone) });
  }
  return { title: message(language, `notifications.kind.${kind}.title`, values), body: message(language, `notifications.kind.${kind}.body`, values) };
}

/** In-app notices (a list and an unread count per user) and the same notice by e-mail. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly sql: SqlReader,
    private readonly connection: TransactionalConnection,
    private readonly mail: MailService,
  ) {}

  /**
   * Tells these users, in the current transaction: a row each and, unless `email` is false, a mail
   * each (Bahasa Indonesia first, then English: the recipient's language is not known).
   */
  async notify(userIds: readonly string[], kind: string, params: NotificationParams, options: { subjectId?: string | null; email?: boolean } = {}): Promise<number> {
    const ids = [...new Set(userIds)].slice(0, MAX_RECIPIENTS);
    if (!ids.length) return 0;
    const manager = this.connection.manager;
    const rows: { email: string }[] = await manager.query(
      `WITH n AS (INSERT INTO notifications (user_id, kind, subject_id, params) SELECT u, $2, $3, $4 FROM unnest($1::uuid[]) u RETURNING user_id)
       SELECT r.email FROM n JOIN user_refs r ON r.id = n.user_id ORDER BY r.email`,
      [ids, kind, options.subjectId ?? null, JSON.stringify(params)],
    );
    if (options.email === false) return ids.length;
    const id = renderNotice('id', kind, params);
    const en = renderNotice('en', kind, params);
    const link = params.link ? `\n\n${this.mail.publicUrl}${params.link}` : '';
    for (const { email } of rows) {
      await this.mail.enqueue({ to: email, subject: id.title, text: `${id.body}${link}\n\n---\n\n${en.title}\n\n${en.body}${link}\n\nCityBridge` });
    }
    return ids.length;
  }

  list(user: SignedInUser, language: Language, first: number | null | undefined, after: string | null | undefined, unreadOnly: boolean): Promise<Page<NotificationType>> {
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<NotificationRow>(unreadOnly ? LIST_UNREAD : LIST, [user.id, limit, offset]),
      count: async () => (await this.sql.rows<{ n: number }>(unreadOnly ? COUNT_UNREAD : COUNT, [user.id]))[0].n,
      map: (r) => ({
        id: r.id,
        kind: r.kind,
        subjectId: r.subject_id,
        link: typeof r.params.link === 'string' ? r.params.link : null,
        ...renderNotice(language, r.kind, r.params),
        readAt: r.read_at,
        createdAt: r.created_at,
      }),
    });
  }

  async unreadCount(userId: string): Promise<number> {
    return (await this.sql.rows<{ n: number }>(COUNT_UNREAD, [userId]))[0].n;
  }

  /** Marks the user's own notices read (others' ids are ignored); returns how many changed. */
  async markRead(user: SignedInUser, errors: UserErrors, input: { ids?: string[] | null; all?: boolean | null }): Promise<{ markedCount: number; unreadCount: number } | null> {
    const ids = input.ids ?? [];
    if (!input.all && !ids.length) {
      errors.add('ids', 'REQUIRED');
      return null;
    }
    const bad = ids.findIndex((id) => !isUuid(id));
    if (bad >= 0) {
      errors.add(`ids.${bad}`, 'NOT_FOUND');
      return null;
    }
    // The unread count after the change, in the same statement (the read path would not see it before the commit).
    const [counts] = await this.connection.manager.query(
      `WITH u AS (UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::uuid[])) RETURNING id)
       SELECT (SELECT count(*)::int FROM u) AS "markedCount",
              (SELECT count(*)::int FROM notifications WHERE user_id = $1 AND read_at IS NULL AND id NOT IN (SELECT id FROM u)) AS "unreadCount"`,
      [user.id, !!input.all, ids],
    );
    return counts;
  }
}
