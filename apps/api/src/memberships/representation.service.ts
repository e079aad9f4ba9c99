import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { CitiesService } from '../cities/cities.service.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { InjectConfig } from '../common/app-config.provider.js';
import { message } from '../common/messages.js';
import { hashToken, newToken } from '../common/tokens.js';
import { fetchPage, Page } from '../common/pagination.js';
import { TransactionalConnection } from '../common/transaction.js';
import { isUuid } from '../common/uuid.js';
import type { UserErrors } from '../common/user-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { MembersService } from './members.service.js';
import { CityMembershipType, CityRole, RepresentationRequestType, RepresentationStatus } from './memberships.types.js';

export const REQUEST_COLUMNS = `r.id, r.message, r.official_email AS "officialEmail", r.official_email_confirmed_at IS NOT NULL AS "officialEmailConfirmed",
  COALESCE(r.official_email LIKE '%.go.id' AND r.official_email_confirmed_at IS NOT NULL, false) AS "officialEmailIsGovernment",
  r.status, r.decision_note AS "decisionNote", r.created_at AS "createdAt", r.decided_at AS "decidedAt", r.city_id AS "cityId", r.user_id AS "userId"`;

/** A pending request with what its decision mail needs (user and city through their domains' views). */
interface PendingRequestRow extends RepresentationRequestType {
  email: string;
  displayName: string;
  cityName: string;
  citySlug: string;
}

