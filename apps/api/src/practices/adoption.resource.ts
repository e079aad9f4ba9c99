import { inCity, type Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import type { ResourceFinder } from '../policy/allow.decorator.js';

/** The policy's resource for changing an adoption: the adopting city. */
@Injectable()
export class AdoptionResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(adoptionId: unknown): Promise<Resource | null> {
    if (!isUuid(adoptionId)) return null;
    const [row] = await this.connection.manager.query(`SELECT c.code FROM practice_adoptions a JOIN city_refs c ON c.id = a.city_id WHERE a.id = $1`, [adoptionId]);
    return row ? inCity(row.code) : null;
  }
}
