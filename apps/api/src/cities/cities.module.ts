import { Module } from '@nestjs/common';
import { CITY_RESOLVERS } from './cities.resolver.js';
import { CitiesService } from './cities.service.js';

@Module({ providers: [CitiesService, ...CITY_RESOLVERS], exports: [CitiesService] })
export class CitiesModule {}
