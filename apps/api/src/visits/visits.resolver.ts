import { type Action, isAllowed, type VisitAction, type VisitState, visitActionsFor } from '@citybridge/domain';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { CitiesService } from '../cities/cities.service.js';
import { CityType } from '../cities/cities.types.js';
import { loadCity } from '../cities/city-loader.js';
import { CityResource } from '../cities/city.resource.js';
import { selectedFields } from '../common/graphql-selection.js';
import { Errors } from '../common/mutation.js';
import { badInput, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../common/pagination.js';
import type { PayloadData } from '../common/payload.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { UserErrors } from '../common/user-errors.js';
import { isVisible, PracticesService } from '../practices/practices.service.js';
import { PracticeType } from '../practices/practices.types.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { VisitAvailabilityService } from './visit-availability.service.js';
import { VisitingCityResource, VisitResource } from './visit.resource.js';
import { CITY_REF_FIELDS } from './visit-rows.js';
import { VisitWorkflow } from './visit-workflow.service.js';
import { type ListAlong, mayViewDetails, viewerSides, VisitsService, visitResource } from './visits.service.js';
import {
  AcceptVisitProposalInput,
  AcceptVisitProposalPayload,
  CancelVisitPayload,
  CompleteVisitInput,
  CompleteVisitPayload,
  ConfirmVisitInput,
  ConfirmVisitPayload,
  DeclineVisitPayload,
  ProposeVisitWindowsInput,
  ProposeVisitWindowsPayload,
  RequestVisitInput,
  RequestVisitPayload,
  RescheduleVisitInput,
  RescheduleVisitPayload,
  SetVisitAvailabilityInput,
  SetVisitAvailabilityPayload,
  UpdateVisitDelegationInput,
  UpdateVisitDelegationPayload,
  UpdateVisitHostingInput,
  UpdateVisitHostingPayload,
  VisitActionEnum,
  VisitAgendaItemType,
  VisitAvailabilityType,
  VisitConnection,
  VisitDelegateType,
  VisitEventType,
  VisitHostParticipantType,
  VisitReasonInput,
  VisitSideEnum,
  VisitStateEnum,
  VisitType,
  VisitWindowType,
  WithdrawVisitPayload,
} from './visits.types.js';

const First = () =>
  Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, at most ${MAX_PAGE_SIZE}: larger values are capped.` });
const After = () => Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' });
const visitId = (args: { input?: { visitId?: unknown } }) => args.input?.visitId;
/** The policy action behind each step of the state machine. */
const STEP_POLICY: Record<VisitAction, Action> = {
  CONFIRM: 'VISIT_CONFIRM',
  PROPOSE: 'VISIT_PROPOSE',
  DECLINE: 'VISIT_DECLINE',
  ACCEPT: 'VISIT_ACCEPT',
  WITHDRAW: 'VISIT_WITHDRAW',
  RESCHEDULE: 'VISIT_RESCHEDULE',
  CANCEL: 'VISIT_CANCEL',
  COMPLETE: 'VISIT_COMPLETE',
};
/**
 * What a visit list's statement should bring beside the rows for this query: the total when it asks
 * for totalCount, the cities when it asks nothing of them beyond CITY_REF_FIELDS (through nodes or edges).
 */
function listAlong(info: GraphQLResolveInfo): ListAlong {
  const cities = ['visitingCity', 'hostCity'].flatMap((field) => [selectedFields(info, 'nodes', field), selectedFields(info, 'edges', 'node', field)]);
  return {
    withTotal: selectedFields(info, 'totalCount') !== null,
    withCities: cities.every((fields) => fields === null || [...fields].every((name) => CITY_REF_FIELDS.has(name))),
  };
}

/** The longest range of busy slots one availability query reads. */
const MAX_AVAILABILITY_DAYS = 400;

@Resolver()
export class VisitsResolver {
  constructor(
    private readonly visits: VisitsService,
    private readonly workflow: VisitWorkflow,
    private readonly availability: VisitAvailabilityService,
  ) {}

  @Public()
  @Query(() => VisitType, { nullable: true, description: 'A visit: public once confirmed or completed unless private; else only for members of its two cities (null otherwise).' })
  async visit(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<VisitType | null> {
    return this.visits.findForActor(await ctx.auth.actor(), id);
  }

  @Public()
  @Query(() => VisitConnection, { description: "A city's visits (hosted, made or both), latest slot first; private and unconfirmed ones only for members of the visit's cities." })
  async cityVisits(
    @Args('citySlug') citySlug: string,
    @Args('side', { type: () => VisitSideEnum, nullable: true }) side: VisitSideEnum | null,
    @Args('states', { type: () => [VisitStateEnum], nullable: true }) states: VisitStateEnum[] | null,
    @Args('from', { type: () => Date, nullable: true, description: 'Only visits whose slot starts at or after this.' }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true, description: 'Only visits whose slot starts before this.' }) to: Date | null,
    @First() first: number,
    @After() after: string | null,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<VisitType>> {
    const user = await ctx.auth.user();
    return this.visits.cityVisits(user, await ctx.auth.actor(), { citySlug, side, states, from, to }, first, after, listAlong(info));
  }

  @Public()
  @Query(() => VisitConnection, { description: 'Confirmed and completed visits that are not private, latest slot first.' })
  publicVisits(@First() first: number, @After() after: string | null): Promise<Page<VisitType>> {
    return this.visits.publicVisits(first, after);
  }

  @Allow('VISIT_INBOX')
  @Query(() => VisitConnection, { description: "Visits waiting for the user: requests to the cities they administer, proposals to the cities they request for, ended visits to complete; oldest first." })
  visitInbox(@CurrentUser() user: SignedInUser, @First() first: number, @After() after: string | null): Promise<Page<VisitType>> {
    return this.visits.inbox(user, first, after);
  }

  @Allow('VISIT_INBOX')
  @Query(() => VisitConnection, { description: "Every visit of the user's cities, last changed first." })
  myVisits(@CurrentUser() user: SignedInUser, @First() first: number, @After() after: string | null): Promise<Page<VisitType>> {
    return this.visits.mine(user, first, after);
  }

  @Public()
  @Query(() => VisitAvailabilityType, { nullable: true, description: 'When a city receives visits, and its busy slots in [from, to) (at most 400 days); null for an unknown city.' })
  visitAvailability(@Args('citySlug') citySlug: string, @Args('from', { type: () => Date }) from: Date, @Args('to', { type: () => Date }) to: Date): Promise<VisitAvailabilityType | null> {
    if (to.getTime() < from.getTime()) throw badInput('`to` must not be before `from`', 'to');
    if (to.getTime() - from.getTime() > MAX_AVAILABILITY_DAYS * 86_400_000) throw badInput(`from and to may be at most ${MAX_AVAILABILITY_DAYS} days apart`, 'to');
    return this.availability.availability(citySlug, from, to);
  }

  @Allow('VISIT_REQUEST', VisitingCityResource, (args) => args.input?.visitingCityId)
  @Mutation(() => RequestVisitPayload, { description: 'The visiting city asks the host for a visit in one of 1–3 windows (local times in the host\'s zone).' })
  async requestVisit(@Args('input') input: RequestVisitInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RequestVisitPayload>> {
    return { visit: await this.workflow.request(user, errors, input) };
  }

  @Allow('VISIT_CONFIRM', VisitResource, visitId)
  @Mutation(() => ConfirmVisitPayload, { description: "Requested → confirmed in one of the visiting city's windows: within the host's availability and capacity (else OUTSIDE_AVAILABILITY, SLOT_TAKEN)." })
  async confirmVisit(@Args('input') input: ConfirmVisitInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<ConfirmVisitPayload>> {
    return { visit: await this.workflow.confirm(user, errors, input) };
  }

  @Allow('VISIT_PROPOSE', VisitResource, visitId)
  @Mutation(() => ProposeVisitWindowsPayload, { description: 'Requested or proposed → proposed: the host offers 1–3 other windows.' })
  async proposeVisitWindows(@Args('input') input: ProposeVisitWindowsInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<ProposeVisitWindowsPayload>> {
    return { visit: await this.workflow.propose(user, errors, input) };
  }

  @Allow('VISIT_DECLINE', VisitResource, visitId)
  @Mutation(() => DeclineVisitPayload, { description: 'Requested or proposed → declined (final).' })
  async declineVisit(@Args('input') input: VisitReasonInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<DeclineVisitPayload>> {
    return { visit: await this.workflow.decline(user, errors, input) };
  }

  @Allow('VISIT_WITHDRAW', VisitResource, visitId)
  @Mutation(() => WithdrawVisitPayload, { description: 'Requested or proposed → withdrawn by the visiting city (final).' })
  async withdrawVisit(@Args('input') input: VisitReasonInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<WithdrawVisitPayload>> {
    return { visit: await this.workflow.withdraw(user, errors, input) };
  }

  @Allow('VISIT_ACCEPT', VisitResource, visitId)
  @Mutation(() => AcceptVisitProposalPayload, { description: "Proposed → confirmed in one of the host's windows (availability and capacity checked as for confirmVisit)." })
  async acceptVisitProposal(@Args('input') input: AcceptVisitProposalInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<AcceptVisitProposalPayload>> {
    return { visit: await this.workflow.accept(user, errors, input) };
  }

  @Allow('VISIT_RESCHEDULE', VisitResource, visitId)
  @Mutation(() => RescheduleVisitPayload, { description: 'Confirmed → proposed with 1–3 new windows; the slot is freed and sequence grows.' })
  async rescheduleVisit(@Args('input') input: RescheduleVisitInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RescheduleVisitPayload>> {
    return { visit: await this.workflow.reschedule(user, errors, input) };
  }

  @Allow('VISIT_CANCEL', VisitResource, visitId)
  @Mutation(() => CancelVisitPayload, { description: 'Confirmed → cancelled by either side; the slot is freed and sequence grows.' })
  async cancelVisit(@Args('input') input: VisitReasonInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<CancelVisitPayload>> {
    return { visit: await this.workflow.cancel(user, errors, input) };
  }

  @Allow('VISIT_COMPLETE', VisitResource, visitId)
  @Mutation(() => CompleteVisitPayload, { description: 'Confirmed → completed, once the visit has ended.' })
  async completeVisit(@Args('input') input: CompleteVisitInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<CompleteVisitPayload>> {
    return { visit: await this.workflow.complete(user, errors, input) };
  }

  @Allow('VISIT_EDIT_DELEGATION', VisitResource, visitId)
  @Mutation(() => UpdateVisitDelegationPayload, { description: 'Replaces the delegation (1–100 people, one leader) while the visit is open.' })
  async updateVisitDelegation(@Args('input') input: UpdateVisitDelegationInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<UpdateVisitDelegationPayload>> {
    return { visit: await this.workflow.updateDelegation(user, errors, input) };
  }

  @Allow('VISIT_EDIT_HOSTING', VisitResource, visitId)
  @Mutation(() => UpdateVisitHostingPayload, { description: "Sets the venue, the host's participants and the agenda (each left out: unchanged) while the visit is open." })
  async updateVisitHosting(@Args('input') input: UpdateVisitHostingInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<UpdateVisitHostingPayload>> {
    return { visit: await this.workflow.updateHosting(user, errors, input) };
  }

  @Allow('VISIT_AVAILABILITY_EDIT', CityResource, (args) => args.input?.citySlug)
  @Mutation(() => SetVisitAvailabilityPayload, { description: "Replaces a city's capacity, zone, weekly rules and exceptions." })
  async setVisitAvailability(@Args('input') input: SetVisitAvailabilityInput, @Errors() errors: UserErrors): Promise<PayloadData<SetVisitAvailabilityPayload>> {
    return { availability: await this.availability.set(errors, input) };
  }
}

@Resolver(() => VisitType)
export class VisitFieldsResolver {
  constructor(
    private readonly visits: VisitsService,
    private readonly cities: CitiesService,
    private readonly practiceService: PracticesService,
  ) {}

  @ResolveField(() => CityType)
  visitingCity(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<CityType> {
    return loadCity(ctx, this.cities, v.visitingCityId);
  }

  @ResolveField(() => CityType)
  hostCity(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<CityType> {
    return loadCity(ctx, this.cities, v.hostCityId);
  }

  @ResolveField(() => String, { description: "IANA zone of the visiting city (its province's), for its local time alongside." })
  async visitingTimeZone(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<string> {
    return (await loadCity(ctx, this.cities, v.visitingCityId)).timeZone.iana;
  }

  @ResolveField(() => [VisitWindowType], { description: 'The windows of the current round: the request\'s, or the host\'s last proposal.' })
  windows(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitWindowType[]> {
    return ctx.loaders.get('visitWindows', (ids: readonly string[]) => this.visits.windowsOf(ids)).load(v.id);
  }

  @ResolveField(() => [PracticeType], { description: "The host's practices to study (those the viewer may see)." })
  async practices(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<PracticeType[]> {
    const ids = await ctx.loaders.get('visitPracticeIds', (keys: readonly string[]) => this.visits.practiceIdsOf(keys)).load(v.id);
    const found = await ctx.loaders.get('practiceById', (keys: readonly string[]) => this.practiceService.byIds(keys)).loadMany(ids);
    const actor = await ctx.auth.actor();
    return found.filter((p): p is PracticeType => !!p && !(p instanceof Error) && isVisible(actor, p));
  }

  @ResolveField(() => [VisitDelegateType], { nullable: true, description: 'The delegation; only for members of the two cities (else null).' })
  async delegation(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitDelegateType[] | null> {
    if (!mayViewDetails(await ctx.auth.actor(), v)) return null;
    return ctx.loaders.get('visitDelegates', (ids: readonly string[]) => this.visits.delegatesOf(ids)).load(v.id);
  }

  @ResolveField(() => [VisitHostParticipantType], { nullable: true, description: 'Who receives the delegation; only for members of the two cities.' })
  async hostParticipants(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitHostParticipantType[] | null> {
    if (!mayViewDetails(await ctx.auth.actor(), v)) return null;
    return ctx.loaders.get('visitHostParticipants', (ids: readonly string[]) => this.visits.hostParticipantsOf(ids)).load(v.id);
  }

  @ResolveField(() => [VisitAgendaItemType], { nullable: true, description: 'The programme; only for members of the two cities.' })
  async agenda(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitAgendaItemType[] | null> {
    if (!mayViewDetails(await ctx.auth.actor(), v)) return null;
    return ctx.loaders.get('visitAgenda', (ids: readonly string[]) => this.visits.agendaOf(ids)).load(v.id);
  }

  @ResolveField(() => [VisitEventType], { nullable: true, description: 'Every step and edit with who made it, oldest first; only for members of the two cities.' })
  async timeline(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitEventType[] | null> {
    if (!mayViewDetails(await ctx.auth.actor(), v)) return null;
    return ctx.loaders.get('visitEvents', (ids: readonly string[]) => this.visits.eventsOf(ids)).load(v.id);
  }

  @ResolveField(() => [VisitSideEnum], { description: "The sides the viewer acts for: HOST as an admin of the host city, VISITING as an editor or admin of the visiting city." })
  async viewerSides(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitSideEnum[]> {
    return viewerSides(await ctx.auth.actor(), v) as VisitSideEnum[];
  }

  @ResolveField(() => [VisitActionEnum], { description: 'What the viewer may do now: possible in the state machine and allowed by the policy.' })
  async allowedActions(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitAction[]> {
    const actor = await ctx.auth.actor();
    const actions = visitActionsFor(v.state as VisitState, viewerSides(actor, v), { now: new Date(), endsAt: v.endsAt });
    return actions.filter((action) => isAllowed(actor, STEP_POLICY[action], visitResource(v)));
  }
}

@Resolver(() => VisitAgendaItemType)
export class VisitAgendaItemResolver {
  constructor(private readonly practices: PracticesService) {}

  @ResolveField(() => PracticeType, { nullable: true })
  async practice(@Parent() item: VisitAgendaItemType, @Context() ctx: GraphQLContext): Promise<PracticeType | null> {
    if (!item.practiceId) return null;
    const found = await ctx.loaders.get('practiceById', (keys: readonly string[]) => this.practices.byIds(keys)).load(item.practiceId);
    return found && isVisible(await ctx.auth.actor(), found) ? found : null;
  }
}

export const VISIT_RESOLVERS = [VisitsResolver, VisitFieldsResolver, VisitAgendaItemResolver];
