import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { CitiesService } from '../cities/cities.service.js';
import { CityType } from '../cities/cities.types.js';
import { CityResource } from '../cities/city.resource.js';
import { loadCity } from '../cities/city-loader.js';
import { Errors } from '../common/mutation.js';
import { DEFAULT_PAGE_SIZE } from '../common/pagination.js';
import type { PayloadData } from '../common/payload.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { UserErrors } from '../common/user-errors.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { AdoptionResource } from './adoption.resource.js';
import { AdoptionsService } from './adoptions.service.js';
import { MAX_SEARCH_PAGE, PracticeSearchService } from './practice-search.service.js';
import {
  AdoptionType,
  CityAdoptionsType,
  PracticeSearchConnectionType,
  PracticeSearchFilter,
  PracticeSort,
  RecordAdoptionInput,
  RecordAdoptionPayload,
  UpdateAdoptionInput,
  UpdateAdoptionPayload,
} from './practice-search.types.js';
import { PracticeType } from './practices.types.js';

/** The library's search and the adoptions. */
@Resolver()
export class PracticeLibraryResolver {
  constructor(
    private readonly search: PracticeSearchService,
    private readonly adoptions: AdoptionsService,
  ) {}

  @Public()
  @Query(() => PracticeSearchConnectionType, {
    description: 'Full-text search over published practices (both languages), with facets. query null/empty = all, newest first.',
  })
  searchPractices(
    @Args('query', { type: () => String, nullable: true }) query: string | null,
    @Args('filter', { type: () => PracticeSearchFilter, nullable: true }) filter: PracticeSearchFilter | null,
    @Args('sort', { type: () => PracticeSort, nullable: true, defaultValue: PracticeSort.RELEVANCE }) sort: PracticeSort,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, at most ${MAX_SEARCH_PAGE}: larger values are capped.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Context() ctx: GraphQLContext,
  ) {
    return this.search.search(ctx.auth.language, { query, filter, sort, first, after });
  }

  @Public()
  @Query(() => CityAdoptionsType, { description: "A city's adoptions both ways: what it adopted from others, and who adopted its practices." })
  cityAdoptions(@Args('citySlug') citySlug: string): Promise<CityAdoptionsType> {
    return this.adoptions.ofCity(citySlug);
  }

  @Allow('ADOPTION_RECORD', CityResource, (args) => args.input?.citySlug)
  @Mutation(() => RecordAdoptionPayload, { description: "Records that citySlug's city adopted (or plans to adopt) another city's published practice; one per practice and city." })
  async recordAdoption(@Args('input') input: RecordAdoptionInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RecordAdoptionPayload>> {
    return { adoption: await this.adoptions.record(user, errors, input) };
  }

  @Allow('ADOPTION_UPDATE', AdoptionResource, (args) => args.input?.adoptionId)
  @Mutation(() => UpdateAdoptionPayload, { description: 'Changes the status, date and notes of an adoption.' })
  async updateAdoption(@Args('input') input: UpdateAdoptionInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<UpdateAdoptionPayload>> {
    return { adoption: await this.adoptions.update(user, errors, input) };
  }
}

/** The practice page's extra fields, each batch-loaded for every practice of the response. */
@Resolver(() => PracticeType)
export class PracticeLibraryFieldsResolver {
  constructor(
    private readonly search: PracticeSearchService,
    private readonly adoptionsService: AdoptionsService,
  ) {}

  @ResolveField(() => [PracticeType], { description: 'Published practices of other cities and this one like it, by shared topic, dimensions, SDGs and tags.' })
  similar(@Parent() p: PracticeType, @Args('first', { type: () => Int, nullable: true, defaultValue: 4 }) first: number, @Context() ctx: GraphQLContext) {
    const n = first ?? 4;
    return ctx.loaders.get(`practiceSimilar:${n}`, (ids: readonly string[]) => this.search.similar(ids, n)).load(p.id);
  }

  @ResolveField(() => Int, { description: 'Cities that adopted it (status not DROPPED).' })
  adoptionCount(@Parent() p: PracticeType, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get('practiceAdoptionCount', (ids: readonly string[]) => this.adoptionsService.countsByPractice(ids)).load(p.id);
  }

  @ResolveField(() => [AdoptionType])
  adoptions(@Parent() p: PracticeType, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get('practiceAdoptions', (ids: readonly string[]) => this.adoptionsService.byPractice(ids)).load(p.id);
  }
}

@Resolver(() => AdoptionType)
export class AdoptionFieldsResolver {
  constructor(
    private readonly search: PracticeSearchService,
    private readonly cities: CitiesService,
  ) {}

  @ResolveField(() => PracticeType)
  async practice(@Parent() a: AdoptionType, @Context() ctx: GraphQLContext): Promise<PracticeType> {
    const practice = await ctx.loaders.get('practiceById', (ids: readonly string[]) => this.search.byIds(ids)).load(a.practiceId);
    if (!practice) throw new Error(`Missing practice ${a.practiceId}`);
    return practice;
  }

  @ResolveField(() => CityType, { description: 'The adopting city.' })
  city(@Parent() a: AdoptionType, @Context() ctx: GraphQLContext): Promise<CityType> {
    return loadCity(ctx, this.cities, a.cityId);
  }
}

export const LIBRARY_RESOLVERS = [PracticeLibraryResolver, PracticeLibraryFieldsResolver, AdoptionFieldsResolver];
