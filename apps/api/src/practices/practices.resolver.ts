import { type Action, allowedActions, inCity, isAllowed, isPracticeEditable, type PracticeTransition, practiceTransition } from '@citybridge/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionEnum, MemberUserType } from '../auth/auth.types.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { UsersService } from '../auth/users.service.js';
import { CitiesService } from '../cities/cities.service.js';
import { CityType } from '../cities/cities.types.js';
import { loadCity } from '../cities/city-loader.js';
import { CityResource } from '../cities/city.resource.js';
import { Errors } from '../common/mutation.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../common/pagination.js';
import type { PayloadData } from '../common/payload.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { UserErrors } from '../common/user-errors.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { denied } from '../policy/policy.guard.js';
import { renderMarkdown } from './markdown.js';
import { PracticeWriter } from './practice-writer.service.js';
import { PracticeResource } from './practice.resource.js';
import { mayViewDrafts, PracticesService } from './practices.service.js';
import {
  ArchivePracticeInput,
  ArchivePracticePayload,
  CreatePracticeInput,
  CreatePracticePayload,
  PracticeConnection,
  PracticeFilter,
  PracticeRevisionDiffType,
  PracticeRevisionType,
  PracticeState,
  PracticeTextType,
  PracticeTopicType,
  PracticeType,
  PublishPracticeInput,
  PublishPracticePayload,
  ReturnPracticeInput,
  ReturnPracticePayload,
  SubmitPracticeInput,
  SubmitPracticePayload,
  UpdatePracticeInput,
  UpdatePracticePayload,
} from './practices.types.js';

