import { inCity, type Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { cleanSlug } from '../common/slug.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { ResourceFinder } from '../policy/allow.decorator.js';

/** The policy's resource for operations that name a city by its slug. */
@Injectable()
export class CityResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(slug: unknown): Promise<Resource | null> {
    const [row] = await this.connection.manager.query(`SELECT code FROM cities WHERE slug = $1`, [cleanSlug(slug)]);
    return row ? inCity(row.code) : null;
  }
}
