import { Module } from '@nestjs/common';
import { CITY_RESOLVERS } from './cities.resolver.js';
import { CitiesService } from './cities.service.js';
import { CityResource } from './city-resource.js';

@Module({ providers: [CitiesService, CityResource, ...CITY_RESOLVERS], exports: [CitiesService] })
export class CitiesModule {}
