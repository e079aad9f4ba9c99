import type { Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import type { ResourceFinder } from '../policy/allow.decorator.js';

/** The policy's resource for operations on a practice: its city, its author and its state. */
@Injectable()
export class PracticeResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(practiceId: unknown): Promise<Resource | null> {
    if (!isUuid(practiceId)) return null;
    const [row] = await this.connection.manager.query(
      `SELECT c.code, p.author_id, p.state FROM practices p JOIN city_refs c ON c.id = p.city_id WHERE p.id = $1`,
      [practiceId],
    );
    return row ? { cities: [{ cityId: row.code, part: 'home' }], ownerId: row.author_id ?? undefined, state: row.state } : null;
  }
}
