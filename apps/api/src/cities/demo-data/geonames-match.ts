import { normalizeForSearch } from '@citybridge/domain';

/** GeoNames admin1 codes for Indonesia (FIPS based) to Kemendagri province codes. */
const GEONAMES_ADMIN1_TO_PROVINCES: Record<string, string[]> = {
  '01': ['11'], '02': ['51'], '03': ['17'], '04': ['31'], '05': ['15'], '07': ['33'], '08': ['35'],
  '10': ['34'], '11': ['61'], '12': ['63'], '13': ['62'], '14': ['64'], '15': ['18'], '17': ['52'],
  '18': ['53'], '21': ['72'], '22': ['74'], '24': ['13'], '26': ['12'], '28': ['81'], '29': ['82'],
  '30': ['32'], '31': ['71'], '32': ['16'], '33': ['36'], '34': ['75'], '35': ['19'], '37': ['14'],
  '38': ['73'], '40': ['21'], '41': ['76'], '42': ['65'],
  // GeoNames still files the provinces split off Papua in 2022 under the old two.
  '36': ['91', '93', '94', '95'], '39': ['92', '96'],
};

export interface GeoNamesPlace {
  cityId: number;
  name: string;
  altName?: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Regency {
  code: string;
  provinceCode: string;
  kind: 'KOTA' | 'KABUPATEN';
  baseName: string;
}

export interface GeoNamesMatch {
  geonameId: number;
  latitude: number;
  longitude: number;
  /** Only for a kota: the place is the city itself. A kabupaten's namesake town is not the regency. */
  population: number | null;
}

const key = (provinceCode: string, name: string) => `${provinceCode}|${normalizeForSearch(name)}`;

/**
 * Matches regencies to GeoNames populated places. The rule, chosen to leave a value empty rather
 * than guess:
 * 1. a place matches a regency when it is in Indonesia, in the regency's province, and its name
 *    (or alternative name) equals the regency's name without "Kota"/"Kabupaten", ignoring case and accents;
 * 2. a regency with more than one matching place gets nothing;
 * 3. a kabupaten that shares its name with a kota of its province gets nothing (the place is the kota);
 * 4. population is taken only for a kota, and only when GeoNames gives one (> 0).
 */
export function matchRegenciesToGeoNames(regencies: Regency[], places: GeoNamesPlace[]): Map<string, GeoNamesMatch> {
  const candidates = new Map<string, GeoNamesPlace[]>();
  for (const place of places) {
    if (place.country !== 'ID') continue;
    for (const provinceCode of GEONAMES_ADMIN1_TO_PROVINCES[place.adminCode] ?? []) {
      const names = new Set([place.name, place.altName].filter((n): n is string => !!n).map(normalizeForSearch));
      for (const name of names) {
        const k = key(provinceCode, name);
        candidates.set(k, [...(candidates.get(k) ?? []), place]);
      }
    }
  }
  const kotaNames = new Set(regencies.filter((r) => r.kind === 'KOTA').map((r) => key(r.provinceCode, r.baseName)));

  const matches = new Map<string, GeoNamesMatch>();
  for (const regency of regencies) {
    const k = key(regency.provinceCode, regency.baseName);
    if (regency.kind === 'KABUPATEN' && kotaNames.has(k)) continue;
    const found = candidates.get(k) ?? [];
    if (found.length !== 1) continue;
    const [place] = found;
    const [longitude, latitude] = place.loc.coordinates;
    matches.set(regency.code, {
      geonameId: place.cityId,
      latitude,
      longitude,
      population: regency.kind === 'KOTA' && place.population > 0 ? place.population : null,
    });
  }
  return matches;
}
