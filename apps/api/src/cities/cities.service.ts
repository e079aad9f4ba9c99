import { citySearchAliasCodes, normalizeForSearch, timeZoneForProvince, utcOffsetMinutes } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { Page, readPage } from '../common/pagination.js';
import { cleanSlug } from '../common/slug.js';
import { namedStatement, SqlReader, statement } from '../common/sql-reader.js';
import { CityFilter, CityKind, CityOrder, CityType, DistrictType, ProvinceType, SourceType, TimeZone, TimeZoneLabel } from './cities.types.js';

// One object per province (38): every row of a list shares its province's, read-only to GraphQL.
const TIME_ZONES = new Map<string, TimeZone>();

export function timeZoneOf(provinceCode: string): TimeZone {
  let found = TIME_ZONES.get(provinceCode);
  if (!found) {
    const zone = timeZoneForProvince(provinceCode);
    found = {
      iana: zone.iana,
      label: zone.label as TimeZoneLabel,
      // The offset in force now, from the tz database; a getter, so a list that does not ask for it never pays Intl.
      get utcOffsetMinutes() {
        return utcOffsetMinutes(zone.iana);
      },
    };
    TIME_ZONES.set(provinceCode, found);
  }
  return found;
}

/** Search text beyond this length cannot name a city better; it is cut, not refused. */
const MAX_SEARCH_LENGTH = 100;
/** Below this many characters a fuzzy match finds noise, so only substrings count. */
const MIN_FUZZY_LENGTH = 3;
/** pg_trgm word similarity from which a name counts as a typo of the search ("medn" ~ "medan" is 0.6). */
const FUZZY_THRESHOLD = 0.5;
/** pg_trgm similarity from which a name is offered as a nearest name when a search finds nothing. */
const NEAREST_THRESHOLD = 0.2;
export const MAX_NEAREST = 10;

// The province rides along (a primary-key join) so a page of cities needs no second statement for it.
const CITY_COLUMNS = `c.id, c.code, c.name, c.slug, c.kind, c.province_code, p.name AS province_name,
  c.latitude, c.longitude, c.coordinates_source_id`;
const CITIES = 'cities c JOIN provinces p ON p.code = c.province_code';

/** The province and kind filters of a list: the values, and a key naming which of them are set. */
function filterOf(filter: CityFilter | null | undefined): { key: string; values: unknown[] } {
  const values = [filter?.provinceCode, filter?.kind].filter((v) => v != null);
  return { key: `${filter?.provinceCode != null ? 'p' : ''}${filter?.kind != null ? 'k' : ''}`, values };
}

/** ` AND …` for the filters a key names, their placeholders numbered from `$first`. */
function whereOf(key: string, first: number): string {
  const conditions = [key.includes('p') && 'c.province_code', key.includes('k') && 'c.kind'].filter((c) => c !== false);
  return conditions.map((column, i) => ` AND ${column} = $${first + i}`).join('');
}


/**
 * Each order, and the index that serves it: (sort_name, kind, code), (kind, sort_name, code),
 * (province_code, sort_name, kind, code), (kind, province_code, sort_name, code). A filtered column
 * is constant, so PostgreSQL drops it from the order and reads the index of that filter in order;
 * DESC reads the same indexes backwards.
 */
const ORDERS: Record<CityOrder, string> = {
  [CityOrder.NAME]: 'c.sort_name, c.kind, c.code',
  [CityOrder.NAME_DESC]: 'c.sort_name DESC, c.kind DESC, c.code DESC',
  [CityOrder.PROVINCE]: 'c.province_code, c.sort_name, c.kind, c.code',
  [CityOrder.PROVINCE_DESC]: 'c.province_code DESC, c.sort_name DESC, c.kind DESC, c.code DESC',
};
const orderKey = (order: CityOrder) => order.toLowerCase();

