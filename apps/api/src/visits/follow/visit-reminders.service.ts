import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../../common/transaction.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { visitFacts, visitParams } from './visit-facts.js';

export const VISIT_REMINDERS_QUEUE = 'visit-reminders';

/** A follow-up reminder is sent within this many days after it falls due, never for older reports. */
const FOLLOW_UP_WINDOW_DAYS = 30;

// Confirmed visits starting within three days: the one-day reminder inside the last day, else the three-day one.
const DUE_VISITS = `WITH due AS (
    SELECT v.id, v.sequence, CASE WHEN v.starts_at <= $1::timestamptz + interval '1 day' THEN 'before-1d' ELSE 'before-3d' END AS kind,
           ceil(extract(epoch FROM v.starts_at - $1::timestamptz) / 86400)::int AS days
    FROM visits v WHERE v.state = 'confirmed' AND v.starts_at > $1::timestamptz AND v.starts_at <= $1::timestamptz + interval '3 days'),
  sent AS (INSERT INTO visit_reminders_sent (visit_id, kind, sequence) SELECT id, kind, sequence FROM due ON CONFLICT DO NOTHING RETURNING visit_id, kind)
  SELECT sent.visit_id AS "visitId", due.days FROM sent JOIN due ON due.id = sent.visit_id AND due.kind = sent.kind`;

// Reports 3, 6 and 12 months old (within the window) whose follow-up plan still has open actions.
const DUE_FOLLOW_UPS = `WITH due AS (
    SELECT r.visit_id AS id, 'follow-up-' || t.m || 'm' AS kind, t.m AS months
    FROM (VALUES (3), (6), (12)) t(m) JOIN visit_reports r
      ON r.filed_at <= $1::timestamptz - make_interval(months => t.m) AND r.filed_at > $1::timestamptz - make_interval(months => t.m) - make_interval(days => $2)
    WHERE EXISTS (SELECT 1 FROM visit_follow_ups f WHERE f.visit_id = r.visit_id AND f.status IN ('planned', 'in_progress'))),
  sent AS (INSERT INTO visit_reminders_sent (visit_id, kind, sequence) SELECT id, kind, 0 FROM due ON CONFLICT DO NOTHING RETURNING visit_id, kind)
  SELECT sent.visit_id AS "visitId", due.months FROM sent JOIN due ON due.id = sent.visit_id AND due.kind = sent.kind`;

/**
 * Reminders before a confirmed visit (three days and one day) and of the follow-up plan (3, 6 and 12
 * months after the report). A cron job scans; a row per (visit, kind, sequence) is written in the
 * transaction of the notices, so with several instances or a retried job each goes out once.
 */
@Injectable()
export class VisitReminders {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly notifications: NotificationsService,
    jobs: JobsService,
  ) {
    jobs.register(VISIT_REMINDERS_QUEUE, async () => void (await this.run()), { cron: '*/15 * * * *', retryLimit: 3 });
  }

  /** Sends what is due at `now`; returns how many reminders went out. */
  run(now: Date = new Date()): Promise<{ visits: number; followUps: number }> {
    return this.connection.run(async () => {
      const manager = this.connection.manager;
      const visits: { visitId: string; days: number }[] = await manager.query(DUE_VISITS, [now]);
      const followUps: { visitId: string; months: number }[] = await manager.query(DUE_FOLLOW_UPS, [now, FOLLOW_UP_WINDOW_DAYS]);
      const facts = new Map((await visitFacts(manager, [...visits, ...followUps].map((r) => r.visitId))).map((v) => [v.id, v]));
      for (const { visitId, days } of visits) {
        const v = facts.get(visitId);
        if (v) await this.notifications.notify([...v.hostAdmins, ...v.visitingAdmins, ...v.visitingEditors], 'visit.reminder', visitParams(v, { days }), { subjectId: v.id });
      }
      for (const { visitId, months } of followUps) {
        const v = facts.get(visitId);
        if (v) {
          const params = visitParams(v, { months, link: `/kunjungan/${v.id}/laporan` });
          await this.notifications.notify([...v.visitingAdmins, ...v.visitingEditors], 'visit.followUpReminder', params, { subjectId: v.id });
        }
      }
      return { visits: visits.length, followUps: followUps.length };
    });
  }
}
