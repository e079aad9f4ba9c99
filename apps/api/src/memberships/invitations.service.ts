import { Injectable } from '@nestjs/common';
import { timeZoneForProvince } from '@citybridge/domain';
import { AuditService } from '../audit/audit.service.js';
import { CitiesService } from '../cities/cities.service.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { hashToken, newToken } from '../common/tokens.js';
import { InjectConfig } from '../common/app-config.provider.js';
import { formatMoment, Language, message } from '../common/messages.js';
import { RateLimiter } from '../common/rate-limiter.js';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import { cleanSlug } from '../common/slug.js';
import type { UserErrors } from '../common/user-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { MembersService } from './members.service.js';
import { CityMembershipType, CityRole, InvitationPreviewType, InvitationType } from './memberships.types.js';

const VALID_DAYS = 7;
export const INVITATION_COLUMNS = `i.id, i.email, i.role, i.expires_at AS "expiresAt", i.created_at AS "createdAt", i.city_id AS "cityId", i.invited_by AS "invitedBy",
  CASE WHEN i.accepted_at IS NOT NULL THEN 'ACCEPTED' WHEN i.revoked_at IS NOT NULL THEN 'REVOKED'
       WHEN i.expires_at <= now() THEN 'EXPIRED' ELSE 'PENDING' END AS status`;

/** "s***@solok.go.id": enough to know which address to sign in with, not enough to harvest it. */
export function emailHint(address: string): string {
  const [local, domain] = address.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** A city admin invites by e-mail; the link is valid for 7 days and for that address only. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly cities: CitiesService,
    private readonly limiter: RateLimiter,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private hash(token: string): string {
    return hashToken(this.config.sessionSecret, token.slice(0, 100));
  }

  async ofCity(citySlug: string): Promise<InvitationType[]> {
    return this.connection.manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.city_id = (SELECT id FROM city_refs WHERE slug = $1) ORDER BY i.created_at DESC`,
      [cleanSlug(citySlug)],
    );
  }

  async preview(token: string): Promise<InvitationPreviewType | null> {
    const [row] = await this.connection.manager.query(`SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.token_hash = $1`, [this.hash(token)]);
    return row ? { role: row.role, emailHint: emailHint(row.email), status: row.status, expiresAt: row.expiresAt, cityId: row.cityId } : null;
  }

  async invite(inviter: SignedInUser, errors: UserErrors, input: { citySlug: string; email: string; role: CityRole }): Promise<InvitationType | null> {
    const address = input.email;
    const limit = await this.limiter.hit(`invite:user:${inviter.id}`, this.config.rateLimits.invitationsPerHour, 3600);
    if (!limit.allowed) {
      errors.add(null, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
      return null;
    }
    const city = await this.cities.cityRefBySlug(input.citySlug);
    if (!city) {
      errors.add('citySlug', 'CITY_NOT_FOUND');
      return null;
    }
    const [member] = await this.connection.manager.query(
      `SELECT 1 FROM city_memberships m JOIN user_refs u ON u.id = m.user_id WHERE m.city_id = $1 AND u.email = $2`,
      [city.id, address],
    );
    if (member) {
      errors.add('email', 'ALREADY_MEMBER');
      return null;
    }
    // A new invitation supersedes the open one (pending or expired): only the newest link works.
    await this.connection.manager.query(
      `UPDATE invitations SET revoked_at = now() WHERE city_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [city.id, address],
    );
    const token = newToken();
    const [row] = await this.connection.manager.query(
      `INSERT INTO invitations (city_id, email, role, token_hash, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6))
       ON CONFLICT (city_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL DO NOTHING RETURNING id`,
      [city.id, address, input.role, this.hash(token), inviter.id, VALID_DAYS],
    );
    if (!row) {
      errors.add('email', 'ALREADY_INVITED'); // another admin's invitation committed between the two statements
      return null;
    }
    const invitation = await this.byId(row.id);
    await this.audit.record({ actorId: inviter.id, action: 'invitation.create', entityType: 'invitation', entityId: row.id, cityId: city.id, after: { email: address, role: input.role } });
    await this.mail.enqueue(this.invitationMail(errors.language, inviter, city.name, city.code, invitation, token));
    return invitation;
  }

  private invitationMail(language: Language, inviter: SignedInUser, cityName: string, cityCode: string, invitation: InvitationType, token: string) {
    const params = {
      inviter: inviter.displayName,
      city: cityName,
      role: message(language, `roles.${invitation.role}`),
      // In the city's time zone: the invitee works there (or visits it).
      expires: formatMoment(language, new Date(invitation.expiresAt), timeZoneForProvince(cityCode.split('.')[0] ?? '')),
      link: `${this.mail.publicUrl}/undangan?token=${token}`,
      email: invitation.email,
    };
    return { to: invitation.email, subject: message(language, 'mail.invitation.subject', params), text: message(language, 'mail.invitation.text', params) };
  }

  private async byId(id: string): Promise<InvitationType> {
    const [row] = await this.connection.manager.query(`SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.id = $1`, [id]);
    return row;
  }

  async revoke(actor: SignedInUser, errors: UserErrors, invitationId: string): Promise<InvitationType | null> {
    const [row] = isUuid(invitationId)
      ? await this.connection.manager.query(
          `WITH revoked AS (UPDATE invitations SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id, city_id) SELECT * FROM revoked`,
          [invitationId],
        )
      : [];
    if (!row) {
      errors.add('invitationId', 'NOT_FOUND');
      return null;
    }
    await this.audit.record({ actorId: actor.id, action: 'invitation.revoke', entityType: 'invitation', entityId: row.id, cityId: row.city_id, after: { revoked: true } });
    return this.byId(row.id);
  }

  async accept(user: SignedInUser, errors: UserErrors, token: string): Promise<CityMembershipType | null> {
    const [invitation] = await this.connection.manager.query(`SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.token_hash = $1 FOR UPDATE OF i`, [this.hash(token)]);
    if (!invitation || invitation.status === 'REVOKED') errors.add('token', 'INVALID_TOKEN');
    else if (invitation.status === 'ACCEPTED') errors.add('token', 'TOKEN_USED');
    else if (invitation.status === 'EXPIRED') errors.add('token', 'TOKEN_EXPIRED');
    else if (invitation.email !== user.email) errors.add('token', 'WRONG_ACCOUNT', { emailHint: emailHint(invitation.email) });
    if (errors.any) return null;
    const membership = await this.members.add(user.id, user.id, invitation.cityId, invitation.role, 'invitation');
    if (!membership) {
      errors.add('token', 'ALREADY_MEMBER');
      return null;
    }
    await this.connection.manager.query(`UPDATE invitations SET accepted_at = now() WHERE id = $1`, [invitation.id]);
    await this.audit.record({ actorId: user.id, action: 'invitation.accept', entityType: 'invitation', entityId: invitation.id, cityId: invitation.cityId, before: { status: 'PENDING' }, after: { status: 'ACCEPTED' } });
    return membership;
  }
}
