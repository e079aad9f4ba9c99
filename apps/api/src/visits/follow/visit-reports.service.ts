import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { SignedInUser } from '../../auth/request-auth.js';
import { SqlReader, statement } from '../../common/sql-reader.js';
import { TransactionalConnection } from '../../common/transaction.js';
import { UserErrors } from '../../common/user-errors.js';
import { isUuid } from '../../common/uuid.js';
import { AdoptionsService } from '../../practices/adoptions.service.js';
import type { AdoptionType } from '../../practices/practice-search.types.js';
import { VisitsService } from '../visits.service.js';
import type { VisitType } from '../visits.types.js';
import { VisitNotifier } from './visit-notifier.service.js';
import type {
  CityVisitOutcomesType,
  FileVisitReportInput,
  FollowUpStatus,
  UpdateVisitFollowUpInput,
  VisitCostTotalType,
  VisitCostType,
  VisitFollowUpType,
} from './visit-follow.types.js';

/** A report as stored, with the codes of the visit's two cities (who may see its details). */
export interface ReportRow {
  visit_id: string;
  summary: string;
  learnings: string;
  source: string | null;
  filed_at: Date;
  updated_at: Date;
  is_demo: boolean;
  filed_by_name: string | null;
  host_code: string;
  visiting_code: string;
  follow_ups: VisitFollowUpType[];
}

/** What a visit cost, before the adoptions' statuses are known. */
export interface CostRow {
  id: string;
  travel_budget: number | null;
  currency: string;
  host_code: string;
  visiting_code: string;
  delegation_size: number;
  days: number;
  adoption_ids: string[];
}

const REPORTS = statement(
  'visit_reports_by_visit',
  `SELECT r.visit_id, r.summary, r.learnings, r.source, r.filed_at, r.updated_at, r.is_demo, u.display_name AS filed_by_name,
     h.code AS host_code, g.code AS visiting_code,
     COALESCE((SELECT json_agg(json_build_object('id', f.id, 'action', f.action, 'ownerAgency', f.owner_agency,
        'dueOn', to_char(f.due_on, 'YYYY-MM-DD'), 'status', f.status) ORDER BY f.position) FROM visit_follow_ups f WHERE f.visit_id = r.visit_id), '[]') AS follow_ups
   FROM visit_reports r JOIN visits v ON v.id = r.visit_id JOIN city_refs h ON h.id = v.host_city_id JOIN city_refs g ON g.id = v.visiting_city_id
   LEFT JOIN user_refs u ON u.id = r.filed_by WHERE r.visit_id = ANY($1::uuid[])`,
);
const COSTS = statement(
  'visit_costs_by_visit',
  `SELECT v.id, v.travel_budget::float8 AS travel_budget, v.currency, h.code AS host_code, g.code AS visiting_code,
     (SELECT count(*)::int FROM visit_delegates d WHERE d.visit_id = v.id) AS delegation_size,
     CASE WHEN v.starts_at IS NULL OR v.ends_at IS NULL THEN 0
          ELSE ((v.ends_at AT TIME ZONE v.host_time_zone)::date - (v.starts_at AT TIME ZONE v.host_time_zone)::date) + 1 END AS days,
     ARRAY(SELECT a.adoption_id FROM visit_adoptions a WHERE a.visit_id = v.id ORDER BY a.created_at, a.adoption_id) AS adoption_ids
   FROM visits v JOIN city_refs h ON h.id = v.host_city_id JOIN city_refs g ON g.id = v.visiting_city_id WHERE v.id = ANY($1::uuid[])`,
);
const ADOPTION_LINKS = statement(
  'visit_adoption_links',
  `SELECT visit_id, adoption_id FROM visit_adoptions WHERE visit_id = ANY($1::uuid[]) ORDER BY created_at, adoption_id`,
);
// Completed visits the city made, newest first (bounded: a city makes a few a year).
const OUTCOMES = statement(
  'visit_outcomes_of_city',
  `SELECT v.id, (SELECT count(*)::int FROM visit_follow_ups f WHERE f.visit_id = v.id AND f.status <> 'dropped') AS follow_ups
   FROM city_refs c JOIN visits v ON v.visiting_city_id = c.id
   WHERE c.slug = $1 AND v.state = 'completed' ORDER BY v.starts_at DESC, v.id LIMIT 500`,
);

