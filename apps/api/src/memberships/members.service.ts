import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { cleanSlug } from '../common/slug.js';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import type { UserErrors } from '../common/user-errors.js';
import { CityMembershipType, CityRole } from './memberships.types.js';

export const MEMBER_COLUMNS = `m.id, m.role, m.created_at AS "createdAt", m.city_id AS "cityId", m.user_id AS "userId"`;

/** City memberships: who speaks for a city, and in which role. */
@Injectable()
export class MembersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async ofCity(citySlug: string): Promise<CityMembershipType[]> {
    return this.connection.manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM city_memberships m JOIN user_refs u ON u.id = m.user_id
       WHERE m.city_id = (SELECT id FROM city_refs WHERE slug = $1) ORDER BY m.role, u.display_name`,
      [cleanSlug(citySlug)],
    );
  }

  async adminCount(cityId: number): Promise<number> {
    const [{ n }] = await this.connection.manager.query(`SELECT count(*)::int AS n FROM city_memberships WHERE city_id = $1 AND role = 'ADMIN'`, [cityId]);
    return n;
  }

  /** Adds a member, or returns null when the user already is one. */
  async add(actorId: string | null, userId: string, cityId: number, role: CityRole, reason: string): Promise<CityMembershipType | null> {
    const [row] = await this.connection.manager.query(
      `INSERT INTO city_memberships (user_id, city_id, role) VALUES ($1, $2, $3) ON CONFLICT (user_id, city_id) DO NOTHING
       RETURNING id, role, created_at AS "createdAt", city_id AS "cityId", user_id AS "userId"`,
      [userId, cityId, role],
    );
    if (row) await this.audit.record({ actorId, action: `membership.add.${reason}`, entityType: 'city_membership', entityId: row.id, cityId, after: { userId, role } });
    return row ?? null;
  }

  /** Locks the city's memberships, so two admins demoting each other cannot leave it without one. */
  private async lockedMembership(errors: UserErrors, membershipId: string) {
    if (!isUuid(membershipId)) {
      errors.add('membershipId', 'NOT_FOUND');
      return null;
    }
    const [found] = await this.connection.manager.query(`SELECT city_id FROM city_memberships WHERE id = $1`, [membershipId]);
    if (!found) {
      errors.add('membershipId', 'NOT_FOUND');
      return null;
    }
    await this.connection.manager.query(`SELECT id FROM city_memberships WHERE city_id = $1 FOR UPDATE`, [found.city_id]);
    const [membership] = await this.connection.manager.query(`SELECT ${MEMBER_COLUMNS} FROM city_memberships m WHERE m.id = $1`, [membershipId]);
    if (!membership) errors.add('membershipId', 'NOT_FOUND');
    return (membership as CityMembershipType) ?? null;
  }

  async changeRole(actor: SignedInUser, errors: UserErrors, membershipId: string, role: CityRole): Promise<CityMembershipType | null> {
    const membership = await this.lockedMembership(errors, membershipId);
    if (!membership) return null;
    if (membership.role === CityRole.ADMIN && role !== CityRole.ADMIN && (await this.adminCount(membership.cityId)) <= 1) {
      errors.add('role', 'LAST_ADMIN');
      return null;
    }
    await this.connection.manager.query(`UPDATE city_memberships SET role = $2 WHERE id = $1`, [membershipId, role]);
    await this.audit.record({ actorId: actor.id, action: 'membership.changeRole', entityType: 'city_membership', entityId: membershipId, cityId: membership.cityId, before: { role: membership.role }, after: { role } });
    return { ...membership, role };
  }

  /** The last admin of a city cannot be removed (themself included). */
  async remove(actor: SignedInUser, errors: UserErrors, membershipId: string): Promise<string | null> {
    const membership = await this.lockedMembership(errors, membershipId);
    if (!membership) return null;
    if (membership.role === CityRole.ADMIN && (await this.adminCount(membership.cityId)) <= 1) {
      errors.add('membershipId', 'LAST_ADMIN');
      return null;
    }
    await this.connection.manager.query(`DELETE FROM city_memberships WHERE id = $1`, [membershipId]);
    await this.audit.record({ actorId: actor.id, action: 'membership.remove', entityType: 'city_membership', entityId: membershipId, cityId: membership.cityId, before: { userId: membership.userId, role: membership.role } });
    return membershipId;
  }
}
