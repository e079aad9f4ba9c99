import { inCity, type Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import type { ResourceFinder } from '../policy/allow.decorator.js';

async function cityOf(connection: TransactionalConnection, table: 'city_memberships' | 'invitations', id: unknown): Promise<Resource | null> {
  if (!isUuid(id)) return null;
  const [row] = await connection.manager.query(`SELECT c.code FROM ${table} t JOIN city_refs c ON c.id = t.city_id WHERE t.id = $1`, [id]);
  return row ? inCity(row.code) : null;
}

/** The policy's resource for operations on a membership: its city. */
@Injectable()
export class MembershipResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  find(membershipId: unknown): Promise<Resource | null> {
    return cityOf(this.connection, 'city_memberships', membershipId);
  }
}

/** The policy's resource for operations on an invitation: its city. */
@Injectable()
export class InvitationResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  find(invitationId: unknown): Promise<Resource | null> {
    return cityOf(this.connection, 'invitations', invitationId);
  }
}
