import { allowedActions, inCity } from '@citybridge/domain';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionEnum, MemberUserType, UserType } from '../auth/auth.types.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { UsersService } from '../auth/users.service.js';
import { CitiesService } from '../cities/cities.service.js';
import { CityType } from '../cities/cities.types.js';
import { loadCity } from '../cities/city-loader.js';
import { CityResource } from '../cities/city.resource.js';
import { Errors } from '../common/mutation.js';
import type { PayloadData } from '../common/payload.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { UserErrors } from '../common/user-errors.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';
import { InvitationResource, MembershipResource } from './membership.resource.js';
import { MyCitiesService } from './my-cities.service.js';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  ApproveRepresentationRequestInput,
  ApproveRepresentationRequestPayload,
  AdministeredCityType,
  ChangeMemberRoleInput,
  ChangeMemberRolePayload,
  CityMembershipType,
  ConfirmOfficialEmailInput,
  ConfirmOfficialEmailPayload,
  InvitationPreviewType,
  InvitationType,
  InviteCityMemberInput,
  InviteCityMemberPayload,
  PendingCountsType,
  RejectRepresentationRequestInput,
  RejectRepresentationRequestPayload,
  RemoveCityMemberInput,
  RemoveCityMemberPayload,
  RepresentationRequestConnection,
  RepresentationRequestType,
  RepresentationStatus,
  RequestCityRepresentationInput,
  RequestCityRepresentationPayload,
  RevokeInvitationInput,
  RevokeInvitationPayload,
} from './memberships.types.js';
import { RepresentationService } from './representation.service.js';

@Resolver()
export class MembershipsResolver {
  constructor(
    private readonly members: MembersService,
    private readonly representation: RepresentationService,
    private readonly invitations: InvitationsService,
    private readonly myCities: MyCitiesService,
  ) {}

  @Allow('MY_CITIES_VIEW')
  @Query(() => [AdministeredCityType], { description: 'The cities the signed-in user administers: members, pending requests, open invitations, what waits.' })
  myAdministeredCities(@CurrentUser() user: SignedInUser) {
    return this.myCities.administered(user);
  }

  @Allow('MY_CITIES_VIEW')
  @Query(() => PendingCountsType, { description: 'What waits for the signed-in user (account menu).' })
  myPendingCounts(@CurrentUser() user: SignedInUser) {
    return this.myCities.pendingCounts(user);
  }

  @Allow('REPRESENTATION_REQUEST')
  @Query(() => [RepresentationRequestType], { description: "The signed-in user's requests to represent a city, newest first." })
  myRepresentationRequests(@CurrentUser() user: SignedInUser) {
    return this.representation.ofUser(user.id);
  }

  @Allow('REPRESENTATION_REVIEW')
  @Query(() => RepresentationRequestConnection, { description: 'Platform admins: the verification queue, oldest first.' })
  representationRequests(
    @Args('status', { type: () => RepresentationStatus, nullable: true, defaultValue: RepresentationStatus.PENDING }) status: RepresentationStatus,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.representation.queue(status, first, after);
  }

  @Allow('CITY_MEMBERS_VIEW', CityResource, (args) => args.citySlug)
  @Query(() => [CityMembershipType], { description: 'Admins of the city and platform admins.' })
  cityMembers(@Args('citySlug') citySlug: string) {
    return this.members.ofCity(citySlug);
  }

  @Allow('CITY_MEMBERS_VIEW', CityResource, (args) => args.citySlug)
  @Query(() => [InvitationType], { description: 'Admins of the city and platform admins; newest first.' })
  cityInvitations(@Args('citySlug') citySlug: string) {
    return this.invitations.ofCity(citySlug);
  }

  @Public()
  @Query(() => InvitationPreviewType, { nullable: true, description: 'What an invitation link shows; anyone with the link.' })
  invitation(@Args('token') token: string) {
    return this.invitations.preview(token);
  }

