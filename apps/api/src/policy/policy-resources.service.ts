import type { Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { cleanSlug } from '../common/slug.js';
import { TransactionalConnection } from '../common/transaction.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds the city a policy question is about, from the ids and slugs that operations take. */
@Injectable()
export class PolicyResources {
  constructor(private readonly connection: TransactionalConnection) {}

  private async city(sql: string, param: unknown): Promise<Resource | null> {
    const [row] = await this.connection.manager.query(sql, [param]);
    return row ? { cityId: row.code } : null;
  }

  cityBySlug(slug: unknown): Promise<Resource | null> {
    return this.city(`SELECT code FROM cities WHERE slug = $1`, cleanSlug(slug));
  }

  cityOfMembership(id: unknown): Promise<Resource | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return Promise.resolve(null);
    return this.city(`SELECT c.code FROM city_memberships m JOIN cities c ON c.id = m.city_id WHERE m.id = $1`, id);
  }

  cityOfInvitation(id: unknown): Promise<Resource | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return Promise.resolve(null);
    return this.city(`SELECT c.code FROM invitations i JOIN cities c ON c.id = i.city_id WHERE i.id = $1`, id);
  }
}

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
