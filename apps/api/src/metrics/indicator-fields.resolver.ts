import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/request-loaders.js';
import { MetricsService } from './metrics.service.js';
import { IndicatorType } from './metrics.types.js';

@Resolver(() => IndicatorType)
export class IndicatorFieldsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @ResolveField(() => Int, { nullable: true, description: 'The latest year with a whole-city yearly value of the indicator (null: none yet); the indicator page opens its ranking there.' })
  latestYear(@Parent() indicator: IndicatorType, @Context() ctx: GraphQLContext): Promise<number | null> {
    return ctx.loaders.get('indicatorLatestYear', (ids: readonly string[]) => this.metrics.latestYears(ids)).load(indicator.id);
  }
}
