import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { Errors } from '../common/mutation.js';
import type { PayloadData } from '../common/payload.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { UserErrors } from '../common/user-errors.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { MetricImportResource } from './metric-import.resource.js';
import { MetricImportsService } from './metric-imports.service.js';
import { MetricsCityResource } from './metrics-city.resource.js';
import { MetricsService } from './metrics.service.js';
import {
  CommitMetricImportInput,
  CommitMetricImportPayload,
  COMPARE_LIMITS,
  CompareResultType,
  IndicatorCategory,
  IndicatorInput,
  IndicatorPayload,
  IndicatorType,
  MetricImportOptionsInput,
  MetricImportPreviewPayload,
  MetricImportType,
  Normalisation,
  ObservationType,
  PEER_GROUP_MAX,
  PeerSuggestionType,
  RankingScope,
  RankingType,
  RecordObservationInput,
  RecordObservationPayload,
  UndoMetricImportInput,
  UndoMetricImportPayload,
  UpdateIndicatorInput,
} from './metrics.types.js';

/** A list argument cut to its limit: a request never reads more than the limits allow. */
const capped = (list: readonly string[], max: number) => [...new Set(list)].slice(0, max);
const clampYear = (year: number) => Math.min(2100, Math.max(1900, year));

@Resolver()
export class MetricsResolver {
  constructor(
    private readonly metrics: MetricsService,
    private readonly imports: MetricImportsService,
  ) {}

