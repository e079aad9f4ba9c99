import { Injectable } from '@nestjs/common';
import { fetchPage, Page } from '../common/pagination.js';
import { currentRequest } from '../common/request-context.js';
import { cleanSlug } from '../common/slug.js';
import { TransactionalConnection } from '../common/transaction.js';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cityId?: number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cityId: number | null;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  citySlug?: string;
  actorEmail?: string;
  from?: Date;
  to?: Date;
}

const SECRET_KEYS = /password|token|hash/i;

/** Drops secrets from what is logged, however deep they are. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_KEYS.test(k)).map(([k, v]) => [k, withoutSecrets(v)]));
  }
  return value;
}

@Injectable()
export class AuditService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Written in the transaction of the change, so a change and its audit entry commit together. */
  async record(entry: AuditRecord): Promise<void> {
    await this.connection.manager.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, city_id, before, after, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.actorId,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.cityId ?? null,
        entry.before === undefined ? null : JSON.stringify(withoutSecrets(entry.before)),
        entry.after === undefined ? null : JSON.stringify(withoutSecrets(entry.after)),
        currentRequest()?.requestId ?? null,
      ],
    );
  }

  async list(filter: AuditFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<AuditRow>> {
    const db = this.connection.manager;
    const params = [filter.citySlug ? cleanSlug(filter.citySlug) : null, filter.actorEmail ?? null, filter.from ?? null, filter.to ?? null];
    const from = `FROM audit_log a LEFT JOIN user_refs u ON u.id = a.actor_id LEFT JOIN city_refs c ON c.id = a.city_id
       WHERE ($1::text IS NULL OR c.slug = $1) AND ($2::text IS NULL OR u.email = $2)
         AND ($3::timestamptz IS NULL OR a.at >= $3) AND ($4::timestamptz IS NULL OR a.at < $4)`;
    return fetchPage(first, after, {
      rows: (limit, offset) =>
        db.query(
          `SELECT a.id::text, a.at, a.actor_id AS "actorId", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId",
                  a.city_id AS "cityId", a.before, a.after, count(*) OVER ()::int AS total
           ${from} ORDER BY a.at DESC, a.id DESC LIMIT $5 OFFSET $6`,
          [...params, limit, offset],
        ),
      count: async () => (await db.query(`SELECT count(*)::int AS n ${from}`, params))[0].n,
    });
  }
}
