import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/request-loaders.js';
import { Public } from '../policy/allow.decorator.js';
import { loadVisiblePractice } from '../practices/practice-loader.js';
import { PracticesService } from '../practices/practices.service.js';
import { PracticeType } from '../practices/practices.types.js';
import { COMPARE_LIMITS, ObservationType } from './metrics.types.js';
import { ProgramMetricsService } from './program-metrics.service.js';
import { PROGRAM_COMPARISON_MAX, ProgramComparisonType } from './program-metrics.types.js';

const clampYear = (year: number) => Math.min(2100, Math.max(1900, year));
const FIRST_DEFAULT_YEAR = 2000;

/** Programs side by side, and the program an observation belongs to. */
@Resolver(() => ObservationType)
export class ProgramMetricsResolver {
  constructor(
    private readonly programs: ProgramMetricsService,
    private readonly practices: PracticesService,
  ) {}

  @Public()
  @Query(() => ProgramComparisonType, {
    nullable: true,
    description:
      `Published programs (practices) of every city that report the indicator, at most ${PROGRAM_COMPARISON_MAX}, by city name; ` +
      `the default yearly value of each year from fromYear (default ${FIRST_DEFAULT_YEAR}) to toYear (default this year), at most ${COMPARE_LIMITS.years} years. ` +
      'topic: only programs of that topic (the same kind). Null: no such indicator.',
  })
  programComparison(
    @Context() ctx: GraphQLContext,
    @Args('indicatorCode') indicatorCode: string,
    @Args('topic', { type: () => String, nullable: true }) topic?: string,
    @Args('fromYear', { type: () => Int, nullable: true }) fromYear?: number,
    @Args('toYear', { type: () => Int, nullable: true }) toYear?: number,
  ): Promise<ProgramComparisonType | null> {
    const a = clampYear(fromYear ?? FIRST_DEFAULT_YEAR);
    const b = clampYear(toYear ?? new Date().getUTCFullYear());
    const from = Math.min(a, b);
    const to = Math.min(Math.max(a, b), from + COMPARE_LIMITS.years - 1);
    return this.programs.compare({ indicatorCode, topic, fromYear: from, toYear: to }, ctx.auth.language);
  }

  @ResolveField(() => PracticeType, { nullable: true, description: 'The program the number belongs to, when the viewer may see it; null for the whole city.' })
  practice(@Parent() o: ObservationType, @Context() ctx: GraphQLContext): Promise<PracticeType | null> | null {
    return o.practiceId ? loadVisiblePractice(ctx, this.practices, o.practiceId) : null;
  }
}
