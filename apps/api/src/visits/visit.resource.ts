import type { Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import type { ResourceFinder } from '../policy/allow.decorator.js';

/** The policy's resource for operations on a visit: its host and visiting city, and its state. */
@Injectable()
export class VisitResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(visitId: unknown): Promise<Resource | null> {
    if (!isUuid(visitId)) return null;
    const [row] = await this.connection.manager.query(
      `SELECT h.code AS host, v.code AS visiting, x.state FROM visits x JOIN city_refs h ON h.id = x.host_city_id JOIN city_refs v ON v.id = x.visiting_city_id WHERE x.id = $1`,
      [visitId],
    );
    return row ? { cities: [{ cityId: row.host, part: 'host' }, { cityId: row.visiting, part: 'visiting' }], state: row.state } : null;
  }
}

/** The policy's resource for requesting a visit: the visiting city, named by its id (code). */
@Injectable()
export class VisitingCityResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(cityCode: unknown): Promise<Resource | null> {
    if (typeof cityCode !== 'string' || cityCode.length > 20) return null;
    const [row] = await this.connection.manager.query(`SELECT code FROM city_refs WHERE code = $1`, [cityCode]);
    return row ? { cities: [{ cityId: row.code, part: 'visiting' }] } : null;
  }
}
