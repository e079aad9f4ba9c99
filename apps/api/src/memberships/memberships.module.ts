import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DomainModule } from '../common/domain-module.js';
import { MailModule } from '../mail/mail.module.js';
import { CityMembership } from './city-membership.entity.js';
import { Invitation } from './invitation.entity.js';
import { InvitationsService } from './invitations.service.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { MembersService } from './members.service.js';
import { CityMembershipRefs1764600002000 } from './migrations/1764600002000-city-membership-refs.js';
import { InvitationResource, MembershipResource } from './membership.resource.js';
import { MEMBERSHIP_RESOLVERS } from './memberships.resolver.js';
import { OfficialEmailConfirmation1764700000000 } from './migrations/1764700000000-official-email-confirmation.js';
import { MyCitiesService } from './my-cities.service.js';
import { RepresentationRequest } from './representation-request.entity.js';
import { RepresentationService } from './representation.service.js';

// Its tables were made by auth's first migration (see auth.module.ts); later ones are here.
@DomainModule({
  name: 'memberships',
  entities: [CityMembership, RepresentationRequest, Invitation],
  migrations: [CityMembershipRefs1764600002000, OfficialEmailConfirmation1764700000000],
  messages: { id, en },
  imports: [AuthModule, AuditModule, CitiesModule, MailModule],
  providers: [MembersService, RepresentationService, InvitationsService, MyCitiesService, MembershipResource, InvitationResource, ...MEMBERSHIP_RESOLVERS],
})
export class MembershipsModule {}
