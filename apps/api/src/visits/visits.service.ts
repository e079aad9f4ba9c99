import { type Actor, isAllowed, type Resource, type VisitSide } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import type { SignedInUser } from '../auth/request-auth.js';
import { type Page, readPage } from '../common/pagination.js';
import { cleanSlug } from '../common/slug.js';
import { namedStatement, SqlReader, statement } from '../common/sql-reader.js';
import { isUuid } from '../common/uuid.js';
import { fromJson, PUBLIC_VISIT, toVisit, VISIT_COLUMNS, VISITS_FROM, type VisitJsonRow, type VisitRow } from './visit-rows.js';
import {
  type VisitAgendaItemType,
  type VisitDelegateType,
  type VisitEventType,
  type VisitHostParticipantType,
  VisitSideEnum,
  type VisitStateEnum,
  type VisitType,
  type VisitWindowType,
} from './visits.types.js';

/** The policy's resource of a visit. */
type VisitCities = Pick<VisitType, 'hostCityCode' | 'visitingCityCode'> & { state: string };
export const visitResource = (v: VisitCities): Resource => ({
  cities: [
    { cityId: v.hostCityCode, part: 'host' },
    { cityId: v.visitingCityCode, part: 'visiting' },
  ],
  state: v.state,
});

/** Members of either city and platform admins see everything of a visit; others only a public one. */
export const mayViewDetails = (actor: Actor | null, v: VisitCities) => isAllowed(actor, 'VISIT_VIEW_DETAILS', visitResource(v));
export const isPublicVisit = (v: Pick<VisitType, 'state' | 'isPrivate'>) => (v.state === 'confirmed' || v.state === 'completed') && !v.isPrivate;

/** The sides the actor acts for: the host's admins, the visiting city's editors and admins. */
export function viewerSides(actor: Actor | null, v: VisitCities): VisitSide[] {
  const resource = visitResource(v);
  const sides: VisitSide[] = [];
  if (isAllowed(actor, 'VISIT_CONFIRM', resource)) sides.push('host');
  if (isAllowed(actor, 'VISIT_ACCEPT', resource)) sides.push('visiting');
  return sides;
}

const BY_IDS = statement('visits_by_ids', `SELECT ${VISIT_COLUMNS} FROM ${VISITS_FROM} WHERE x.id = ANY($1::uuid[])`);

// A city's visits (`$1` its slug) on one side or both; `$2` the states (null: all), `$3`/`$4` the
// slot's start from/to (null: open); `$5` whether the viewer sees all of them (a member, a platform
// admin); `$6` the viewer's cities (they see the private visits with them); `$7` limit, `$8` offset;
// `$9` whether to count the total (once, only when asked). One row: the total and the page as JSON
// (parsed natively, instead of 23 columns of 21 rows through pg's per-field parsers).
const citySide = (side: VisitSide | null) =>
  side === 'host' ? 'x.host_city_id = c.id' : side === 'visiting' ? 'x.visiting_city_id = c.id' : '(x.host_city_id = c.id OR x.visiting_city_id = c.id)';
const cityWhere = (side: VisitSide | null) => `WHERE c.slug = $1 AND ${citySide(side)}
  AND ($2::text[] IS NULL OR x.state = ANY($2::text[])) AND ($3::timestamptz IS NULL OR x.starts_at >= $3) AND ($4::timestamptz IS NULL OR x.starts_at < $4)
  AND ($5 OR ${PUBLIC_VISIT} OR x.host_city_id = ANY($6::int[]) OR x.visiting_city_id = ANY($6::int[]))`;
