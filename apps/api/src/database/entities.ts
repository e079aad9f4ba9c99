import { City } from '../cities/city.entity.js';
import { District } from '../cities/district.entity.js';
import { Fact } from '../cities/fact.entity.js';
import { Province } from '../cities/province.entity.js';
import { Source } from '../cities/source.entity.js';

/** Every entity the data source knows; migrations must match them (test/migrations.int-spec.ts). */
export const ENTITIES = [Source, Province, City, District, Fact];