  @Allow('REPRESENTATION_REQUEST')
  @Mutation(() => RequestCityRepresentationPayload)
  async requestCityRepresentation(@Args('input') input: RequestCityRepresentationInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RequestCityRepresentationPayload>> {
    return { request: await this.representation.request(user, errors, input) };
  }

  @Allow('REPRESENTATION_CONFIRM_OFFICIAL_EMAIL')
  @Mutation(() => ConfirmOfficialEmailPayload, { description: 'Opened from the link sent to the official address of a representation request.' })
  async confirmOfficialEmail(@Args('input') input: ConfirmOfficialEmailInput, @Errors() errors: UserErrors): Promise<PayloadData<ConfirmOfficialEmailPayload>> {
    return { confirmed: await this.representation.confirmOfficialEmail(errors, input.token) };
  }

  @Allow('REPRESENTATION_REVIEW')
  @Mutation(() => ApproveRepresentationRequestPayload)
  approveRepresentationRequest(@Args('input') input: ApproveRepresentationRequestInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<ApproveRepresentationRequestPayload>> {
    return this.representation.approve(user, errors, input);
  }

  @Allow('REPRESENTATION_REVIEW')
  @Mutation(() => RejectRepresentationRequestPayload)
  async rejectRepresentationRequest(@Args('input') input: RejectRepresentationRequestInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RejectRepresentationRequestPayload>> {
    return { request: await this.representation.reject(user, errors, input) };
  }

  @Allow('CITY_MEMBERS_INVITE', CityResource, (args) => args.input?.citySlug)
  @Mutation(() => InviteCityMemberPayload)
  async inviteCityMember(@Args('input') input: InviteCityMemberInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<InviteCityMemberPayload>> {
    return { invitation: await this.invitations.invite(user, errors, input) };
  }

  @Allow('CITY_INVITATIONS_REVOKE', InvitationResource, (args) => args.input?.invitationId)
  @Mutation(() => RevokeInvitationPayload)
  async revokeInvitation(@Args('input') input: RevokeInvitationInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RevokeInvitationPayload>> {
    return { invitation: await this.invitations.revoke(user, errors, input.invitationId) };
  }

  @Allow('INVITATION_ACCEPT')
  @Mutation(() => AcceptInvitationPayload)
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors, @Context() ctx: GraphQLContext): Promise<PayloadData<AcceptInvitationPayload>> {
    const membership = await this.invitations.accept(user, errors, input.token);
    if (membership) ctx.auth.reload();
    return { membership };
  }

  @Allow('CITY_MEMBERS_CHANGE_ROLE', MembershipResource, (args) => args.input?.membershipId)
  @Mutation(() => ChangeMemberRolePayload)
  async changeMemberRole(@Args('input') input: ChangeMemberRoleInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<ChangeMemberRolePayload>> {
    return { membership: await this.members.changeRole(user, errors, input.membershipId, input.role) };
  }

  @Allow('CITY_MEMBERS_REMOVE', MembershipResource, (args) => args.input?.membershipId)
  @Mutation(() => RemoveCityMemberPayload)
  async removeCityMember(@Args('input') input: RemoveCityMemberInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RemoveCityMemberPayload>> {
    return { removedMembershipId: await this.members.remove(user, errors, input.membershipId) };
  }
}

@Resolver(() => CityMembershipType)
export class CityMembershipResolver {
  constructor(
    private readonly cities: CitiesService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => CityType)
  city(@Parent() m: CityMembershipType, @Context() ctx: GraphQLContext) {
    return loadCity(ctx, this.cities, m.cityId);
  }

  @ResolveField(() => MemberUserType)
  user(@Parent() m: CityMembershipType, @Context() ctx: GraphQLContext) {
    return this.users.load(ctx, m.userId);
  }

  @ResolveField(() => [ActionEnum], { description: "What the signed-in viewer may do on this membership's city." })
  async allowedActions(@Parent() m: CityMembershipType, @Context() ctx: GraphQLContext) {
    const city = await loadCity(ctx, this.cities, m.cityId);
    return allowedActions(await ctx.auth.actor(), inCity(city.code));
  }
}

@Resolver(() => RepresentationRequestType)
export class RepresentationRequestResolver {
  constructor(
    private readonly cities: CitiesService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => CityType)
  city(@Parent() r: RepresentationRequestType, @Context() ctx: GraphQLContext) {
    return loadCity(ctx, this.cities, r.cityId);
  }

  @ResolveField(() => MemberUserType)
  user(@Parent() r: RepresentationRequestType, @Context() ctx: GraphQLContext) {
    return this.users.load(ctx, r.userId);
  }
}

@Resolver(() => InvitationType)
export class InvitationResolver {
  constructor(
    private readonly cities: CitiesService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => CityType)
  city(@Parent() i: InvitationType, @Context() ctx: GraphQLContext) {
    return loadCity(ctx, this.cities, i.cityId);
  }

  @ResolveField(() => MemberUserType, { nullable: true })
  invitedBy(@Parent() i: InvitationType, @Context() ctx: GraphQLContext) {
    return i.invitedBy ? this.users.load(ctx, i.invitedBy) : null;
  }
}

@Resolver(() => InvitationPreviewType)
export class InvitationPreviewResolver {
  constructor(private readonly cities: CitiesService) {}

  @ResolveField(() => CityType)
  city(@Parent() i: InvitationPreviewType, @Context() ctx: GraphQLContext) {
    return loadCity(ctx, this.cities, i.cityId);
  }
}

@Resolver(() => AdministeredCityType)
export class AdministeredCityResolver {
  constructor(private readonly cities: CitiesService) {}

  @ResolveField(() => CityType)
  city(@Parent() a: AdministeredCityType, @Context() ctx: GraphQLContext) {
    return loadCity(ctx, this.cities, a.cityId);
  }
}

@Resolver(() => UserType)
export class UserMembershipsResolver {
  /** A User is always the signed-in user here, whose memberships came with the session lookup. */
  @ResolveField(() => [CityMembershipType])
  memberships(@Parent() user: SignedInUser) {
    return user.memberships;
  }
}

export const MEMBERSHIP_RESOLVERS = [
  MembershipsResolver,
  CityMembershipResolver,
  RepresentationRequestResolver,
  InvitationResolver,
  InvitationPreviewResolver,
  AdministeredCityResolver,
  UserMembershipsResolver,
];