/** A list: `$1` limit, `$2` offset, then the filters; `limit + 1` rows read in index order. */
const listed = (order: CityOrder, key: string) =>
  namedStatement(
    `cities_by_${orderKey(order)}_${key}`,
    () => `SELECT ${CITY_COLUMNS} FROM ${CITIES} WHERE true${whereOf(key, 3)} ORDER BY ${ORDERS[order]} LIMIT $1 OFFSET $2`,
  );
const countAll = (key: string) => namedStatement(`cities_count_${key}`, () => `SELECT count(*)::int AS total FROM cities c WHERE true${whereOf(key, 1)}`);

/** How a search found a city, best first: a common name, the name, a typo of the name, a kecamatan. */
const MATCH = { alias: 0, name: 1, typo: 2, district: 3 } as const;

/**
 * Cities a search finds, once each with their best match (rank, score, the kecamatan that matched):
 * `$5` codes of an alias; names containing `$1` (LIKE `$2`, trigram index); only when no name contains
 * it and `$3` allows it, names within a typo (word similarity of at least `$4`); and cities with a
 * kecamatan whose name is it or starts with it and a space (`$6`, the search and a space; "!" follows
 * the space in byte order, so `< $1 || '!'` ends the range: "solok" is no kecamatan match for
 * Solokanjeruk, and "barat" none for Medan Barat: a word inside a kecamatan name is mostly a compass
 * point or "Kota" and would list half the country; a prefix index finds them).
 */
const matching = (where: string) => `SELECT DISTINCT ON (id) id, rank, score, district FROM (
    SELECT c.id, ${MATCH.alias} AS rank, 1::real AS score, NULL::text AS district FROM cities c WHERE c.code = ANY($5::text[])${where}
  UNION ALL
    SELECT c.id, ${MATCH.name}, word_similarity($1, c.search_text), NULL FROM cities c WHERE c.search_text LIKE $2${where}
  UNION ALL
    SELECT c.id, ${MATCH.typo}, word_similarity($1, c.search_text), NULL FROM cities c
    WHERE $3 AND word_similarity($1, c.search_text) >= $4${where}
      AND NOT EXISTS (SELECT 1 FROM cities c WHERE c.search_text LIKE $2${where})
  UNION ALL
    SELECT c.id, ${MATCH.district}, word_similarity($1, d.search_text), d.name FROM districts d JOIN cities c ON c.id = d.city_id
    WHERE (d.search_text COLLATE "C" = $1 OR (d.search_text COLLATE "C" >= $6 AND d.search_text COLLATE "C" < $1 || '!'))${where}
  ) found ORDER BY id, rank, score DESC`;
/** Search: `$1`-`$6` as in `matching`, `$7` limit, `$8` offset, then the filters. Best match first unless an order is asked for. */
const bySearch = (order: CityOrder | null, key: string) =>
  namedStatement(
    `cities_search_${order ? orderKey(order) : 'relevance'}_${key}`,
    () => `SELECT ${CITY_COLUMNS}, m.rank AS match_rank, m.district AS match_district FROM (${matching(whereOf(key, 9))}) m
      JOIN cities c ON c.id = m.id JOIN provinces p ON p.code = c.province_code
      ORDER BY ${order ? ORDERS[order] : `m.rank, m.score DESC, ${ORDERS[CityOrder.NAME]}`} LIMIT $7 OFFSET $8`,
  );
const countSearch = (key: string) => namedStatement(`cities_search_count_${key}`, () => `SELECT count(*)::int AS total FROM (${matching(whereOf(key, 7))}) m`);

/** The names nearest to a search that found nothing (pg_trgm similarity to the name without its prefix): `$1` search, `$2` threshold, `$3` limit. */
const NEAREST = statement(
  'cities_nearest_names',
  `SELECT ${CITY_COLUMNS} FROM ${CITIES} WHERE similarity($1, c.sort_name) >= $2
   ORDER BY similarity($1, c.sort_name) DESC, ${ORDERS[CityOrder.NAME]} LIMIT $3`,
);

