import type { GraphQLContext } from '../common/request-loaders.js';
import type { CitiesService } from './cities.service.js';
import type { CityType } from './cities.types.js';

/** For other domains' `city` fields: every city of a response in one statement. */
export async function loadCity(ctx: GraphQLContext, cities: CitiesService, cityDbId: number): Promise<CityType> {
  const city = await ctx.loaders.get('cityByDbId', (ids: readonly number[]) => cities.citiesByDbId(ids)).load(cityDbId);
  if (!city) throw new Error(`Missing city ${cityDbId}`);
  return city;
}