  @Public()
  @Query(() => [IndicatorType], { description: 'The indicator catalogue, by category and code.' })
  indicators(
    @Context() ctx: GraphQLContext,
    @Args('category', { type: () => IndicatorCategory, nullable: true }) category?: IndicatorCategory,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<IndicatorType[]> {
    return this.metrics.indicators(ctx.auth.language, category, search);
  }

  @Public()
  @Query(() => IndicatorType, { nullable: true })
  indicator(@Args('code') code: string, @Context() ctx: GraphQLContext): Promise<IndicatorType | null> {
    return this.metrics.indicator(code, ctx.auth.language);
  }

  @Public()
  @Query(() => [ObservationType], { description: "Every source's value for a city (at most 5,000), isDefault marking the one shown." })
  observations(
    @Args('cityCode') cityCode: string,
    @Args('indicatorCodes', { type: () => [String], nullable: true }) indicatorCodes?: string[],
    @Args('practiceId', { type: () => String, nullable: true }) practiceId?: string,
    @Args('fromYear', { type: () => Int, nullable: true }) fromYear?: number,
    @Args('toYear', { type: () => Int, nullable: true }) toYear?: number,
  ): Promise<ObservationType[]> {
    return this.metrics.observations({ cityCode, indicatorCodes: indicatorCodes ? capped(indicatorCodes, 200) : null, practiceId, fromYear, toYear });
  }

  @Public()
  @Query(() => CompareResultType, {
    description: `Default values of up to ${COMPARE_LIMITS.cities} cities, ${COMPARE_LIMITS.indicators} indicators and ${COMPARE_LIMITS.years} years, raw or normalised; notes say where a denominator is missing.`,
  })
  compare(
    @Context() ctx: GraphQLContext,
    @Args('cityCodes', { type: () => [String] }) cityCodes: string[],
    @Args('indicatorCodes', { type: () => [String] }) indicatorCodes: string[],
    @Args('fromYear', { type: () => Int }) fromYear: number,
    @Args('toYear', { type: () => Int }) toYear: number,
    @Args('normalisation', { type: () => Normalisation, defaultValue: Normalisation.RAW }) normalisation: Normalisation,
  ): Promise<CompareResultType> {
    const from = clampYear(Math.min(fromYear, toYear));
    const to = Math.min(clampYear(Math.max(fromYear, toYear)), from + COMPARE_LIMITS.years - 1);
    return this.metrics.compare(
      { cityCodes: capped(cityCodes, COMPARE_LIMITS.cities), indicatorCodes: capped(indicatorCodes, COMPARE_LIMITS.indicators), fromYear: from, toYear: to, normalisation },
      ctx.auth.language,
    );
  }

  @Public()
  @Query(() => RankingType, { nullable: true, description: 'All cities, a province or a peer group (cityCode and the cities of similar population) on one indicator and year.' })
  ranking(
    @Context() ctx: GraphQLContext,
    @Args('indicatorCode') indicatorCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('scope', { type: () => RankingScope, defaultValue: RankingScope.ALL }) scope: RankingScope,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode?: string,
    @Args('cityCode', { type: () => String, nullable: true }) cityCode?: string,
  ): Promise<RankingType | null> {
    return this.metrics.ranking({ indicatorCode, year, scope, provinceCode, cityCode }, ctx.auth.language);
  }

  @Public()
  @Query(() => [PeerSuggestionType], { description: `Cities of similar population (latest known), closest first; at most ${PEER_GROUP_MAX}.` })
  peerGroup(@Args('cityCode') cityCode: string, @Args('size', { type: () => Int, defaultValue: 10 }) size: number): Promise<PeerSuggestionType[]> {
    return this.metrics.peerGroup(cityCode, Math.min(PEER_GROUP_MAX, Math.max(1, size)));
  }

  @Allow('METRICS_INDICATOR_EDIT')
  @Mutation(() => IndicatorPayload)
  async createIndicator(
    @Args('input') input: IndicatorInput,
    @Context() ctx: GraphQLContext,
    @CurrentUser() user: SignedInUser,
    @Errors() errors: UserErrors,
  ): Promise<PayloadData<IndicatorPayload>> {
    return { indicator: await this.metrics.createIndicator(user, errors, input, ctx.auth.language) };
  }

  @Allow('METRICS_INDICATOR_EDIT')
  @Mutation(() => IndicatorPayload)
  async updateIndicator(
    @Args('input') input: UpdateIndicatorInput,
    @Context() ctx: GraphQLContext,
    @CurrentUser() user: SignedInUser,
    @Errors() errors: UserErrors,
  ): Promise<PayloadData<IndicatorPayload>> {
    return { indicator: await this.metrics.updateIndicator(user, errors, input, ctx.auth.language) };
  }

  @Allow('METRICS_OBSERVATION_EDIT', MetricsCityResource, (args) => args.input?.cityCode)
  @Mutation(() => RecordObservationPayload, { description: 'Records a value from a source (replacing what the same source said for the same period).' })
  async recordObservation(@Args('input') input: RecordObservationInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<RecordObservationPayload>> {
    return { observation: await this.metrics.recordObservation(user, errors, input) };
  }

  @Allow('METRICS_IMPORT', MetricImportResource, (args) => args.id)
  @Query(() => MetricImportType, { nullable: true, description: "An import of the caller's city (any for platform admins)." })
  metricImport(@Args('id', { type: () => String }) id: string): Promise<MetricImportType | null> {
    return this.imports.view(id);
  }

  @Allow('METRICS_IMPORT', MetricImportResource, (args) => args.input?.importId)
  @Mutation(() => MetricImportPreviewPayload, { description: 'Reads an uploaded file (POST /metrics/imports) as it would be committed: shape, mapping, first rows, errors and warnings. Stores nothing.' })
  async previewMetricImport(
    @Args('input') input: MetricImportOptionsInput,
    @Context() ctx: GraphQLContext,
    @Errors() errors: UserErrors,
  ): Promise<PayloadData<MetricImportPreviewPayload>> {
    return { preview: await this.imports.preview(errors, input, ctx.auth.language) };
  }

  @Allow('METRICS_IMPORT', MetricImportResource, (args) => args.input?.importId)
  @Mutation(() => CommitMetricImportPayload, { description: 'Stores every row of the file in one transaction, or none (userErrors list every problem).' })
  async commitMetricImport(@Args('input') input: CommitMetricImportInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<CommitMetricImportPayload>> {
    return this.imports.commit(user, errors, input);
  }

  @Allow('METRICS_IMPORT', MetricImportResource, (args) => args.input?.importId)
  @Mutation(() => UndoMetricImportPayload, { description: 'Removes every value of a committed import.' })
  async undoMetricImport(@Args('input') input: UndoMetricImportInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<UndoMetricImportPayload>> {
    return { import: await this.imports.undo(user, errors, input.importId) };
  }
}
