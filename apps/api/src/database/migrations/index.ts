import { Cities1764480000000 } from './1764480000000-cities.js';
import { Accounts1764500000000 } from './1764500000000-accounts.js';
import { CityListIndexes1764900000000 } from './1764900000000-city-list-indexes.js';

/** In order; every one runs at start. */
export const MIGRATIONS = [Cities1764480000000, Accounts1764500000000, CityListIndexes1764900000000];
