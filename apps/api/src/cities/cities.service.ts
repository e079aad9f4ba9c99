import { normalizeForSearch, timeZoneForProvince, utcOffsetMinutes } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fetchPage, Page } from '../common/pagination.js';
import { cleanSlug } from '../common/slug.js';
import { CityFilter, CityKind, CityType, DistrictType, FactQuality, FactType, ProvinceType, SourceType, TimeZone, TimeZoneLabel } from './cities.types.js';

export function timeZoneOf(provinceCode: string): TimeZone {
  const zone = timeZoneForProvince(provinceCode);
  // The offset in force now, from the tz database.
  return { iana: zone.iana, label: zone.label as TimeZoneLabel, utcOffsetMinutes: utcOffsetMinutes(zone.iana) };
}

/** Search text beyond this length cannot name a city better; it is cut, not refused. */
const MAX_SEARCH_LENGTH = 100;
/** Below this many characters a fuzzy match finds noise, so only substrings count. */
const MIN_FUZZY_LENGTH = 3;
/** pg_trgm word similarity from which a name counts as a typo of the search ("medn" ~ "medan" is 0.6). */
const FUZZY_THRESHOLD = 0.5;

// The province rides along (a primary-key lookup) so a page of cities needs no second statement for it.
const CITY_COLUMNS = `c.id, c.code, c.name, c.slug, c.kind, c.province_code, c.latitude, c.longitude, c.coordinates_source_id,
  (SELECT p.name FROM provinces p WHERE p.code = c.province_code) AS province_name,
  (SELECT count(*) FROM districts d WHERE d.city_id = c.id)::int AS district_count`;

/** $1 province, $2 kind, $3 search, $4 its LIKE pattern, $5 fuzzy allowed, $6 fuzzy threshold. */
const MATCHING_CITIES = `WITH filtered AS (
    SELECT * FROM cities WHERE ($1::text IS NULL OR province_code = $1) AND ($2::text IS NULL OR kind = $2)
  ), contained AS (
    SELECT *, CASE WHEN $3::text IS NULL THEN 1 ELSE word_similarity($3, search_text) END AS score
    FROM filtered WHERE $3::text IS NULL OR search_text LIKE $4
  ), matching AS (
    SELECT * FROM contained
    UNION ALL
    SELECT *, word_similarity($3, search_text) FROM filtered
    WHERE $5 AND NOT EXISTS (SELECT 1 FROM contained) AND word_similarity($3, search_text) >= $6
  )`;

/** A city as other domains refer to it (its database id is what their rows store). */
export interface CityRef {
  id: number;
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
  district_count: number;
}

function toCity(row: CityRow): CityType {
  const zone = timeZoneOf(row.province_code);
  return {
    id: row.code,
    code: row.code,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    districtCount: row.district_count,
    provinceCode: row.province_code,
    province: { code: row.province_code, name: row.province_name, timeZone: zone },
    timeZone: zone,
    coordinates:
      row.latitude == null || row.longitude == null || row.coordinates_source_id == null
        ? null
        : { latitude: row.latitude, longitude: row.longitude, sourceId: row.coordinates_source_id },
  };
}