const CITY_BY_SLUG = statement('city_by_slug', `SELECT ${CITY_COLUMNS} FROM ${CITIES} WHERE c.slug = $1`);
const CITY_REF_BY_SLUG = statement('city_ref_by_slug', 'SELECT id, code, slug, name FROM cities WHERE slug = $1');
const CITY_SLUGS = statement('city_slugs', 'SELECT slug FROM cities ORDER BY slug');
const CITIES_BY_ID = statement('cities_by_id', `SELECT ${CITY_COLUMNS} FROM ${CITIES} WHERE c.id = ANY($1::int[])`);
const PROVINCES = statement('provinces', 'SELECT code, name FROM provinces ORDER BY name');
const CITY_COUNTS_BY_PROVINCE = statement(
  'city_counts_by_province',
  'SELECT province_code AS code, count(*)::int AS n FROM cities WHERE province_code = ANY($1::text[]) GROUP BY province_code',
);
const DISTRICT_COUNTS = statement(
  'district_counts_by_city',
  'SELECT city_id, count(*)::int AS n FROM districts WHERE city_id = ANY($1::int[]) GROUP BY city_id',
);
const DISTRICTS = statement('districts_by_city', 'SELECT city_id, code, name FROM districts WHERE city_id = ANY($1::int[]) ORDER BY name');
const SOURCES = statement(
  'sources_by_id',
  `SELECT id AS source_id, name AS source_name, url AS source_url, license AS source_license, is_demo AS source_is_demo
   FROM sources WHERE id = ANY($1::int[])`,
);

/** A city as other domains refer to it (its database id is what their rows store). */
export interface CityRef {
  id: number;
  /** The official code, e.g. "13.72": the policy's city id. */
  code: string;
  slug: string;
  name: string;
}

interface CityRow {
  id: number;
  code: string;
  name: string;
  slug: string;
  kind: CityKind;
  province_code: string;
  province_name: string;
  latitude: number | null;
  longitude: number | null;
  coordinates_source_id: number | null;
  /** Search results only: how the city was found (MATCH) and the kecamatan that matched. */
  match_rank?: number;
  match_district?: string | null;
}

function toCity(row: CityRow, alias?: string): CityType {
  const zone = timeZoneOf(row.province_code);
  return {
    dbId: row.id,
    id: row.code,
    code: row.code,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    provinceCode: row.province_code,
    province: { code: row.province_code, name: row.province_name, timeZone: zone },
    timeZone: zone,
    coordinates:
      row.latitude == null || row.longitude == null || row.coordinates_source_id == null
        ? null
        : { latitude: row.latitude, longitude: row.longitude, sourceId: row.coordinates_source_id },
    matchedDistrict: row.match_rank === MATCH.district ? (row.match_district ?? null) : null,
    matchedAlias: row.match_rank === MATCH.alias ? (alias ?? null) : null,
  };
}

interface SourceRow {
  source_id: number;
  source_name: string;
  source_url: string | null;
  source_license: string | null;
  source_package: string | null;
  source_is_demo: boolean;
}

