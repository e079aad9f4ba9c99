import { inCity, type Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import type { ResourceFinder } from '../policy/allow.decorator.js';

/** An import's city (none when a platform admin imported for any city: then only platform admins pass). */
@Injectable()
export class MetricImportResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(importId: unknown): Promise<Resource | null> {
    if (!isUuid(importId)) return null;
    const [row] = await this.connection.manager.query(`SELECT c.code FROM metric_imports i LEFT JOIN city_refs c ON c.id = i.city_id WHERE i.id = $1`, [importId]);
    if (!row) return null;
    return row.code ? inCity(row.code) : { cities: [] };
  }
}
