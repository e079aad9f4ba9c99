import { Args, Context, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from '../common/pagination.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import { Public } from '../policy/allow.decorator.js';
import type { GraphQLResolveInfo } from 'graphql';
import { CitiesService, MAX_NEAREST } from './cities.service.js';
import { CityListAlong } from './city-list-along.service.js';
import {
  CityConnection,
  CityFilter,
  CityOrder,
  CityType,
  Coordinates,
  DistrictType,
  ProvinceType,
  SourceType,
} from './cities.types.js';

@Resolver(() => CityType)
export class CitiesResolver {
  constructor(
    private readonly citiesService: CitiesService,
    private readonly along: CityListAlong,
  ) {}

  @Public()
  @Query(() => [ProvinceType], { description: 'The 38 provinces, by name.' })
  provinces(): Promise<ProvinceType[]> {
    return this.citiesService.provinces();
  }

  @Public()
  @Query(() => CityConnection, { description: 'Kabupaten and kota, by name (without the prefix), by province or by search relevance.' })
  async cities(
    @Args('filter', { type: () => CityFilter, nullable: true }) filter: CityFilter | null,
    @Args('orderBy', {
      type: () => CityOrder,
      nullable: true,
      description: 'Unset: by name, or best match first when searching.',
    })
    orderBy: CityOrder | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: DEFAULT_PAGE_SIZE,
      description: `Page size, at most ${MAX_PAGE_SIZE}: larger values are capped.`,
    })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<CityType>> {
    const page = await this.citiesService.cities(filter, first, after, { order: orderBy });
    // Another domain's fields the query asks for on every row (City.facts): one load for the page.
    await this.along.bring(page.nodes, info);
    return page;
  }

  @Public()
  @Query(() => [CityType], {
    description: `The city names nearest to a search (trigram similarity), most similar first: what to offer when a search finds nothing. At most ${MAX_NEAREST}.`,
  })
  nearestCityNames(
    @Args('search') search: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ): Promise<CityType[]> {
    return this.citiesService.nearestNames(search, first);
  }

  @Public()
  @Query(() => CityType, { nullable: true, description: 'A city by its slug, e.g. kota-solok; null when there is none.' })
  city(@Args('slug') slug: string): Promise<CityType | null> {
    return this.citiesService.cityBySlug(slug);
  }

  // A field that needs more than the list's row batch-loads: one statement for all cities of the response.
  @ResolveField(() => Int, { description: 'Number of kecamatan in the official list.' })
  districtCount(@Parent() city: CityType, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get('districtCountByCity', (ids: readonly number[]) => this.citiesService.districtCountsByCity(ids)).load(city.dbId);
  }

  @ResolveField(() => [DistrictType], { description: 'The kecamatan, by name.' })
  districts(@Parent() city: CityType, @Context() ctx: GraphQLContext): Promise<DistrictType[]> {
    return ctx.loaders.get('districtsByCity', (ids: readonly number[]) => this.citiesService.districtsByCity(ids)).load(city.dbId);
  }
}

@Resolver(() => ProvinceType)
export class ProvincesResolver {
  constructor(private readonly citiesService: CitiesService) {}

  @ResolveField(() => Int, { description: 'Number of kabupaten and kota.' })
  cityCount(@Parent() province: ProvinceType, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get('cityCountByProvince', (codes: readonly string[]) => this.citiesService.cityCountsByProvince(codes)).load(province.code);
  }
}

@Resolver(() => Coordinates)
export class CoordinatesResolver {
  constructor(private readonly citiesService: CitiesService) {}

  @ResolveField(() => SourceType)
  async source(@Parent() coordinates: Coordinates, @Context() ctx: GraphQLContext): Promise<SourceType> {
    const source = await ctx.loaders.get('sourceById', (ids: readonly number[]) => this.citiesService.sourcesById(ids)).load(coordinates.sourceId);
    if (!source) throw new Error(`Missing source ${coordinates.sourceId}`);
    return source;
  }
}

export const CITY_RESOLVERS = [CitiesResolver, ProvincesResolver, CoordinatesResolver];
