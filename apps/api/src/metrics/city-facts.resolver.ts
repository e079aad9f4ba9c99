import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CityType } from '../cities/cities.types.js';
import { CityListAlong } from '../cities/city-list-along.service.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import { CityFactsService } from './city-facts.service.js';
import { FactType } from './city-facts.types.js';

/** City.facts: the city profile's numbers are observations; the metrics domain answers the field of the cities' type. */
@Resolver(() => CityType)
export class CityFactsResolver {
  constructor(
    private readonly cityFacts: CityFactsService,
    along: CityListAlong,
  ) {
    // A list of cities that asks for facts loads them for the whole page at once (no field resolver per row).
    along.register('facts', (ids) => this.cityFacts.factsByCity(ids));
  }

  @ResolveField(() => [FactType], {
    description: "Each source's latest value of every indicator on the city profile, with its source and quality; per key the default (metrics' default rule) first.",
  })
  facts(@Parent() city: CityType, @Context() ctx: GraphQLContext): Promise<FactType[]> {
    return ctx.loaders.get('cityFactsByCity', (ids: readonly number[]) => this.cityFacts.factsByCity(ids)).load(city.dbId);
  }
}