const cityCountSql = (side: VisitSide | null) => `SELECT count(*)::int AS total FROM visits x, city_refs c ${cityWhere(side)}`;
const cityOrder = (a: string) => `${a}.starts_at DESC NULLS FIRST, ${a}.created_at DESC, ${a}.id`;
const cityList = (side: VisitSide | null) =>
  namedStatement(
    `visits_city_${side ?? 'both'}`,
    () => `SELECT CASE WHEN $9::boolean THEN (${cityCountSql(side)}) END AS total,
      (SELECT coalesce(json_agg(p ORDER BY ${cityOrder('p')}), '[]') FROM (
        SELECT ${VISIT_COLUMNS} FROM ${VISITS_FROM}, city_refs c ${cityWhere(side)} ORDER BY ${cityOrder('x')} LIMIT $7 OFFSET $8) p) AS rows`,
  );
const cityCount = (side: VisitSide | null) => namedStatement(`visits_city_${side ?? 'both'}_count`, () => cityCountSql(side));

const PUBLIC = statement('visits_public', `SELECT ${VISIT_COLUMNS} FROM ${VISITS_FROM} WHERE ${PUBLIC_VISIT} ORDER BY x.starts_at DESC, x.id DESC LIMIT $1 OFFSET $2`);
const PUBLIC_COUNT = statement('visits_public_count', `SELECT count(*)::int AS total FROM visits x WHERE ${PUBLIC_VISIT}`);

/** All visits of the cities `$1`, last changed first. */
const MINE_WHERE = 'WHERE (x.host_city_id = ANY($1::int[]) OR x.visiting_city_id = ANY($1::int[]))';
const MINE = statement('visits_mine', `SELECT ${VISIT_COLUMNS} FROM ${VISITS_FROM} ${MINE_WHERE} ORDER BY x.updated_at DESC, x.id LIMIT $2 OFFSET $3`);
const MINE_COUNT = statement('visits_mine_count', `SELECT count(*)::int AS total FROM visits x ${MINE_WHERE}`);
/**
 * What waits for the viewer, oldest first: requests to the cities they administer (`$1`), proposals
 * to the cities they request for (`$2`), and confirmed visits of either that ended and wait to be completed.
 */
const INBOX_WHERE = `WHERE (x.host_city_id = ANY($1::int[]) AND x.state = 'requested')
  OR (x.visiting_city_id = ANY($2::int[]) AND x.state = 'proposed')
  OR ((x.host_city_id = ANY($1::int[]) OR x.visiting_city_id = ANY($2::int[])) AND x.state = 'confirmed' AND x.ends_at <= now())`;
const INBOX = statement('visits_inbox', `SELECT ${VISIT_COLUMNS} FROM ${VISITS_FROM} ${INBOX_WHERE} ORDER BY x.updated_at, x.id LIMIT $3 OFFSET $4`);
const INBOX_COUNT = statement('visits_inbox_count', `SELECT count(*)::int AS total FROM visits x ${INBOX_WHERE}`);

const WINDOWS = statement(
  'visit_windows_current',
  `SELECT w.id, w.visit_id, w.starts_at, w.ends_at, w.proposed_by FROM visit_windows w
   WHERE w.visit_id = ANY($1::uuid[]) AND w.round = (SELECT max(round) FROM visit_windows m WHERE m.visit_id = w.visit_id) ORDER BY w.position`,
);
const PRACTICE_IDS = statement('visit_practice_ids', `SELECT visit_id, practice_id FROM visit_practices WHERE visit_id = ANY($1::uuid[]) ORDER BY position`);
const DELEGATES = statement('visit_delegates_of', `SELECT id, visit_id, name, title, agency, email, is_leader FROM visit_delegates WHERE visit_id = ANY($1::uuid[]) ORDER BY position`);
const HOSTS = statement('visit_host_participants_of', `SELECT id, visit_id, name, title, agency, role FROM visit_host_participants WHERE visit_id = ANY($1::uuid[]) ORDER BY position`);
const AGENDA = statement('visit_agenda_of', `SELECT id, visit_id, starts_at, title, practice_id, presenter FROM visit_agenda_items WHERE visit_id = ANY($1::uuid[]) ORDER BY position`);
const EVENTS = statement(
  'visit_events_of',
  `SELECT e.id::text AS id, e.visit_id, e.at, e.action, e.side, e.from_state, e.to_state, u.display_name, e.detail->>'message' AS message
   FROM visit_events e LEFT JOIN user_refs u ON u.id = e.actor_id WHERE e.visit_id = ANY($1::uuid[]) ORDER BY e.id`,
);

