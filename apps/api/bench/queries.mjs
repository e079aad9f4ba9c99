// The SQL of the API's two benchmarked operations, copied from src/cities/cities.service.ts, and the
// response assembled by hand (bare server) or through graphql-js with plain resolvers (no Nest, no
// Apollo). run.mjs checks that these statements still appear in dist/cities/cities.service.js and that
// every variant answers with the same `data` as the API before it measures anything.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { normalizeForSearch } = require('@citybridge/domain');

const MAX_SEARCH_LENGTH = 100;
const MIN_FUZZY_LENGTH = 3;
const FUZZY_THRESHOLD = 0.5;

export const CITY_COLUMNS = `c.id, c.code, c.name, c.slug, c.kind, c.province_code, c.latitude, c.longitude, c.coordinates_source_id,
  (SELECT count(*) FROM districts d WHERE d.city_id = c.id)::int AS district_count`;

export const MATCHING_CITIES = `WITH filtered AS (
    SELECT * FROM cities WHERE ($1::text IS NULL OR province_code = $1) AND ($2::text IS NULL OR kind = $2)
  ), contained AS (
    SELECT *, 1::real AS score FROM filtered WHERE $3::text IS NULL OR search_text LIKE $4
  ), matching AS (
    SELECT * FROM contained
    UNION ALL
    SELECT *, word_similarity($3, search_text) FROM filtered
    WHERE $5 AND NOT EXISTS (SELECT 1 FROM contained) AND word_similarity($3, search_text) >= $6
  )`;

const PAGE_TAIL = `count(*) OVER ()::int AS total FROM matching c
       ORDER BY c.score DESC, c.name, c.code LIMIT $7 OFFSET $8`;
const COUNT_TAIL = `SELECT count(*)::int AS total FROM matching`;
export const PAGE_SQL = `${MATCHING_CITIES} SELECT ${CITY_COLUMNS}, ${PAGE_TAIL}`;
const COUNT_SQL = `${MATCHING_CITIES} ${COUNT_TAIL}`;
export const PROVINCES_SQL = `SELECT code, name FROM provinces WHERE code = ANY($1)`;
export const FACTS_SQL = `SELECT c.code AS city_code, f.id, f.key, f.value::float8 AS value, f.value_text, f.unit,
              to_char(f.as_of, 'YYYY-MM-DD') AS as_of, f.quality, f.note,
              s.id AS source_id, s.name AS source_name, s.url AS source_url, s.license AS source_license, s.is_demo AS source_is_demo
       FROM facts f JOIN cities c ON c.id = f.city_id JOIN sources s ON s.id = f.source_id
       WHERE c.code = ANY($1) ORDER BY f.key, f.quality, f.id`;

/** The pieces that must appear verbatim (up to whitespace) in the compiled service. */
export const SQL_FRAGMENTS = { CITY_COLUMNS, MATCHING_CITIES, PAGE_TAIL, COUNT_TAIL, PROVINCES_SQL, FACTS_SQL };

/** Names of the fragments no longer found in the compiled cities service (empty: no drift). */
export function sqlDrift(compiledServicePath) {
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  const compiled = squash(readFileSync(compiledServicePath, 'utf8'));
  return Object.entries(SQL_FRAGMENTS)
    .filter(([, sql]) => !compiled.includes(squash(sql)))
    .map(([name]) => name);
}

const escapeLike = (text) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const encodeCursor = (offset) => Buffer.from(`offset:${offset}`).toString('base64url');

export const DIRECTORY_PAGE = {
  operationName: 'DirectoryPage',
  query:
    'query DirectoryPage { cities(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { code name slug kind districtCount province { code name } facts { key value valueText unit quality source { name } } } } }',
  variables: {},
};
export const searchCities = (q) => ({
  operationName: 'SearchCities',
  query:
    'query SearchCities($q: String!) { cities(first: 20, filter: { search: $q }) { totalCount nodes { code name slug kind province { code name } } } }',
  variables: { q },
});

/** The three data access functions of CitiesService, on a pg Pool (or anything with query()). */
export function createQueries(pool) {
  return {
    /** One page (first page only: no cursor) with its window count; `{ rows, total }`. */
    async page(rawSearch, first) {
      const search = rawSearch ? normalizeForSearch(rawSearch).slice(0, MAX_SEARCH_LENGTH) : '';
      const params = [null, null, search || null, `%${escapeLike(search)}%`, search.length >= MIN_FUZZY_LENGTH, FUZZY_THRESHOLD];
      const { rows } = await pool.query(PAGE_SQL, [...params, first, 0]);
      const total = rows[0]?.total ?? (first > 0 ? 0 : (await pool.query(COUNT_SQL, params)).rows[0].total);
      return { rows, total };
    },
    async provincesByCode(codes) {
      const { rows } = await pool.query(PROVINCES_SQL, [codes]);
      const byCode = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => byCode.get(c));
    },
    async factsByCityCode(codes) {
      const { rows } = await pool.query(FACTS_SQL, [codes]);
      const groups = new Map(codes.map((c) => [c, []]));
      for (const r of rows) groups.get(r.city_code)?.push(r);
      return codes.map((c) => groups.get(c));
    },
  };
}