/** A user asks to speak for a city; a platform admin decides. */
@Injectable()
export class RepresentationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly cities: CitiesService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private hash(token: string): string {
    return hashToken(this.config.sessionSecret, token.slice(0, 100));
  }

  async ofUser(userId: string): Promise<RepresentationRequestType[]> {
    return this.connection.manager.query(`SELECT ${REQUEST_COLUMNS} FROM representation_requests r WHERE r.user_id = $1 ORDER BY r.created_at DESC`, [userId]);
  }

  async queue(status: RepresentationStatus, first: number | null | undefined, after: string | null | undefined): Promise<Page<RepresentationRequestType>> {
    const db = this.connection.manager;
    return fetchPage(first, after, {
      rows: (limit, offset) =>
        db.query(
          `SELECT ${REQUEST_COLUMNS}, count(*) OVER ()::int AS total FROM representation_requests r WHERE r.status = $1
           ORDER BY r.created_at, r.id LIMIT $2 OFFSET $3`,
          [status, limit, offset],
        ),
      count: async () => (await db.query(`SELECT count(*)::int AS n FROM representation_requests WHERE status = $1`, [status]))[0].n,
    });
  }

  async request(user: SignedInUser, errors: UserErrors, input: { citySlug: string; message: string; officialEmail?: string | null }): Promise<RepresentationRequestType | null> {
    const city = await this.cities.cityRefBySlug(input.citySlug);
    if (!city) {
      errors.add('citySlug', 'CITY_NOT_FOUND');
      return null;
    }
    const note = input.message;
    const officialEmail = input.officialEmail || null;
    if (user.memberships.some((m) => m.cityId === city.id)) {
      errors.add('citySlug', 'ALREADY_MEMBER');
      return null;
    }
    const token = officialEmail ? newToken() : null;
    const [row] = await this.connection.manager.query(
      `INSERT INTO representation_requests (user_id, city_id, message, official_email, official_email_token_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, city_id) WHERE status = 'PENDING' DO NOTHING RETURNING id`,
      [user.id, city.id, note, officialEmail, token && this.hash(token)],
    );
    if (!row) {
      errors.add('citySlug', 'ALREADY_REQUESTED');
      return null;
    }
    if (officialEmail && token) {
      const language = errors.language;
      await this.mail.enqueue({
        to: officialEmail,
        subject: message(language, 'mail.officialEmailConfirmation.subject', { city: city.name }),
        text: message(language, 'mail.officialEmailConfirmation.text', { name: user.displayName, city: city.name, link: `${this.mail.publicUrl}/konfirmasi-alamat-resmi?token=${token}` }),
      });
    }
    await this.audit.record({ actorId: user.id, action: 'representation.request', entityType: 'representation_request', entityId: row.id, cityId: city.id, after: { message: note, officialEmail } });
    return this.byId(row.id);
  }

  /** The owner of the official address opened the link: from now on its domain counts. */
  async confirmOfficialEmail(errors: UserErrors, token: string): Promise<boolean> {
    // In a CTE: TypeORM reshapes the rows of a bare UPDATE … RETURNING (docs/decisions, 5).
    const [row] = await this.connection.manager.query(
      `WITH confirmed AS (
         UPDATE representation_requests SET official_email_confirmed_at = now(), official_email_token_hash = NULL
         WHERE official_email_token_hash = $1 RETURNING id, city_id AS "cityId", official_email AS "officialEmail")
       SELECT * FROM confirmed`,
      [this.hash(token)],
    );
    if (!row) {
      errors.add('token', 'INVALID_TOKEN');
      return false;
    }
    await this.audit.record({ actorId: null, action: 'representation.officialEmailConfirmed', entityType: 'representation_request', entityId: row.id, cityId: row.cityId, after: { officialEmail: row.officialEmail } });
    return true;
  }

  private async byId(id: string): Promise<RepresentationRequestType> {
    const [row] = await this.connection.manager.query(`SELECT ${REQUEST_COLUMNS} FROM representation_requests r WHERE r.id = $1`, [id]);
    return row;
  }

  /** Locks the request so two admins cannot decide it twice. */
  private async pending(errors: UserErrors, requestId: string): Promise<PendingRequestRow | null> {
    const [row]: PendingRequestRow[] = isUuid(requestId)
      ? await this.connection.manager.query(
          `SELECT ${REQUEST_COLUMNS}, u.email, u.display_name AS "displayName", c.name AS "cityName", c.slug AS "citySlug"
           FROM representation_requests r JOIN user_refs u ON u.id = r.user_id JOIN city_refs c ON c.id = r.city_id WHERE r.id = $1 FOR UPDATE OF r`,
          [requestId],
        )
      : [];
    if (!row) errors.add('requestId', 'NOT_FOUND');
    else if (row.status !== RepresentationStatus.PENDING) errors.add('requestId', 'ALREADY_DECIDED');
    return errors.any ? null : row;
  }

  async approve(admin: SignedInUser, errors: UserErrors, input: { requestId: string; role?: CityRole | null; note?: string | null }) {
    const note = input.note || null;
    const request = await this.pending(errors, input.requestId);
    if (!request) return { request: null, membership: null };
    const role = input.role ?? ((await this.members.adminCount(request.cityId)) === 0 ? CityRole.ADMIN : CityRole.MEMBER);
    await this.decide(admin, request, RepresentationStatus.APPROVED, note);
    const membership: CityMembershipType | null = await this.members.add(admin.id, request.userId, request.cityId, role, 'representation');
    const language = errors.language;
    await this.mail.enqueue({
      to: request.email,
      subject: message(language, 'mail.representationApproved.subject', { city: request.cityName }),
      text: message(language, 'mail.representationApproved.text', { name: request.displayName, city: request.cityName, role: message(language, `roles.${role}`), link: `${this.mail.publicUrl}/kota/${request.citySlug}` }),
    });
    return { request: await this.byId(request.id), membership };
  }

  async reject(admin: SignedInUser, errors: UserErrors, input: { requestId: string; note: string }) {
    const note = input.note;
    const request = await this.pending(errors, input.requestId);
    if (!request) return null;
    await this.decide(admin, request, RepresentationStatus.REJECTED, note);
    const language = errors.language;
    await this.mail.enqueue({
      to: request.email,
      subject: message(language, 'mail.representationRejected.subject', { city: request.cityName }),
      text: message(language, 'mail.representationRejected.text', { name: request.displayName, city: request.cityName, note, link: `${this.mail.publicUrl}/profil` }),
    });
    return this.byId(request.id);
  }

  private async decide(admin: SignedInUser, request: RepresentationRequestType, status: RepresentationStatus, note: string | null) {
    await this.connection.manager.query(
      `UPDATE representation_requests SET status = $2, decision_note = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
      [request.id, status, note, admin.id],
    );
    await this.audit.record({ actorId: admin.id, action: `representation.${status.toLowerCase()}`, entityType: 'representation_request', entityId: request.id, cityId: request.cityId, before: { status: request.status }, after: { status, note } });
  }
}
