import { type Actor, inCity, isAllowed, PRACTICE_TOPICS } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import type { SignedInUser } from '../auth/request-auth.js';
import { type Language, message } from '../common/messages.js';
import { type Page, readPage } from '../common/pagination.js';
import { cleanSlug } from '../common/slug.js';
import { namedStatement, SqlReader, statement } from '../common/sql-reader.js';
import { isUuid } from '../common/uuid.js';
import { diffSnapshots } from './practice-diff.js';
import { PRACTICE_COLUMNS, PRACTICES_FROM, type PracticeRow, toPractice } from './practice-rows.js';
import { type PracticeRevisionDiffType, type PracticeRevisionType, PracticeState, type PracticeTopicType, type PracticeType } from './practices.types.js';


const orderOf = (state: PracticeState) => (state === PracticeState.PUBLISHED ? 'p.published_at DESC, p.id DESC' : 'p.updated_at DESC, p.id DESC');
/** `$1` state, `$2` city slug when `byCity`, then limit and offset. */
const list = (state: PracticeState, byCity: boolean) =>
  namedStatement(`practices_${state}${byCity ? '_city' : ''}`, () => {
    const city = byCity ? ' AND p.city_id = (SELECT id FROM city_refs WHERE slug = $2)' : '';
    const [limit, offset] = byCity ? ['$3', '$4'] : ['$2', '$3'];
    return `SELECT ${PRACTICE_COLUMNS} FROM ${PRACTICES_FROM} WHERE p.state = $1${city} ORDER BY ${orderOf(state)} LIMIT ${limit} OFFSET ${offset}`;
  });
const count = (byCity: boolean) =>
  namedStatement(`practices_count${byCity ? '_city' : ''}`, () => `SELECT count(*)::int AS total FROM practices p WHERE p.state = $1${byCity ? ' AND p.city_id = (SELECT id FROM city_refs WHERE slug = $2)' : ''}`);

/** The user's own: every practice of the cities they write for (`$1`), and the ones they wrote (`$2`). */
const MINE_WHERE = 'WHERE (p.city_id = ANY($1::int[]) OR p.author_id = $2)';
const MINE = statement('practices_mine', `SELECT ${PRACTICE_COLUMNS} FROM ${PRACTICES_FROM} ${MINE_WHERE} ORDER BY p.updated_at DESC, p.id DESC LIMIT $3 OFFSET $4`);
const MINE_COUNT = statement('practices_mine_count', `SELECT count(*)::int AS total FROM practices p ${MINE_WHERE}`);
/** What waits for review, oldest first: in the cities `$1`, or everywhere when `$2` (a platform admin). */
const REVIEW_WHERE = `WHERE p.state = 'in_review' AND ($2 OR p.city_id = ANY($1::int[]))`;
const TO_REVIEW = statement('practices_to_review', `SELECT ${PRACTICE_COLUMNS} FROM ${PRACTICES_FROM} ${REVIEW_WHERE} ORDER BY p.updated_at, p.id LIMIT $3 OFFSET $4`);
const TO_REVIEW_COUNT = statement('practices_to_review_count', `SELECT count(*)::int AS total FROM practices p ${REVIEW_WHERE}`);
const BY_IDS = statement('practices_by_ids', `SELECT ${PRACTICE_COLUMNS} FROM ${PRACTICES_FROM} WHERE p.id = ANY($1::uuid[])`);
const BY_ID = statement('practice_by_id', `SELECT ${PRACTICE_COLUMNS} FROM ${PRACTICES_FROM} WHERE p.id = $1`);
const REVISIONS = statement('practice_revisions', 'SELECT number, snapshot, created_at FROM practice_revisions WHERE practice_id = $1 ORDER BY number DESC');
const TWO_REVISIONS = statement('practice_two_revisions', 'SELECT number, snapshot FROM practice_revisions WHERE practice_id = $1 AND number = ANY($2::int[])');

/**
 * Published practices are public, and so are archived ones that were once published (their address
 * keeps working); drafts, those in review and drafts archived unpublished only for who may write or
 * review them.
 */
export function isVisible(actor: Actor | null, practice: Pick<PracticeType, 'state' | 'cityCode' | 'publishedAt'>): boolean {
  if (practice.state === PracticeState.PUBLISHED) return true;
  if (practice.state === PracticeState.ARCHIVED && practice.publishedAt) return true;
  return mayViewDrafts(actor, practice);
}

