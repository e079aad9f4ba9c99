import { allowedActions } from '@citybridge/domain';
import { UseInterceptors } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionEnum, MemberUserType, UserType } from '../auth/auth.types.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { UsersService } from '../auth/users.service.js';
import { CitiesService } from '../cities/cities.service.js';
import { CityType } from '../cities/cities.types.js';
import { loadCity } from '../cities/city-loader.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import { Transaction, TransactionInterceptor } from '../common/transaction.js';
import { UserErrors } from '../common/user-errors.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  ApproveRepresentationRequestInput,
  ApproveRepresentationRequestPayload,
  ChangeMemberRoleInput,
  ChangeMemberRolePayload,
  CityMembershipType,
  InvitationPreviewType,
  InvitationType,
  InviteCityMemberInput,
  InviteCityMemberPayload,
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

const signedIn = async (ctx: GraphQLContext) => (await ctx.auth.user()) as SignedInUser; // the guard has checked
const errorsOf = (ctx: GraphQLContext) => new UserErrors(ctx.auth.language);

@Resolver()
@UseInterceptors(TransactionInterceptor)
export class MembershipsResolver {
  constructor(
    private readonly members: MembersService,
    private readonly representation: RepresentationService,
    private readonly invitations: InvitationsService,
  ) {}

  @Allow('REPRESENTATION_REQUEST')
  @Query(() => [RepresentationRequestType], { description: "The signed-in user's requests to represent a city, newest first." })
  async myRepresentationRequests(@Context() ctx: GraphQLContext) {
    return this.representation.ofUser((await signedIn(ctx)).id);
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

  @Allow('CITY_MEMBERS_VIEW', (args, resources) => resources.cityBySlug(args.citySlug))
  @Query(() => [CityMembershipType], { description: 'Admins of the city and platform admins.' })
  cityMembers(@Args('citySlug') citySlug: string) {
    return this.members.ofCity(citySlug);
  }

  @Allow('CITY_MEMBERS_VIEW', (args, resources) => resources.cityBySlug(args.citySlug))
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
  @Transaction()
  @Mutation(() => RequestCityRepresentationPayload)
  async requestCityRepresentation(@Args('input') input: RequestCityRepresentationInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const request = await this.representation.request(await signedIn(ctx), errors, input);
    return { request, userErrors: errors.list };
  }

  @Allow('REPRESENTATION_REVIEW')
  @Transaction()
  @Mutation(() => ApproveRepresentationRequestPayload)
  async approveRepresentationRequest(@Args('input') input: ApproveRepresentationRequestInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const result = await this.representation.approve(await signedIn(ctx), errors, input);
    return { ...result, userErrors: errors.list };
  }

  @Allow('REPRESENTATION_REVIEW')
  @Transaction()
  @Mutation(() => RejectRepresentationRequestPayload)
  async rejectRepresentationRequest(@Args('input') input: RejectRepresentationRequestInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const request = await this.representation.reject(await signedIn(ctx), errors, input);
    return { request, userErrors: errors.list };
  }

  @Allow('CITY_MEMBERS_INVITE', (args, resources) => resources.cityBySlug(args.input?.citySlug))
  @Transaction()
  @Mutation(() => InviteCityMemberPayload)
  async inviteCityMember(@Args('input') input: InviteCityMemberInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const invitation = await this.invitations.invite(await signedIn(ctx), errors, input);
    return { invitation, userErrors: errors.list };
  }

  @Allow('CITY_INVITATIONS_REVOKE', (args, resources) => resources.cityOfInvitation(args.input?.invitationId))
  @Transaction()
  @Mutation(() => RevokeInvitationPayload)
  async revokeInvitation(@Args('input') input: RevokeInvitationInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const invitation = await this.invitations.revoke(await signedIn(ctx), errors, input.invitationId);
    return { invitation, userErrors: errors.list };
  }

  @Allow('INVITATION_ACCEPT')
  @Transaction()
  @Mutation(() => AcceptInvitationPayload)
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const membership = await this.invitations.accept(await signedIn(ctx), errors, input.token);
    if (membership) ctx.auth.reload();
    return { membership, userErrors: errors.list };
  }

  @Allow('CITY_MEMBERS_CHANGE_ROLE', (args, resources) => resources.cityOfMembership(args.input?.membershipId))
  @Transaction()
  @Mutation(() => ChangeMemberRolePayload)
  async changeMemberRole(@Args('input') input: ChangeMemberRoleInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const membership = await this.members.changeRole(await signedIn(ctx), errors, input.membershipId, input.role);
    return { membership, userErrors: errors.list };
  }

  @Allow('CITY_MEMBERS_REMOVE', (args, resources) => resources.cityOfMembership(args.input?.membershipId))
  @Transaction()
  @Mutation(() => RemoveCityMemberPayload)
  async removeCityMember(@Args('input') input: RemoveCityMemberInput, @Context() ctx: GraphQLContext) {
    const errors = errorsOf(ctx);
    const removedMembershipId = await this.members.remove(await signedIn(ctx), errors, input.membershipId);
    return { removedMembershipId, userErrors: errors.list };
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
    return allowedActions(await ctx.auth.actor(), { cityId: city.code });
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
  UserMembershipsResolver,
];
