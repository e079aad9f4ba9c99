import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { CitiesService } from '../cities/cities.service.js';
import { SqlReader, statement } from '../common/sql-reader.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import { type AdoptionStatus, type AdoptionType, type CityAdoptionsType, type RecordAdoptionInput, type UpdateAdoptionInput } from './practice-search.types.js';

const ADOPTION_COLUMNS = `a.id, a.practice_id, a.city_id, a.status, to_char(a.adopted_on, 'YYYY-MM-DD') AS adopted_on, a.notes, a.created_at, a.is_demo`;
interface AdoptionRow {
  id: string;
  practice_id: string;
  city_id: number;
  status: AdoptionStatus;
  adopted_on: string | null;
  notes: string | null;
  created_at: Date;
  is_demo: boolean;
}
const toAdoption = (r: AdoptionRow): AdoptionType => ({
  id: r.id,
  practiceId: r.practice_id,
  cityId: r.city_id,
  status: r.status,
  adoptedOn: r.adopted_on,
  notes: r.notes,
  createdAt: r.created_at,
  isDemo: r.is_demo,
});

// Adoptions are shown while their practice is public (published, or archived and still readable).
const PUBLIC = `p.state IN ('published', 'archived')`;
const BY_PRACTICE = statement(
  'adoptions_by_practice',
  `SELECT ${ADOPTION_COLUMNS} FROM practice_adoptions a WHERE a.practice_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
);
const BY_ID = statement('adoptions_by_id', `SELECT ${ADOPTION_COLUMNS} FROM practice_adoptions a WHERE a.id = ANY($1::uuid[])`);
const OF_CITY_AND_PRACTICE = `SELECT ${ADOPTION_COLUMNS} FROM practice_adoptions a JOIN city_refs c ON c.id = a.city_id WHERE c.slug = $1 AND a.practice_id = $2`;
const COUNTS = statement(
  'adoption_counts_by_practice',
  `SELECT practice_id, count(*)::int AS n FROM practice_adoptions WHERE practice_id = ANY($1::uuid[]) AND status <> 'dropped' GROUP BY practice_id`,
);
const OF_CITY = statement(
  'adoptions_of_city',
  `SELECT ${ADOPTION_COLUMNS}, (a.city_id = c.id) AS adopted_here FROM city_refs c
   JOIN practice_adoptions a ON a.city_id = c.id OR a.practice_id IN (SELECT id FROM practices WHERE city_id = c.id)
   JOIN practices p ON p.id = a.practice_id
   WHERE c.slug = $1 AND ${PUBLIC} ORDER BY a.created_at DESC, a.id`,
);

/** Adoptions: a city records that it adopted (or plans to adopt) another city's published practice. */
@Injectable()
export class AdoptionsService {
  constructor(
    private readonly sql: SqlReader,
    private readonly connection: TransactionalConnection,
    private readonly cities: CitiesService,
    private readonly audit: AuditService,
  ) {}

  async byPractice(ids: readonly string[]): Promise<AdoptionType[][]> {
    const rows = await this.sql.rows<AdoptionRow>(BY_PRACTICE, [ids]);
    return ids.map((id) => rows.filter((r) => r.practice_id === id).map(toAdoption));
  }

  /** Adoptions by id, in the order asked (undefined for an unknown id): for other domains that link to them (visits). */
  async byIds(ids: readonly string[]): Promise<(AdoptionType | undefined)[]> {
    const rows = await this.sql.rows<AdoptionRow>(BY_ID, [ids]);
    const found = new Map(rows.map((r) => [r.id, toAdoption(r)]));
    return ids.map((id) => found.get(id));
  }

  /** The city's adoption of the practice, if it recorded one (read in the current transaction). */
  async ofCityAndPractice(citySlug: string, practiceId: string): Promise<AdoptionType | null> {
    if (!isUuid(practiceId)) return null;
    const [row] = await this.query<AdoptionRow>(OF_CITY_AND_PRACTICE, [citySlug, practiceId]);
    return row ? toAdoption(row) : null;
  }

  async countsByPractice(ids: readonly string[]): Promise<number[]> {
    const rows = await this.sql.rows<{ practice_id: string; n: number }>(COUNTS, [ids]);
    const counts = new Map(rows.map((r) => [r.practice_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  async ofCity(slug: string): Promise<CityAdoptionsType> {
    const rows = await this.sql.rows<AdoptionRow & { adopted_here: boolean }>(OF_CITY, [slug]);
    return { adopted: rows.filter((r) => r.adopted_here).map(toAdoption), adoptedFromHere: rows.filter((r) => !r.adopted_here).map(toAdoption) };
  }

  private query<R = Record<string, any>>(sql: string, values: unknown[]): Promise<R[]> {
    return this.connection.manager.query(sql, values);
  }

  private async read(id: string): Promise<AdoptionType> {
    const [row] = await this.query<AdoptionRow>(`SELECT ${ADOPTION_COLUMNS} FROM practice_adoptions a WHERE a.id = $1`, [id]);
    return toAdoption(row);
  }

  async record(user: SignedInUser, errors: UserErrors, input: RecordAdoptionInput): Promise<AdoptionType | null> {
    if (!validDate(errors, input.adoptedOn)) return null;
    const city = await this.cities.cityRefBySlug(input.citySlug);
    if (!city) errors.add('citySlug', 'NOT_FOUND');
    const [practice] = isUuid(input.practiceId) ? await this.query<{ city_id: number; state: string }>(`SELECT city_id, state FROM practices WHERE id = $1`, [input.practiceId]) : [];
    if (!practice) errors.add('practiceId', 'NOT_FOUND');
    else if (practice.state !== 'published') errors.add('practiceId', 'PRACTICE_NOT_PUBLISHED');
    else if (city && practice.city_id === city.id) errors.add('citySlug', 'OWN_PRACTICE');
    if (errors.any || !city) return null;
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO practice_adoptions (practice_id, city_id, status, adopted_on, notes, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (practice_id, city_id) DO NOTHING RETURNING id`,
      [input.practiceId, city.id, input.status, input.adoptedOn || null, input.notes || null, user.id],
    );
    if (!row) {
      errors.add('practiceId', 'ALREADY_ADOPTED');
      return null;
    }
    await this.audit.record({ actorId: user.id, action: 'adoption.record', entityType: 'practice_adoption', entityId: row.id, cityId: city.id, after: { status: input.status } });
    return this.read(row.id);
  }

  async update(user: SignedInUser, errors: UserErrors, input: UpdateAdoptionInput): Promise<AdoptionType | null> {
    if (!validDate(errors, input.adoptedOn)) return null;
    const [row] = isUuid(input.adoptionId)
      ? await this.query<{ id: string; city_id: number }>(
          `WITH u AS (UPDATE practice_adoptions SET status = $2, adopted_on = $3, notes = $4, updated_at = now() WHERE id = $1 RETURNING id, city_id) SELECT * FROM u`,
          [input.adoptionId, input.status, input.adoptedOn || null, input.notes || null],
        )
      : [];
    if (!row) {
      errors.add('adoptionId', 'NOT_FOUND');
      return null;
    }
    await this.audit.record({ actorId: user.id, action: 'adoption.update', entityType: 'practice_adoption', entityId: row.id, cityId: row.city_id, after: { status: input.status } });
    return this.read(row.id);
  }
}

/** A real calendar date (the pattern is checked at the edge; 2026-02-30 is not a day). */
function validDate(errors: UserErrors, value: string | null | undefined): boolean {
  if (!value) return true;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    errors.add('adoptedOn', 'INVALID_DATE');
    return false;
  }
  return true;
}
