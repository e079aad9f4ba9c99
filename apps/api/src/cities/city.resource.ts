import { inCity, type Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import type { ResourceFinder } from '../policy/allow.decorator.js';
import { CitiesService } from './cities.service.js';

/** The policy's resource for operations that name a city by its slug. */
@Injectable()
export class CityResource implements ResourceFinder {
  constructor(private readonly cities: CitiesService) {}

  async find(slug: unknown): Promise<Resource | null> {
    const city = await this.cities.cityRefBySlug(slug);
    return city ? inCity(city.code) : null;
  }
}