/** The budget per adoption, rounded to the cent; null when either is missing. */
export function costPerAdoption(budget: number | null, adoptions: number): number | null {
  return budget != null && adoptions > 0 ? Math.round((budget / adoptions) * 100) / 100 : null;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (value: string) => DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** After a visit: the visiting city's report, its follow-up plan, the adoptions it produced, and its cost. */
@Injectable()
export class VisitReportsService {
  constructor(
    private readonly sql: SqlReader,
    private readonly connection: TransactionalConnection,
    private readonly adoptions: AdoptionsService,
    private readonly visits: VisitsService,
    private readonly notifier: VisitNotifier,
    private readonly audit: AuditService,
  ) {}

  async reportsByVisit(ids: readonly string[]): Promise<(ReportRow | undefined)[]> {
    const rows = await this.sql.rows<ReportRow>(REPORTS, [ids]);
    const found = new Map(rows.map((r) => [r.visit_id, r]));
    return ids.map((id) => found.get(id));
  }

  async adoptionsByVisit(ids: readonly string[]): Promise<AdoptionType[][]> {
    const links = await this.sql.rows<{ visit_id: string; adoption_id: string }>(ADOPTION_LINKS, [ids]);
    const adoptions = links.length ? await this.adoptions.byIds(links.map((l) => l.adoption_id)) : [];
    return ids.map((id) => links.flatMap((l, i) => (l.visit_id === id && adoptions[i] ? [adoptions[i]] : [])));
  }

  /** Each visit's cost and the codes of its cities; adoptions counted unless dropped. */
  async costsByVisit(ids: readonly string[]): Promise<({ cost: VisitCostType; hostCode: string; visitingCode: string } | undefined)[]> {
    const rows = await this.sql.rows<CostRow>(COSTS, [ids]);
    const adoptionIds = rows.flatMap((r) => r.adoption_ids);
    const adoptions = adoptionIds.length ? await this.adoptions.byIds(adoptionIds) : [];
    const live = new Set(adoptions.flatMap((a) => (a && a.status !== 'dropped' ? [a.id] : [])));
    const found = new Map(
      rows.map((r) => {
        const adoptionCount = r.adoption_ids.filter((id) => live.has(id)).length;
        const cost: VisitCostType = {
          delegationSize: r.delegation_size,
          days: r.days,
          travelBudget: r.travel_budget,
          currency: r.currency,
          adoptionCount,
          costPerAdoption: costPerAdoption(r.travel_budget, adoptionCount),
        };
        return [r.id, { cost, hostCode: r.host_code, visitingCode: r.visiting_code }];
      }),
    );
    return ids.map((id) => found.get(id));
  }

  /** The completed visits a city made: each one's cost, totals per currency, and those that produced nothing. */
  async outcomes(citySlug: string): Promise<CityVisitOutcomesType> {
    const rows = await this.sql.rows<{ id: string; follow_ups: number }>(OUTCOMES, [citySlug]);
    const ids = rows.map((r) => r.id);
    const [costs, visits] = ids.length ? await Promise.all([this.costsByVisit(ids), this.visits.byIds(ids)]) : [[], []];
    const outcomes = rows.flatMap((r, i) => {
      const visit = visits[i] as VisitType | undefined;
      const cost = costs[i]?.cost;
      if (!visit || !cost) return [];
      return [{ visit, cost, followUpCount: r.follow_ups, adoptionCount: cost.adoptionCount, hasCommitment: cost.adoptionCount + r.follow_ups > 0 }];
    });
    const totals = new Map<string, VisitCostTotalType>();
    for (const { cost } of outcomes) {
      const t = totals.get(cost.currency) ?? { currency: cost.currency, visitCount: 0, travelBudget: 0, adoptionCount: 0, costPerAdoption: null };
      t.visitCount += 1;
      t.travelBudget += cost.travelBudget ?? 0;
      t.adoptionCount += cost.adoptionCount;
      t.costPerAdoption = costPerAdoption(t.travelBudget, t.adoptionCount);
      totals.set(cost.currency, t);
    }
    return { citySlug, visits: outcomes, totals: [...totals.values()], withoutCommitment: outcomes.filter((o) => !o.hasCommitment).map((o) => o.visit) };
  }

  private query<R = Record<string, unknown>>(sql: string, values: unknown[]): Promise<R[]> {
    return this.connection.manager.query(sql, values);
  }

  /** Files the report of a completed visit, or changes it: summary, learnings, the follow-up plan, adoptions. */
  async file(user: SignedInUser, errors: UserErrors, input: FileVisitReportInput): Promise<VisitType | null> {
    const [visit] = isUuid(input.visitId)
      ? await this.query<{ id: string; state: string; visiting_slug: string; visiting_city_id: number }>(
          `SELECT v.id, v.state, g.slug AS visiting_slug, v.visiting_city_id FROM visits v JOIN city_refs g ON g.id = v.visiting_city_id WHERE v.id = $1 FOR UPDATE OF v`,
          [input.visitId],
        )
      : [];
    if (!visit) {
      errors.add('visitId', 'NOT_FOUND');
      return null;
    }
    if (visit.state !== 'completed') {
      errors.add('visitId', 'INVALID_TRANSITION');
      return null;
    }
    const keptIds = input.followUps.flatMap((f) => (f.id ? [f.id] : []));
    const known = new Set(
      keptIds.length && keptIds.every(isUuid)
        ? (await this.query<{ id: string }>(`SELECT id FROM visit_follow_ups WHERE visit_id = $1 AND id = ANY($2::uuid[])`, [visit.id, keptIds])).map((r) => r.id)
        : [],
    );
    input.followUps.forEach((f, i) => {
      if (f.id && !known.has(f.id)) errors.add(`followUps.${i}.id`, 'NOT_FOUND');
      if (f.dueOn && !realDate(f.dueOn)) errors.add(`followUps.${i}.dueOn`, 'INVALID_DATE');
    });
    if (errors.any) return null;

    const [{ inserted }] = await this.query<{ inserted: boolean }>(
      `INSERT INTO visit_reports (visit_id, summary, learnings, filed_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (visit_id) DO UPDATE SET summary = EXCLUDED.summary, learnings = EXCLUDED.learnings, updated_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [visit.id, input.summary, input.learnings, user.id],
    );
    // The plan is replaced as a whole; a kept action keeps its id.
    await this.query(`DELETE FROM visit_follow_ups WHERE visit_id = $1`, [visit.id]);
    for (const [i, f] of input.followUps.entries()) {
      await this.query(
        `INSERT INTO visit_follow_ups (id, visit_id, position, action, owner_agency, due_on, status) VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7)`,
        [f.id || null, visit.id, i + 1, f.action, f.ownerAgency, f.dueOn || null, f.status],
      );
    }
    for (const [i, a] of (input.adoptions ?? []).entries()) {
      const adoption = await this.adoptionFor(user, errors, i, visit.visiting_slug, a);
      if (!adoption) continue;
      await this.query(`INSERT INTO visit_adoptions (visit_id, adoption_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [visit.id, adoption.id]);
    }
    if (errors.any) return null;
    await this.query(`INSERT INTO visit_events (visit_id, actor_id, side, action, detail) VALUES ($1, $2, 'visiting', 'REPORT', $3)`, [
      visit.id,
      user.id,
      JSON.stringify({ followUps: input.followUps.length, adoptions: input.adoptions?.length ?? 0, first: inserted }),
    ]);
    await this.audit.record({ actorId: user.id, action: inserted ? 'visit.report' : 'visit.report.update', entityType: 'visit', entityId: visit.id, cityId: visit.visiting_city_id });
    if (inserted) await this.notifier.reported(visit.id, user.id);
    const [saved] = await this.visits.byIds([visit.id]);
    return (saved as VisitType | undefined) ?? null;
  }

  /** The city's adoption of the practice: the one it recorded before, else a new one (errors named `adoptions.<i>.<field>`). */
  private async adoptionFor(
    user: SignedInUser,
    errors: UserErrors,
    i: number,
    citySlug: string,
    a: NonNullable<FileVisitReportInput['adoptions']>[number],
  ): Promise<AdoptionType | null> {
    if (!isUuid(a.practiceId)) {
      errors.add(`adoptions.${i}.practiceId`, 'UNKNOWN_PRACTICE');
      return null;
    }
    const existing = await this.adoptions.ofCityAndPractice(citySlug, a.practiceId);
    if (existing) return existing;
    const own = new UserErrors(errors.language);
    const recorded = await this.adoptions.record(user, own, { practiceId: a.practiceId, citySlug, status: a.status, adoptedOn: a.adoptedOn, notes: a.notes });
    for (const e of own.list) errors.list.push({ ...e, field: `adoptions.${i}.${e.field === 'citySlug' ? 'practiceId' : e.field}` });
    return recorded;
  }

  async updateFollowUp(errors: UserErrors, input: UpdateVisitFollowUpInput): Promise<VisitFollowUpType | null> {
    const [row] = isUuid(input.followUpId)
      ? await this.query<{ id: string; action: string; owner_agency: string; due_on: string | null; status: FollowUpStatus }>(
          `WITH u AS (UPDATE visit_follow_ups SET status = $2, updated_at = now() WHERE id = $1 RETURNING id, action, owner_agency, to_char(due_on, 'YYYY-MM-DD') AS due_on, status)
           SELECT * FROM u`,
          [input.followUpId, input.status],
        )
      : [];
    if (!row) {
      errors.add('followUpId', 'NOT_FOUND');
      return null;
    }
    return { id: row.id, action: row.action, ownerAgency: row.owner_agency, dueOn: row.due_on, status: row.status };
  }
}