/** What a list statement brings beside its rows because the query asks for it. */
export interface ListAlong {
  /** The total count (totalCount), in the same statement. */
  withTotal?: boolean;
  /** The visits' cities, when the query asks only CITY_REF_FIELDS of them. */
  withCities?: boolean;
}

/** Rows of several visits, grouped in the order of `ids`. */
function byVisit<R extends { visit_id: string }, T>(ids: readonly string[], rows: R[], map: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.visit_id)?.push(map(row));
  return ids.map((id) => groups.get(id) ?? []);
}

/** Reading visits: the lists, one visit and the parts of many (for the DataLoaders). Writing is VisitWorkflow's. */
@Injectable()
export class VisitsService {
  constructor(private readonly sql: SqlReader) {}

  /** Visits by id, in the order asked (undefined for a missing one); no visibility check. */
  async byIds(ids: readonly string[]): Promise<(VisitType | undefined)[]> {
    const rows = await this.sql.rows<VisitRow>(BY_IDS, [ids.filter(isUuid)]);
    const found = new Map(rows.map((r) => [r.id, toVisit(r)]));
    return ids.map((id) => found.get(id));
  }

  /** The visit if the actor may see it: public ones to anyone, the others to its cities' members. */
  async findForActor(actor: Actor | null, id: string): Promise<VisitType | null> {
    if (!isUuid(id)) return null;
    const [visit] = await this.byIds([id]);
    return visit && (isPublicVisit(visit) || mayViewDetails(actor, visit)) ? visit : null;
  }

  /**
   * A city's visits the viewer may see. `along`: what the query asks beside the rows, brought by the
   * list statement: the total (`withTotal`) and the cities' CITY_REF_FIELDS (`withCities`).
   */
  cityVisits(
    user: SignedInUser | null,
    actor: Actor | null,
    filter: { citySlug: string; side?: VisitSideEnum | null; states?: VisitStateEnum[] | null; from?: Date | null; to?: Date | null },
    first: number | null | undefined,
    after: string | null | undefined,
    along: ListAlong = {},
  ): Promise<Page<VisitType>> {
    const slug = cleanSlug(filter.citySlug);
    const side = filter.side === VisitSideEnum.HOST ? 'host' : filter.side === VisitSideEnum.VISITING ? 'visiting' : null;
    const myCities = user?.memberships.map((m) => m.cityId) ?? [];
    // Platform admins see every visit; members of either city of a visit see it (the statement checks row by row).
    const seesAll = actor?.isPlatformAdmin === true;
    const values = [slug, filter.states?.length ? filter.states : null, filter.from ?? null, filter.to ?? null, seesAll, myCities];
    let total: number | null = null;
    return readPage(first, after, {
      rows: async (limit, offset) => {
        const [page] = await this.sql.rows<{ total: number | null; rows: VisitJsonRow[] }>(cityList(side), [...values, limit, offset, along.withTotal === true]);
        total = page.total;
        return page.rows;
      },
      count: async () => total ?? (await this.sql.rows<{ total: number }>(cityCount(side), values))[0].total,
      map: (row) => toVisit(fromJson(row), along),
    });
  }

