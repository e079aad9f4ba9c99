import type { CityKind } from '../gql/graphql';

export const CITY_KINDS: readonly CityKind[] = ['KOTA', 'KABUPATEN'];

export function isCityKind(value: unknown): value is CityKind {
  return typeof value === 'string' && (CITY_KINDS as readonly string[]).includes(value);
}