function toSource(row: SourceRow): SourceType {
  return { id: String(row.source_id), name: row.source_name, url: row.source_url, license: row.source_license, package: row.source_package, isDemo: row.source_is_demo };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

@Injectable()
export class CitiesService {
  constructor(private readonly sql: SqlReader) {}

  async provinces(): Promise<ProvinceType[]> {
    const rows = await this.sql.rows<{ code: string; name: string }>(PROVINCES, []);
    return rows.map((r) => ({ ...r, timeZone: timeZoneOf(r.code) }));
  }

  async cityCountsByProvince(codes: readonly string[]): Promise<number[]> {
    const rows = await this.sql.rows<{ code: string; n: number }>(CITY_COUNTS_BY_PROVINCE, [codes]);
    const byCode = new Map(rows.map((r) => [r.code, r.n]));
    return codes.map((c) => byCode.get(c) ?? 0);
  }

  /**
   * One page of cities in one statement; the total only when asked, in a second one. Without a
   * search they are in `order` (by name without "Kota"/"Kabupaten" by default). A search finds a
   * common name (CITY_SEARCH_ALIASES), names containing it, kecamatan starting with it and, only when no
   * name contains it, names within a typo of it ("medn" finds Kota Medan); best match first, unless
   * an order is asked for. So "jakarta" lists the five Jakarta cities and not Purwakarta.
   */
  cities(
    filter: CityFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    { order = null }: { order?: CityOrder | null } = {},
  ): Promise<Page<CityType>> {
    const { key, values } = filterOf(filter);
    const search = filter?.search ? normalizeForSearch(filter.search).slice(0, MAX_SEARCH_LENGTH) : '';
    if (!search) {
      return readPage(first, after, {
        rows: (limit, offset) => this.sql.rows<CityRow>(listed(order ?? CityOrder.NAME, key), [limit, offset, ...values]),
        count: async () => (await this.sql.rows<{ total: number }>(countAll(key), values))[0].total,
        map: (row) => toCity(row),
      });
    }
    const aliasCodes = citySearchAliasCodes(search);
    const like = escapeLike(search);
    const terms = [search, `%${like}%`, search.length >= MIN_FUZZY_LENGTH, FUZZY_THRESHOLD, aliasCodes, `${search} `];
    return readPage(first, after, {
      rows: (limit, offset) => this.sql.rows<CityRow>(bySearch(order, key), [...terms, limit, offset, ...values]),
      count: async () => (await this.sql.rows<{ total: number }>(countSearch(key), [...terms, ...values]))[0].total,
      map: (row) => toCity(row, search),
    });
  }

  /** The names nearest to a search (for a search that found nothing), most similar first, at most MAX_NEAREST. */
  async nearestNames(search: string, first: number): Promise<CityType[]> {
    const text = normalizeForSearch(search).slice(0, MAX_SEARCH_LENGTH);
    if (!text) return [];
    const limit = Math.max(0, Math.min(first, MAX_NEAREST));
    return (await this.sql.rows<CityRow>(NEAREST, [text, NEAREST_THRESHOLD, limit])).map((row) => toCity(row));
  }

  async cityBySlug(slug: string): Promise<CityType | null> {
    const [row] = await this.sql.rows<CityRow>(CITY_BY_SLUG, [cleanSlug(slug)]);
    return row ? toCity(row) : null;
  }

  async cityRefBySlug(slug: unknown): Promise<CityRef | null> {
    const [row] = await this.sql.rows<CityRef>(CITY_REF_BY_SLUG, [cleanSlug(slug)]);
    return row ?? null;
  }

  /** Every city page's slug (the sitemap). */
  async citySlugs(): Promise<string[]> {
    return (await this.sql.rows<{ slug: string }>(CITY_SLUGS, [])).map((r) => r.slug);
  }

  async citiesByDbId(ids: readonly number[]): Promise<(CityType | undefined)[]> {
    const rows = await this.sql.rows<CityRow>(CITIES_BY_ID, [ids]);
    const byId = new Map(rows.map((r) => [r.id, toCity(r)]));
    return ids.map((id) => byId.get(id));
  }

  async districtCountsByCity(cityIds: readonly number[]): Promise<number[]> {
    const rows = await this.sql.rows<{ city_id: number; n: number }>(DISTRICT_COUNTS, [cityIds]);
    const byId = new Map(rows.map((r) => [r.city_id, r.n]));
    return cityIds.map((id) => byId.get(id) ?? 0);
  }

  async districtsByCity(cityIds: readonly number[]): Promise<DistrictType[][]> {
    const rows = await this.sql.rows<DistrictType & { city_id: number }>(DISTRICTS, [cityIds]);
    return group(cityIds, rows, (r) => r.city_id).map((list) => list.map((r) => ({ code: r.code, name: r.name })));
  }

  async sourcesById(ids: readonly number[]): Promise<(SourceType | undefined)[]> {
    const rows = await this.sql.rows<SourceRow>(SOURCES, [ids]);
    const byId = new Map(rows.map((r) => [r.source_id, toSource(r)]));
    return ids.map((id) => byId.get(id));
  }
}

function group<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