  publicVisits(first: number | null | undefined, after: string | null | undefined): Promise<Page<VisitType>> {
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<VisitRow>(PUBLIC, [limit, offset]),
      count: async () => (await this.sql.rows<{ total: number }>(PUBLIC_COUNT, []))[0].total,
      map: (row) => toVisit(row),
    });
  }

  /** Every visit of the user's cities. */
  mine(user: SignedInUser, first: number | null | undefined, after: string | null | undefined): Promise<Page<VisitType>> {
    const cities = user.memberships.map((m) => m.cityId);
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<VisitRow>(MINE, [cities, limit, offset]),
      count: async () => (await this.sql.rows<{ total: number }>(MINE_COUNT, [cities]))[0].total,
      map: (row) => toVisit(row),
    });
  }

  /** The visits waiting for the user to act, on the sides their roles act for. */
  inbox(user: SignedInUser, first: number | null | undefined, after: string | null | undefined): Promise<Page<VisitType>> {
    const hosting = user.memberships.filter((m) => m.role === 'ADMIN').map((m) => m.cityId);
    const visiting = user.memberships.filter((m) => m.role === 'ADMIN' || m.role === 'EDITOR').map((m) => m.cityId);
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<VisitRow>(INBOX, [hosting, visiting, limit, offset]),
      count: async () => (await this.sql.rows<{ total: number }>(INBOX_COUNT, [hosting, visiting]))[0].total,
      map: (row) => toVisit(row),
    });
  }

  async windowsOf(visitIds: readonly string[]): Promise<VisitWindowType[][]> {
    type Row = { id: string; visit_id: string; starts_at: Date; ends_at: Date; proposed_by: VisitSideEnum };
    const rows = await this.sql.rows<Row>(WINDOWS, [visitIds]);
    return byVisit(visitIds, rows, (r) => ({ id: r.id, startsAt: r.starts_at, endsAt: r.ends_at, proposedBy: r.proposed_by }));
  }

  async practiceIdsOf(visitIds: readonly string[]): Promise<string[][]> {
    const rows = await this.sql.rows<{ visit_id: string; practice_id: string }>(PRACTICE_IDS, [visitIds]);
    return byVisit(visitIds, rows, (r) => r.practice_id);
  }

  async delegatesOf(visitIds: readonly string[]): Promise<VisitDelegateType[][]> {
    type Row = { id: string; visit_id: string; name: string; title: string; agency: string; email: string | null; is_leader: boolean };
    const rows = await this.sql.rows<Row>(DELEGATES, [visitIds]);
    return byVisit(visitIds, rows, (r) => ({ id: r.id, name: r.name, title: r.title, agency: r.agency, email: r.email, isLeader: r.is_leader }));
  }

  async hostParticipantsOf(visitIds: readonly string[]): Promise<VisitHostParticipantType[][]> {
    type Row = { id: string; visit_id: string; name: string; title: string; agency: string | null; role: string | null };
    const rows = await this.sql.rows<Row>(HOSTS, [visitIds]);
    return byVisit(visitIds, rows, (r) => ({ id: r.id, name: r.name, title: r.title, agency: r.agency, role: r.role }));
  }

  async agendaOf(visitIds: readonly string[]): Promise<VisitAgendaItemType[][]> {
    type Row = { id: string; visit_id: string; starts_at: Date; title: string; practice_id: string | null; presenter: string | null };
    const rows = await this.sql.rows<Row>(AGENDA, [visitIds]);
    return byVisit(visitIds, rows, (r) => ({ id: r.id, startsAt: r.starts_at, title: r.title, practiceId: r.practice_id, presenter: r.presenter }));
  }

  async eventsOf(visitIds: readonly string[]): Promise<VisitEventType[][]> {
    type Row = { id: string; visit_id: string; at: Date; action: string; side: VisitSideEnum | null; from_state: VisitStateEnum | null; to_state: VisitStateEnum | null; display_name: string | null; message: string | null };
    const rows = await this.sql.rows<Row>(EVENTS, [visitIds]);
    return byVisit(visitIds, rows, (r) => ({ id: r.id, at: r.at, action: r.action, side: r.side, fromState: r.from_state, toState: r.to_state, actorName: r.display_name, detail: r.message }));
  }
}
