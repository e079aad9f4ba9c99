import type { Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../../common/transaction.js';
import { isUuid } from '../../common/uuid.js';
import type { ResourceFinder } from '../../policy/allow.decorator.js';

/** The policy's resource for a follow-up action: its visit (host and visiting city, state). */
@Injectable()
export class VisitFollowUpResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(followUpId: unknown): Promise<Resource | null> {
    if (!isUuid(followUpId)) return null;
    const [row] = await this.connection.manager.query(
      `SELECT h.code AS host, g.code AS visiting, v.state FROM visit_follow_ups f JOIN visits v ON v.id = f.visit_id
       JOIN city_refs h ON h.id = v.host_city_id JOIN city_refs g ON g.id = v.visiting_city_id WHERE f.id = $1`,
      [followUpId],
    );
    return row ? { cities: [{ cityId: row.host, part: 'host' }, { cityId: row.visiting, part: 'visiting' }], state: row.state } : null;
  }
}
