import { Cities1764480000000 } from './1764480000000-cities.js';
import { Accounts1764500000000 } from './1764500000000-accounts.js';

/** In order; every one runs at start. */
export const MIGRATIONS = [Cities1764480000000, Accounts1764500000000];
