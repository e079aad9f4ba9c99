import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';
import { Email, Text } from '../common/input.js';
import { Payload } from '../common/payload.js';

export enum CityRole {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  MEMBER = 'MEMBER',
}
registerEnumType(CityRole, { name: 'CityRole', description: 'ADMIN manages members; EDITOR edits the city; MEMBER plans visits.' });

export enum RepresentationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(RepresentationStatus, { name: 'RepresentationStatus' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/** Rows carry database ids; field resolvers turn them into cities and users through loaders. */
@ObjectType('CityMembership')
export class CityMembershipType {
  @Field(() => ID)
  id: string;
  @Field(() => CityRole)
  role: CityRole;
  @Field()
  createdAt: Date;
  cityId: number;
  userId: string;
}

@ObjectType('RepresentationRequest')
export class RepresentationRequestType {
  @Field(() => ID)
  id: string;
  @Field()
  message: string;
  @Field(() => String, { nullable: true })
  officialEmail: string | null;
  @Field({ description: 'True when officialEmail is at a government domain (.go.id) and its owner confirmed it through the link sent there.' })
  officialEmailIsGovernment: boolean;
  @Field({ description: 'True once the link sent to officialEmail was opened (false without an officialEmail).' })
  officialEmailConfirmed: boolean;
  @Field(() => RepresentationStatus)
  status: RepresentationStatus;
  @Field(() => String, { nullable: true })
  decisionNote: string | null;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
  cityId: number;
  userId: string;
}

@ObjectType()
export class RepresentationRequestConnection extends Connection(RepresentationRequestType, 'RepresentationRequest') {}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id: string;
  @Field()
  email: string;
  @Field(() => CityRole)
  role: CityRole;
  @Field(() => InvitationStatus)
  status: InvitationStatus;
  @Field()
  expiresAt: Date;
  @Field()
  createdAt: Date;
  cityId: number;
  invitedBy: string | null;
}

@ObjectType('InvitationPreview', { description: 'What an invitation link shows before it is accepted.' })
export class InvitationPreviewType {
  @Field(() => CityRole)
  role: CityRole;
  @Field({ description: 'The invited address with most of it hidden, e.g. s***@solok.go.id.' })
  emailHint: string;
  @Field(() => InvitationStatus)
  status: InvitationStatus;
  @Field()
  expiresAt: Date;
  cityId: number;
}

@InputType()
export class RequestCityRepresentationInput {
  @Field()
  citySlug: string;
  @Field()
  @Text({ max: 2000 })
  message: string;
  @Field(() => String, { nullable: true, description: 'An official address (e.g. at a .go.id domain) speeds up verification.' })
  @Email({ required: false })
  officialEmail?: string | null;
}

@ObjectType()
export class RequestCityRepresentationPayload extends Payload({ request: () => RepresentationRequestType }) {}

@InputType()
export class ApproveRepresentationRequestInput {
  @Field(() => ID)
  requestId: string;
  @Field(() => CityRole, { nullable: true, description: 'Default: ADMIN when the city has no admin yet, else MEMBER.' })
  role?: CityRole | null;
  @Field(() => String, { nullable: true })
  @Text({ max: 2000, required: false })
  note?: string | null;
}

@ObjectType()
export class ApproveRepresentationRequestPayload extends Payload({ request: () => RepresentationRequestType, membership: () => CityMembershipType }) {}

@InputType()
export class RejectRepresentationRequestInput {
  @Field(() => ID)
  requestId: string;
  @Field()
  @Text({ max: 2000 })
  note: string;
}

@ObjectType()
export class RejectRepresentationRequestPayload extends Payload({ request: () => RepresentationRequestType }) {}

@InputType()
export class InviteCityMemberInput {
  @Field()
  citySlug: string;
  @Field()
  @Email()
  email: string;
  @Field(() => CityRole)
  role: CityRole;
}

@ObjectType()
export class InviteCityMemberPayload extends Payload({ invitation: () => InvitationType }) {}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  invitationId: string;
}

@ObjectType()
export class RevokeInvitationPayload extends Payload({ invitation: () => InvitationType }) {}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token: string;
}

@ObjectType()
export class AcceptInvitationPayload extends Payload({ membership: () => CityMembershipType }) {}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  membershipId: string;
  @Field(() => CityRole)
  role: CityRole;
}

@ObjectType()
export class ChangeMemberRolePayload extends Payload({ membership: () => CityMembershipType }) {}

@InputType()
export class RemoveCityMemberInput {
  @Field(() => ID)
  membershipId: string;
}

@ObjectType()
export class RemoveCityMemberPayload extends Payload({ removedMembershipId: () => ID }) {}

@InputType()
export class ConfirmOfficialEmailInput {
  @Field()
  token: string;
}

@ObjectType()
export class ConfirmOfficialEmailPayload extends Payload({ confirmed: () => Boolean }) {}

export enum CityTask {
  REQUESTS_PENDING = 'REQUESTS_PENDING',
  INVITATIONS_EXPIRING = 'INVITATIONS_EXPIRING',
  SOLE_ADMIN = 'SOLE_ADMIN',
}
registerEnumType(CityTask, {
  name: 'CityTask',
  description: 'What waits for a city admin: requests to represent the city (decided by platform admins), invitations ending within 2 days, a single admin (appoint a second one).',
});

@ObjectType('AdministeredCity', { description: 'A city the signed-in user administers, with what it holds and what waits.' })
export class AdministeredCityType {
  cityId: number;
  @Field(() => [CityMembershipType])
  members: CityMembershipType[];
  @Field(() => [RepresentationRequestType], { description: 'Pending requests to represent the city, oldest first.' })
  pendingRequests: RepresentationRequestType[];
  @Field(() => [InvitationType], { description: 'Invitations that can still be accepted, ending soonest first.' })
  openInvitations: InvitationType[];
  @Field(() => [CityTask])
  needsAction: CityTask[];
}

@ObjectType('PendingCounts', { description: "What waits for the signed-in user, for the account menu." })
export class PendingCountsType {
  @Field(() => Int, { description: 'Pending requests to represent the cities the user administers.' })
  representationRequests: number;
  @Field(() => Int, { description: 'Open invitations of the cities the user administers.' })
  invitations: number;
  @Field(() => Int, { nullable: true, description: 'Platform admins: the verification queue; null for others.' })
  verificationQueue: number | null;
}
