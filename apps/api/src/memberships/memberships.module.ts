import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { MailModule } from '../mail/mail.module.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';
import { InvitationResource, MembershipResource } from './membership-resources.js';
import { MEMBERSHIP_RESOLVERS } from './memberships.resolver.js';
import { RepresentationService } from './representation.service.js';

@Module({
  imports: [AuthModule, AuditModule, CitiesModule, MailModule],
  providers: [MembersService, RepresentationService, InvitationsService, MembershipResource, InvitationResource, ...MEMBERSHIP_RESOLVERS],
})
export class MembershipsModule {}
