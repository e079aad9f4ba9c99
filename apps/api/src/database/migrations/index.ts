import { Cities1764480000000 } from './1764480000000-cities.js';

/** In order; every one runs at start. */
export const MIGRATIONS = [Cities1764480000000];
