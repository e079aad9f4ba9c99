import { TIME_ZONES } from '@citybridge/domain';
import type { EntityManager } from 'typeorm';
import type { NotificationParams } from '../../notifications/notifications.service.js';

/** What a notice about a visit says and who hears it, read in one statement. */
export interface VisitFacts {
  id: string;
  state: string;
  sequence: number;
  startsAt: Date | null;
  hostTimeZone: string;
  hostCity: string;
  visitingCity: string;
  /** Admins of the host city. */
  hostAdmins: string[];
  /** Admins of the visiting city. */
  visitingAdmins: string[];
  /** Editors of the visiting city (they request and report). */
  visitingEditors: string[];
}

const FACTS = `SELECT v.id, v.state, v.sequence, v.starts_at AS "startsAt", v.host_time_zone AS "hostTimeZone", h.name AS "hostCity", g.name AS "visitingCity",
  ARRAY(SELECT m.user_id FROM city_membership_refs m WHERE m.city_id = v.host_city_id AND m.role = 'ADMIN' ORDER BY m.user_id) AS "hostAdmins",
  ARRAY(SELECT m.user_id FROM city_membership_refs m WHERE m.city_id = v.visiting_city_id AND m.role = 'ADMIN' ORDER BY m.user_id) AS "visitingAdmins",
  ARRAY(SELECT m.user_id FROM city_membership_refs m WHERE m.city_id = v.visiting_city_id AND m.role = 'EDITOR' ORDER BY m.user_id) AS "visitingEditors"
  FROM visits v JOIN city_refs h ON h.id = v.host_city_id JOIN city_refs g ON g.id = v.visiting_city_id WHERE v.id = ANY($1::uuid[])`;

export async function visitFacts(manager: EntityManager, ids: readonly string[]): Promise<VisitFacts[]> {
  return ids.length ? manager.query(FACTS, [ids]) : [];
}

/** The notice's values: the two cities, the slot in the host's zone, the visit's page. */
export function visitParams(v: VisitFacts, extra: NotificationParams = {}): NotificationParams {
  const params: NotificationParams = { visiting: v.visitingCity, host: v.hostCity, link: `/kunjungan/${v.id}`, ...extra };
  if (v.startsAt) {
    params.startsAt = new Date(v.startsAt).toISOString();
    params.zone = v.hostTimeZone;
    params.zoneLabel = Object.values(TIME_ZONES).find((z) => z.iana === v.hostTimeZone)?.label ?? v.hostTimeZone;
  }
  return params;
}