function toSource(row: { source_id: number; source_name: string; source_url: string | null; source_license: string | null; source_is_demo: boolean }): SourceType {
  return { id: String(row.source_id), name: row.source_name, url: row.source_url, license: row.source_license, isDemo: row.source_is_demo };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

@Injectable()
export class CitiesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async provinces(): Promise<ProvinceType[]> {
    const rows: { code: string; name: string }[] = await this.db.query(`SELECT code, name FROM provinces ORDER BY name`);
    return rows.map((r) => ({ ...r, timeZone: timeZoneOf(r.code) }));
  }

  async cityCountsByProvince(codes: readonly string[]): Promise<number[]> {
    const rows: { code: string; n: number }[] = await this.db.query(
      `SELECT province_code AS code, count(*)::int AS n FROM cities WHERE province_code = ANY($1) GROUP BY province_code`,
      [codes],
    );
    const byCode = new Map(rows.map((r) => [r.code, r.n]));
    return codes.map((c) => byCode.get(c) ?? 0);
  }

  /**
   * One page of cities in one statement (the total comes from a window count). Without a search they
   * are ordered by name. A search matches names containing it; only when none does, names within a
   * typo of it count ("medn" finds Kota Medan), most similar first. So "jakarta" lists the five
   * Jakarta cities and not Purwakarta.
   */
  async cities(filter: CityFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Page<CityType>> {
    const search = filter?.search ? normalizeForSearch(filter.search).slice(0, MAX_SEARCH_LENGTH) : '';
    const params = [
      filter?.provinceCode ?? null,
      filter?.kind ?? null,
      search || null,
      `%${escapeLike(search)}%`,
      search.length >= MIN_FUZZY_LENGTH,
      FUZZY_THRESHOLD,
    ];
    return fetchPage<CityRow & { total: number }, CityType>(first, after, {
      rows: (limit, offset) =>
        this.db.query(
          `${MATCHING_CITIES} SELECT ${CITY_COLUMNS}, count(*) OVER ()::int AS total FROM matching c
           ORDER BY c.score DESC, c.name, c.code LIMIT $7 OFFSET $8`,
          [...params, limit, offset],
        ),
      count: async () => (await this.db.query(`${MATCHING_CITIES} SELECT count(*)::int AS total FROM matching`, params))[0].total,
      map: toCity,
    });
  }

  async cityBySlug(slug: string): Promise<CityType | null> {
    const [row] = await this.db.query(`SELECT ${CITY_COLUMNS} FROM cities c WHERE c.slug = $1`, [cleanSlug(slug)]);
    return row ? toCity(row) : null;
  }

  async cityRefBySlug(slug: string): Promise<CityRef | null> {
    const [row]: CityRef[] = await this.db.query(`SELECT id, slug, name FROM cities WHERE slug = $1`, [cleanSlug(slug)]);
    return row ?? null;
  }

  async citiesByDbId(ids: readonly number[]): Promise<(CityType | undefined)[]> {
    const rows: CityRow[] = await this.db.query(`SELECT ${CITY_COLUMNS} FROM cities c WHERE c.id = ANY($1)`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, toCity(r)]));
    return ids.map((id) => byId.get(id));
  }

  async districtsByCityCode(codes: readonly string[]): Promise<DistrictType[][]> {
    const rows: (DistrictType & { city_code: string })[] = await this.db.query(
      `SELECT c.code AS city_code, d.code, d.name FROM districts d JOIN cities c ON c.id = d.city_id
       WHERE c.code = ANY($1) ORDER BY d.name`,
      [codes],
    );
    return group(codes, rows, (r) => r.city_code);
  }

  /** Facts with their sources, in one statement for any number of cities. */
  async factsByCityCode(codes: readonly string[]): Promise<FactType[][]> {
    const rows = await this.db.query(
      `SELECT c.code AS city_code, f.id, f.key, f.value::float8 AS value, f.value_text, f.unit,
              to_char(f.as_of, 'YYYY-MM-DD') AS as_of, f.quality, f.note,
              s.id AS source_id, s.name AS source_name, s.url AS source_url, s.license AS source_license, s.is_demo AS source_is_demo
       FROM facts f JOIN cities c ON c.id = f.city_id JOIN sources s ON s.id = f.source_id
       WHERE c.code = ANY($1) ORDER BY f.key, f.quality, f.id`,
      [codes],
    );
    const facts: { cityCode: string; fact: FactType }[] = rows.map((r: Record<string, unknown> & Parameters<typeof toSource>[0]) => ({
      cityCode: r.city_code as string,
      fact: {
        id: String(r.id),
        key: r.key as string,
        value: r.value as number | null,
        valueText: r.value_text as string | null,
        unit: r.unit as string | null,
        asOf: r.as_of as string | null,
        quality: r.quality as FactQuality,
        note: r.note as string | null,
        source: toSource(r),
      },
    }));
    return group(codes, facts, (f) => f.cityCode).map((list) => list.map((f) => f.fact));
  }

  async sourcesById(ids: readonly number[]): Promise<(SourceType | undefined)[]> {
    const rows = await this.db.query(
      `SELECT id AS source_id, name AS source_name, url AS source_url, license AS source_license, is_demo AS source_is_demo
       FROM sources WHERE id = ANY($1)`,
      [ids],
    );
    const byId = new Map<number, SourceType>(rows.map((r: Parameters<typeof toSource>[0]) => [r.source_id, toSource(r)]));
    return ids.map((id) => byId.get(id));
  }
}

function group<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
