import { timeZoneForProvince } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { PracticeSearchService } from '../practices/practice-search.service.js';
import { SqlReader, statement } from '../common/sql-reader.js';
import type { DocumentPerson, VisitDocument } from './visit-document.js';

interface DocumentRow {
  id: string;
  state: string;
  purpose: string;
  topics: string[];
  is_private: boolean;
  is_demo: boolean;
  sequence: number;
  starts_at: Date | null;
  ends_at: Date | null;
  venue: string | null;
  host_time_zone: string;
  created_at: Date;
  updated_at: Date;
  confirmed_at: Date | null;
  host_id: number;
  host_code: string;
  host_slug: string;
  host_name: string;
  visiting_id: number;
  visiting_code: string;
  visiting_slug: string;
  visiting_name: string;
  visiting_time_zone: string | null;
  practice_ids: string[] | null;
  windows: { startsAt: string; endsAt: string }[] | null;
  delegation: DocumentPerson[] | null;
  host_participants: DocumentPerson[] | null;
  agenda: { startsAt: string; title: string; presenter: string | null }[] | null;
}

/**
 * Visits with all a calendar or a letter says about them, in one statement: $1 the ids, $2 whether
 * to bring the rosters (only for the two cities), $3 whether to bring the windows and agenda (letters).
 */
const DOCUMENTS = statement(
  'visit_documents',
  `SELECT v.id, v.state, v.purpose, v.topics, v.is_private, v.is_demo, v.sequence, v.starts_at, v.ends_at, v.venue, v.host_time_zone, v.created_at, v.updated_at,
     (SELECT max(e.at) FROM visit_events e WHERE e.visit_id = v.id AND e.to_state = 'confirmed') AS confirmed_at,
     h.id AS host_id, h.code AS host_code, h.slug AS host_slug, h.name AS host_name,
     c.id AS visiting_id, c.code AS visiting_code, c.slug AS visiting_slug, c.name AS visiting_name, s.time_zone AS visiting_time_zone,
     (SELECT array_agg(p.practice_id ORDER BY p.position) FROM visit_practices p WHERE p.visit_id = v.id) AS practice_ids,
     CASE WHEN $3 THEN (SELECT json_agg(json_build_object('startsAt', w.starts_at, 'endsAt', w.ends_at) ORDER BY w.position) FROM visit_windows w
       WHERE w.visit_id = v.id AND w.round = (SELECT max(r.round) FROM visit_windows r WHERE r.visit_id = v.id)) END AS windows,
     CASE WHEN $2 THEN (SELECT json_agg(json_build_object('name', d.name, 'title', d.title, 'agency', d.agency, 'email', d.email, 'isLeader', d.is_leader, 'role', NULL) ORDER BY d.position)
       FROM visit_delegates d WHERE d.visit_id = v.id) END AS delegation,
     CASE WHEN $2 AND $3 THEN (SELECT json_agg(json_build_object('name', p.name, 'title', p.title, 'agency', p.agency, 'email', NULL, 'isLeader', false, 'role', p.role) ORDER BY p.position)
       FROM visit_host_participants p WHERE p.visit_id = v.id) END AS host_participants,
     CASE WHEN $2 AND $3 THEN (SELECT json_agg(json_build_object('startsAt', a.starts_at, 'title', a.title, 'presenter', a.presenter) ORDER BY a.position, a.starts_at)
       FROM visit_agenda_items a WHERE a.visit_id = v.id) END AS agenda
   FROM visits v
   JOIN city_refs h ON h.id = v.host_city_id
   JOIN city_refs c ON c.id = v.visiting_city_id
   LEFT JOIN visit_host_settings s ON s.city_id = v.visiting_city_id
   WHERE v.id = ANY($1::uuid[])
   ORDER BY v.starts_at NULLS LAST, v.id`,
);

/** At most this many visits in one city feed: a year back and everything ahead is far less in practice. */
export const FEED_LIMIT = 500;

/**
 * A city's visits for its feed (hosted and made, each side on its own index), from a year ago on;
 * $2 true = all that have a slot (the token holders), false = the public ones only.
 */
const FEED_IDS = statement(
  'visit_feed_ids',
  `SELECT id FROM (
     SELECT id, starts_at FROM visits WHERE host_city_id = $1 AND starts_at >= now() - interval '1 year' AND ($2 OR (state IN ('confirmed', 'completed') AND NOT is_private))
     UNION ALL
     SELECT id, starts_at FROM visits WHERE visiting_city_id = $1 AND starts_at >= now() - interval '1 year' AND ($2 OR (state IN ('confirmed', 'completed') AND NOT is_private))
   ) x ORDER BY starts_at, id LIMIT ${FEED_LIMIT}`,
);

const date = (value: string | Date) => new Date(value);

/** Reads visits as documents (visit-document.ts) for the calendars and the letters. */
@Injectable()
export class VisitDocuments {
  constructor(
    private readonly sql: SqlReader,
    private readonly practices: PracticeSearchService,
  ) {}

  async byIds(ids: readonly string[], parts: { rosters: boolean; letter: boolean }): Promise<VisitDocument[]> {
    if (!ids.length) return [];
    const rows = await this.sql.rows<DocumentRow>(DOCUMENTS, [ids, parts.rosters, parts.letter]);
    const practiceIds = [...new Set(rows.flatMap((r) => r.practice_ids ?? []))];
    const found = practiceIds.length ? await this.practices.byIds(practiceIds) : [];
    const titles = new Map(
      found.flatMap((p) => (p ? [[p.id, (p.texts.find((t) => t.language === 'id') ?? p.texts[0])?.title ?? ''] as const] : [])),
    );
    return rows.map((r) => ({
      id: r.id,
      state: r.state,
      purpose: r.purpose,
      topics: r.topics,
      isPrivate: r.is_private,
      isDemo: r.is_demo,
      sequence: r.sequence,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      venue: r.venue,
      hostTimeZone: r.host_time_zone,
      visitingTimeZone: r.visiting_time_zone ?? timeZoneForProvince(r.visiting_code.slice(0, 2)).iana,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      confirmedAt: r.confirmed_at,
      host: { id: r.host_id, code: r.host_code, slug: r.host_slug, name: r.host_name },
      visiting: { id: r.visiting_id, code: r.visiting_code, slug: r.visiting_slug, name: r.visiting_name },
      practices: (r.practice_ids ?? []).map((id) => titles.get(id)).filter((t): t is string => !!t),
      windows: (r.windows ?? []).map((w) => ({ startsAt: date(w.startsAt), endsAt: date(w.endsAt) })),
      delegation: r.delegation ?? [],
      hostParticipants: r.host_participants ?? [],
      agenda: (r.agenda ?? []).map((a) => ({ startsAt: date(a.startsAt), title: a.title, presenter: a.presenter })),
    }));
  }

  async one(id: string, parts: { rosters: boolean; letter: boolean }): Promise<VisitDocument | null> {
    return (await this.byIds([id], parts))[0] ?? null;
  }

  /** A city's feed: `withToken` = every visit with a slot and the rosters, else the public visits only. */
  async feed(cityId: number, withToken: boolean): Promise<VisitDocument[]> {
    const ids = (await this.sql.rows<{ id: string }>(FEED_IDS, [cityId, withToken])).map((r) => r.id);
    return this.byIds(ids, { rosters: withToken, letter: false });
  }
}