const unique = (list) => [...new Set(list)];

/** The hand-written handlers: the same statements, in the same order and overlap as the API's DataLoaders. */
export function createBareHandlers(queries) {
  return {
    async DirectoryPage() {
      const { rows, total } = await queries.page(null, 50);
      const cityCodes = rows.map((r) => r.code);
      // The API's province and facts loaders are dispatched in the same tick: both statements overlap.
      const [provinces, facts] = await Promise.all([queries.provincesByCode(unique(rows.map((r) => r.province_code))), queries.factsByCityCode(cityCodes)]);
      return assembleDirectoryPage(rows, total, provinces, facts);
    },
    async SearchCities(variables) {
      const { rows, total } = await queries.page(variables.q, 20);
      const provinces = await queries.provincesByCode(unique(rows.map((r) => r.province_code)));
      return assembleSearch(rows, total, provinces);
    },
  };
}

function provinceMap(provinces) {
  return new Map(provinces.map((p) => [p.code, { code: p.code, name: p.name }]));
}

export function assembleDirectoryPage(rows, total, provinces, facts) {
  const byCode = provinceMap(provinces);
  return {
    cities: {
      totalCount: total,
      pageInfo: { hasNextPage: rows.length < total, endCursor: rows.length ? encodeCursor(rows.length - 1) : null },
      nodes: rows.map((r, i) => ({
        code: r.code,
        name: r.name,
        slug: r.slug,
        kind: r.kind,
        districtCount: r.district_count,
        province: byCode.get(r.province_code),
        facts: facts[i].map((f) => ({ key: f.key, value: f.value, valueText: f.value_text, unit: f.unit, quality: f.quality, source: { name: f.source_name } })),
      })),
    },
  };
}

export function assembleSearch(rows, total, provinces) {
  const byCode = provinceMap(provinces);
  return {
    cities: {
      totalCount: total,
      nodes: rows.map((r) => ({ code: r.code, name: r.name, slug: r.slug, kind: r.kind, province: byCode.get(r.province_code) })),
    },
  };
}

/**
 * graphql-js over the committed schema with plain resolvers and per-request DataLoaders, as the API
 * has them, but no Nest (guards, pipes, param decorators) and no Apollo (plugins, document store).
 * Parsed and validated documents are cached by query text, as Apollo's document store does.
 */
export function createPlainGraphQL(queries, schemaPath) {
  const { buildSchema, parse, validate, execute } = require('graphql');
  const DataLoader = require('dataloader');
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  const fields = (type) => schema.getType(type).getFields();

  fields('Query').cities.resolve = async (_root, args) => {
    const limit = Math.min(args.first ?? 20, 100);
    const { rows, total } = await queries.page(args.filter?.search, limit);
    return {
      totalCount: total,
      nodes: rows,
      pageInfo: { hasNextPage: rows.length < total, hasPreviousPage: false, startCursor: rows.length ? encodeCursor(0) : null, endCursor: rows.length ? encodeCursor(rows.length - 1) : null },
    };
  };
  fields('City').districtCount.resolve = (row) => row.district_count;
  fields('City').province.resolve = (row, _args, ctx) => ctx.provinces.load(row.province_code);
  fields('City').facts.resolve = (row, _args, ctx) => ctx.facts.load(row.code);
  fields('Fact').valueText.resolve = (f) => f.value_text;
  fields('Fact').source.resolve = (f) => ({ name: f.source_name });

  const documents = new Map();
  return {
    schema,
    /** Runs one request body; returns the result object (`{ data }` or `{ errors }`). */
    async run(body) {
      let document = documents.get(body.query);
      if (!document) {
        document = parse(body.query);
        const errors = validate(schema, document);
        if (errors.length) return { errors: errors.map((e) => ({ message: e.message })) };
        documents.set(body.query, document);
      }
      const contextValue = {
        provinces: new DataLoader((codes) => queries.provincesByCode(codes), { maxBatchSize: 1000 }),
        facts: new DataLoader((codes) => queries.factsByCityCode(codes), { maxBatchSize: 1000 }),
      };
      return execute({ schema, document, operationName: body.operationName, variableValues: body.variables, contextValue });
    },
  };
}
