import { Injectable } from '@nestjs/common';
import type { SignedInUser } from '../auth/request-auth.js';
import { TransactionalConnection } from '../common/transaction.js';
import { INVITATION_COLUMNS } from './invitations.service.js';
import { MEMBER_COLUMNS } from './members.service.js';
import { AdministeredCityType, CityMembershipType, CityRole, CityTask, InvitationType, PendingCountsType, RepresentationRequestType } from './memberships.types.js';
import { REQUEST_COLUMNS } from './representation.service.js';

/** An open invitation this close to its end needs the admin: send it again or revoke it. */
const EXPIRING_WITHIN = `interval '2 days'`;
const OPEN_INVITATION = `i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`;

/** "My city": what the cities a user administers hold and wait for, one statement per list for all of them. */
@Injectable()
export class MyCitiesService {
  constructor(private readonly connection: TransactionalConnection) {}

  private adminCityIds(user: SignedInUser): number[] {
    return user.memberships.filter((m) => m.role === CityRole.ADMIN).map((m) => m.cityId);
  }

  async administered(user: SignedInUser): Promise<AdministeredCityType[]> {
    const cityIds = this.adminCityIds(user);
    if (cityIds.length === 0) return [];
    const db = this.connection.manager;
    const [members, requests, invitations]: [CityMembershipType[], RepresentationRequestType[], (InvitationType & { expiring: boolean })[]] = await Promise.all([
      db.query(`SELECT ${MEMBER_COLUMNS} FROM city_memberships m JOIN user_refs u ON u.id = m.user_id WHERE m.city_id = ANY($1) ORDER BY m.role, u.display_name`, [cityIds]),
      db.query(`SELECT ${REQUEST_COLUMNS} FROM representation_requests r WHERE r.city_id = ANY($1) AND r.status = 'PENDING' ORDER BY r.created_at`, [cityIds]),
      db.query(`SELECT ${INVITATION_COLUMNS}, i.expires_at <= now() + ${EXPIRING_WITHIN} AS expiring FROM invitations i WHERE i.city_id = ANY($1) AND ${OPEN_INVITATION} ORDER BY i.expires_at`, [cityIds]),
    ]);
    const of = <T extends { cityId: number }>(rows: T[], cityId: number) => rows.filter((row) => row.cityId === cityId);
    return cityIds.map((cityId) => {
      const city = { cityId, members: of(members, cityId), pendingRequests: of(requests, cityId), openInvitations: of(invitations, cityId) };
      const needsAction: CityTask[] = [];
      if (city.pendingRequests.length > 0) needsAction.push(CityTask.REQUESTS_PENDING);
      if (city.openInvitations.some((i) => i.expiring)) needsAction.push(CityTask.INVITATIONS_EXPIRING);
      if (city.members.filter((m) => m.role === CityRole.ADMIN).length <= 1) needsAction.push(CityTask.SOLE_ADMIN);
      return { ...city, needsAction };
    });
  }

  /** For the account menu: one statement (two for platform admins, who also see the verification queue). */
  async pendingCounts(user: SignedInUser): Promise<PendingCountsType> {
    const db = this.connection.manager;
    const cityIds = this.adminCityIds(user);
    const [counts] =
      cityIds.length === 0
        ? [{ representationRequests: 0, invitations: 0 }]
        : await db.query(
            `SELECT (SELECT count(*)::int FROM representation_requests r WHERE r.city_id = ANY($1) AND r.status = 'PENDING') AS "representationRequests",
                    (SELECT count(*)::int FROM invitations i WHERE i.city_id = ANY($1) AND ${OPEN_INVITATION}) AS invitations`,
            [cityIds],
          );
    const verificationQueue = user.isPlatformAdmin ? (await db.query(`SELECT count(*)::int AS n FROM representation_requests WHERE status = 'PENDING'`))[0].n : null;
    return { ...counts, verificationQueue };
  }
}