const First = () =>
  Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, at most ${MAX_PAGE_SIZE}: larger values are capped.` });
const After = () => Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' });
const STEPS: Partial<Record<Action, PracticeTransition>> = { PRACTICE_SUBMIT: 'submit', PRACTICE_PUBLISH: 'publish', PRACTICE_RETURN: 'return', PRACTICE_ARCHIVE: 'archive' };
/** A workflow step is offered only from a state it leaves; nothing is edited once archived. */
function possibleInState(action: Action, state: PracticeState): boolean {
  const step = STEPS[action];
  if (step) return practiceTransition(state, step) !== null;
  return action !== 'PRACTICE_EDIT' || isPracticeEditable(state);
}
const practiceId = (args: { input?: { practiceId?: unknown } }) => args.input?.practiceId;

@Resolver()
export class PracticesResolver {
  constructor(
    private readonly library: PracticesService,
    private readonly writer: PracticeWriter,
    private readonly cities: CitiesService,
  ) {}

  @Public()
  @Query(() => [PracticeTopicType], { description: 'The topics a practice can have, labelled in the language of the request.' })
  practiceTopics(@Context() ctx: GraphQLContext): PracticeTopicType[] {
    return this.library.topics(ctx.auth.language);
  }

  @Public()
  @Query(() => PracticeType, { nullable: true, description: 'A practice; drafts and those in review only for who may write or review them (else null).' })
  async practice(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<PracticeType | null> {
    return this.library.visibleById(await ctx.auth.actor(), id);
  }

  @Public()
  @Query(() => PracticeConnection, { description: 'Published practices, newest first; a city\'s other states for its editors and admins.' })
  async practices(
    @Args('filter', { type: () => PracticeFilter, nullable: true }) filter: PracticeFilter | null,
    @First() first: number,
    @After() after: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<Page<PracticeType>> {
    if (filter?.state && filter.state !== PracticeState.PUBLISHED) {
      // Unpublished states are listed per city, to those who may see that city's drafts.
      const actor = await ctx.auth.actor();
      const city = filter.citySlug ? await this.cities.cityRefBySlug(filter.citySlug) : null;
      if (!city || !isAllowed(actor, 'PRACTICE_VIEW_DRAFT', inCity(city.code))) throw denied(ctx, actor !== null);
    }
    return this.library.list(filter, first, after);
  }

  @Allow('PRACTICE_LIST_MINE')
  @Query(() => PracticeConnection, { description: 'Practices of the cities the user writes for and the ones they wrote, last changed first.' })
  myPractices(@CurrentUser() user: SignedInUser, @First() first: number, @After() after: string | null): Promise<Page<PracticeType>> {
    return this.library.mine(user, first, after);
  }

  @Allow('PRACTICE_REVIEW_QUEUE')
  @Query(() => PracticeConnection, { description: 'Practices in review that the user may publish (their cities as admin; all for platform admins), oldest first.' })
  practicesToReview(@CurrentUser() user: SignedInUser, @First() first: number, @After() after: string | null): Promise<Page<PracticeType>> {
    return this.library.toReview(user, first, after);
  }

  @Public()
  @Query(() => [PracticeRevisionType], { description: 'The published states of a practice, newest first (empty when the practice is not visible).' })
  async practiceRevisions(@Args('practiceId', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<PracticeRevisionType[]> {
    return this.library.revisions(await ctx.auth.actor(), id);
  }

  @Public()
  @Query(() => PracticeRevisionDiffType, { nullable: true, description: 'What changed between two revisions (null when one is missing).' })
  async practiceRevisionDiff(
    @Args('practiceId', { type: () => ID }) id: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
    @Context() ctx: GraphQLContext,
  ): Promise<PracticeRevisionDiffType | null> {
    return this.library.revisionDiff(await ctx.auth.actor(), id, from, to);
  }

  @Allow('PRACTICE_CREATE', CityResource, (args) => args.input?.citySlug)
  @Mutation(() => CreatePracticePayload, { description: 'A new draft.' })
  async createPractice(@Args('input') input: CreatePracticeInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<CreatePracticePayload>> {
    return { practice: await this.writer.create(user, errors, input) };
  }

  @Allow('PRACTICE_EDIT', PracticeResource, practiceId)
  @Mutation(() => UpdatePracticePayload, { description: 'Saves every field; STALE_VERSION when someone saved since expectedVersion. A published practice stays published and keeps a revision.' })
  async updatePractice(@Args('input') input: UpdatePracticeInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<UpdatePracticePayload>> {
    return { practice: await this.writer.update(user, errors, input) };
  }

  @Allow('PRACTICE_SUBMIT', PracticeResource, practiceId)
  @Mutation(() => SubmitPracticePayload, { description: 'Draft → in review.' })
  async submitPractice(@Args('input') input: SubmitPracticeInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<SubmitPracticePayload>> {
    return { practice: await this.writer.transition(user, errors, 'submit', input) };
  }

  @Allow('PRACTICE_PUBLISH', PracticeResource, practiceId)
  @Mutation(() => PublishPracticePayload, { description: 'In review → published; keeps a revision.' })
  async publishPractice(@Args('input') input: PublishPracticeInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<PublishPracticePayload>> {
    return { practice: await this.writer.transition(user, errors, 'publish', input) };
  }

  @Allow('PRACTICE_RETURN', PracticeResource, practiceId)
  @Mutation(() => ReturnPracticePayload, { description: 'In review → draft, with a comment for the author.' })
  async returnPractice(@Args('input') input: ReturnPracticeInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<ReturnPracticePayload>> {
    return { practice: await this.writer.transition(user, errors, 'return', input) };
  }

  @Allow('PRACTICE_ARCHIVE', PracticeResource, practiceId)
  @Mutation(() => ArchivePracticePayload, { description: 'Any state but archived → archived (no longer listed, still readable by its address).' })
  async archivePractice(@Args('input') input: ArchivePracticeInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<ArchivePracticePayload>> {
    return { practice: await this.writer.transition(user, errors, 'archive', input) };
  }
}

@Resolver(() => PracticeType)
export class PracticeFieldsResolver {
  constructor(
    private readonly cities: CitiesService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => CityType)
  city(@Parent() p: PracticeType, @Context() ctx: GraphQLContext): Promise<CityType> {
    return loadCity(ctx, this.cities, p.cityId);
  }

  @ResolveField(() => MemberUserType, { nullable: true, description: "Who wrote it; only for the city's editors and admins and platform admins." })
  async author(@Parent() p: PracticeType, @Context() ctx: GraphQLContext): Promise<MemberUserType | null> {
    if (!p.authorId || !mayViewDrafts(await ctx.auth.actor(), p)) return null;
    return this.users.load(ctx, p.authorId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The reviewer's last comment (why it was sent back, or a note on publication); only for the city's editors and admins and platform admins.",
  })
  async reviewComment(@Parent() p: PracticeType, @Context() ctx: GraphQLContext): Promise<string | null> {
    return p.comment && mayViewDrafts(await ctx.auth.actor(), p) ? p.comment : null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When reviewComment was made; for the same viewers.' })
  async reviewedAt(@Parent() p: PracticeType, @Context() ctx: GraphQLContext): Promise<Date | null> {
    return p.commentedAt && mayViewDrafts(await ctx.auth.actor(), p) ? p.commentedAt : null;
  }

  @ResolveField(() => [ActionEnum], { description: 'What the viewer may do on this practice now: allowed by the policy and possible in its state.' })
  async allowedActions(@Parent() p: PracticeType, @Context() ctx: GraphQLContext) {
    const actions = allowedActions(await ctx.auth.actor(), { cities: [{ cityId: p.cityCode, part: 'home' }], ownerId: p.authorId ?? undefined, state: p.state });
    return actions.filter((action) => possibleInState(action, p.state));
  }
}

// Rendered when asked, on the server, through the sanitiser: the HTML a page may insert as it is.
@Resolver(() => PracticeTextType)
export class PracticeTextResolver {
  @ResolveField(() => String, { description: 'summary as sanitised HTML.' })
  summaryHtml(@Parent() t: PracticeTextType): string {
    return renderMarkdown(t.summary);
  }

  @ResolveField(() => String, { description: 'problem as sanitised HTML.' })
  problemHtml(@Parent() t: PracticeTextType): string {
    return renderMarkdown(t.problem);
  }

  @ResolveField(() => String, { description: 'approach as sanitised HTML.' })
  approachHtml(@Parent() t: PracticeTextType): string {
    return renderMarkdown(t.approach);
  }

  @ResolveField(() => String, { description: 'results as sanitised HTML.' })
  resultsHtml(@Parent() t: PracticeTextType): string {
    return renderMarkdown(t.results);
  }

  @ResolveField(() => String, { description: 'lessons as sanitised HTML.' })
  lessonsHtml(@Parent() t: PracticeTextType): string {
    return renderMarkdown(t.lessons);
  }
}

export const PRACTICE_RESOLVERS = [PracticesResolver, PracticeFieldsResolver, PracticeTextResolver];
