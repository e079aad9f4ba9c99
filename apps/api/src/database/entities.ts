import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PasswordResetToken } from '../auth/password-reset-token.entity.js';
import { RateLimit } from '../auth/rate-limit.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { City } from '../cities/city.entity.js';
import { District } from '../cities/district.entity.js';
import { Fact } from '../cities/fact.entity.js';
import { Province } from '../cities/province.entity.js';
import { Source } from '../cities/source.entity.js';
import { OutboxEmail } from '../mail/outbox-email.entity.js';
import { CityMembership } from '../memberships/city-membership.entity.js';
import { Invitation } from '../memberships/invitation.entity.js';
import { RepresentationRequest } from '../memberships/representation-request.entity.js';

/** Every entity the data source knows; migrations must match them (test/migrations.int-spec.ts). */
export const ENTITIES = [
  Source,
  Province,
  City,
  District,
  Fact,
  User,
  Session,
  PasswordResetToken,
  RateLimit,
  CityMembership,
  RepresentationRequest,
  Invitation,
  OutboxEmail,
  AuditEntry,
];