/** The city's editors and admins and platform admins: they see every state and the reviewer's comments. */
export const mayViewDrafts = (actor: Actor | null, practice: Pick<PracticeType, 'cityCode'>) => isAllowed(actor, 'PRACTICE_VIEW_DRAFT', inCity(practice.cityCode));

/** Reading practices: the library's lists, one practice, its history. Writing is PracticeWriter's. */
@Injectable()
export class PracticesService {
  constructor(private readonly sql: SqlReader) {}

  topics(language: Language): PracticeTopicType[] {
    return PRACTICE_TOPICS.map((code) => ({ code, label: message(language, `practices.topics.${code}`) }));
  }

  /** A page of one state's practices, of every city or one; the caller decides who may see which state. */
  list(filter: { citySlug?: string | null; state?: PracticeState | null } | null, first: number | null | undefined, after: string | null | undefined): Promise<Page<PracticeType>> {
    const state = filter?.state ?? PracticeState.PUBLISHED;
    const slug = filter?.citySlug ? cleanSlug(filter.citySlug) : null;
    const scope = slug ? [state, slug] : [state];
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<PracticeRow>(list(state, !!slug), [...scope, limit, offset]),
      count: async () => (await this.sql.rows<{ total: number }>(count(!!slug), scope))[0].total,
      map: toPractice,
    });
  }

  mine(user: SignedInUser, first: number | null | undefined, after: string | null | undefined): Promise<Page<PracticeType>> {
    const cities = user.memberships.filter((m) => m.role === 'EDITOR' || m.role === 'ADMIN').map((m) => m.cityId);
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<PracticeRow>(MINE, [cities, user.id, limit, offset]),
      count: async () => (await this.sql.rows<{ total: number }>(MINE_COUNT, [cities, user.id]))[0].total,
      map: toPractice,
    });
  }

  toReview(user: SignedInUser, first: number | null | undefined, after: string | null | undefined): Promise<Page<PracticeType>> {
    const cities = user.memberships.filter((m) => m.role === 'ADMIN').map((m) => m.cityId);
    const scope = [cities, user.isPlatformAdmin];
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<PracticeRow>(TO_REVIEW, [...scope, limit, offset]),
      count: async () => (await this.sql.rows<{ total: number }>(TO_REVIEW_COUNT, scope))[0].total,
      map: toPractice,
    });
  }

  /** Practices by id in the order asked (undefined for a missing one), without a visibility check: for other domains' loaders. */
  async byIds(ids: readonly string[]): Promise<(PracticeType | undefined)[]> {
    const rows = await this.sql.rows<PracticeRow>(BY_IDS, [ids.filter(isUuid)]);
    const found = new Map(rows.map((r) => [r.id, toPractice(r)]));
    return ids.map((id) => found.get(id));
  }

  /** The practice when it exists and the actor may see it; else null. */
  async visibleById(actor: Actor | null, id: string): Promise<PracticeType | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.sql.rows<PracticeRow>(BY_ID, [id]);
    const practice = row ? toPractice(row) : null;
    return practice && isVisible(actor, practice) ? practice : null;
  }

  /** The published states, newest first; empty when the practice is not visible to the actor. */
  async revisions(actor: Actor | null, practiceId: string): Promise<PracticeRevisionType[]> {
    if (!(await this.visibleById(actor, practiceId))) return [];
    const rows = await this.sql.rows<{ number: number; snapshot: PracticeRow; created_at: Date }>(REVISIONS, [practiceId]);
    // A revision shows the files it was published with (none for those kept before attachments existed).
    return rows.map((r) => ({ number: r.number, createdAt: r.created_at, practice: { ...toPractice(r.snapshot), revisionAttachmentIds: (r.snapshot.attachments ?? []).map((a) => a.id) } }));
  }

  /** What changed from revision `from` to `to`; null when either is missing or the practice is not visible. */
  async revisionDiff(actor: Actor | null, practiceId: string, from: number, to: number): Promise<PracticeRevisionDiffType | null> {
    if (!(await this.visibleById(actor, practiceId))) return null;
    const rows = await this.sql.rows<{ number: number; snapshot: PracticeRow }>(TWO_REVISIONS, [practiceId, [from, to]]);
    const [a, b] = [rows.find((r) => r.number === from), rows.find((r) => r.number === to)];
    if (!a || !b) return null;
    return { from, to, fields: diffSnapshots(a.snapshot, b.snapshot) };
  }
}
