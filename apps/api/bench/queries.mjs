// The data access of the API's two benchmarked operations, for the baseline servers (and of the
// signed-in `me` query of the accounts part, at the end).
//
// The SQL text is not copied: run.mjs captures it from the compiled CitiesService
// (dist/cities/cities.service.js) by calling it with a recording fake database, checks that the
// parameters built here are the ones the service passes, and hands the statements to the baselines.
// So the baselines always run the API's exact statements; the responses are then assembled by hand
// (bare) or by graphql-js with plain resolvers (no Nest, no Apollo), and run.mjs checks that every
// server answers with the same `data` before it measures anything.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { citySearchAliasCodes, normalizeForSearch } = require('@citybridge/domain');

// As in src/cities/cities.service.ts (the parameters are checked against the service's own).
const MAX_SEARCH_LENGTH = 100;
const MIN_FUZZY_LENGTH = 3;
const FUZZY_THRESHOLD = 0.5;

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

/** The parameters of the first page's statement (`first + 1` rows: the extra one says whether there is a next page). */
export function pageParams(rawSearch, first) {
  const search = rawSearch ? normalizeForSearch(rawSearch).slice(0, MAX_SEARCH_LENGTH) : '';
  return search ? [...searchTerms(search), first + 1, 0] : [first + 1, 0];
}
const searchTerms = (search) => [
  search,
  `%${escapeLike(search)}%`,
  search.length >= MIN_FUZZY_LENGTH,
  FUZZY_THRESHOLD,
  citySearchAliasCodes(search),
  `${search} `,
];
/** The parameters of the count statement that goes with a page (only run when totalCount is asked for). */
function countParams(rawSearch) {
  const search = rawSearch ? normalizeForSearch(rawSearch).slice(0, MAX_SEARCH_LENGTH) : '';
  return search ? searchTerms(search) : [];
}

/**
 * Runs the compiled CitiesService on a fake SqlReader that records each statement ({ name, text }
 * and values). Returns the statements of the benchmarked calls and the parameters the service passed.
 * Runs in the bench process only (it loads Nest modules).
 */
export async function captureServiceSql(compiledServicePath, compiledFactsServicePath) {
  const { CitiesService } = require(compiledServicePath);
  const { CityFactsService } = require(compiledFactsServicePath);
  let calls = [];
  const reader = {
    rows: async (statement, values) => {
      calls.push({ sql: { name: statement.name, text: statement.text }, params: values });
      return statement.text.includes('count(*)::int AS total') ? [{ total: 0 }] : [];
    },
  };
  const service = new CitiesService(reader);
  const factsService = new CityFactsService(reader);
  const record = async (fn) => {
    calls = [];
    await fn();
    return calls;
  };
  const withCount = async (filter, first) => {
    const page = await service.cities(filter, first, null, {});
    await page.totalCount;
  };
  const [directory, count] = await record(() => withCount(null, 50));
  const [solok, searchCount] = await record(() => withCount({ search: 'solok' }, 20));
  const [medn] = await record(() => withCount({ search: 'medn' }, 20));
  // The city profile's facts are observations: the metrics domain's CityFactsService reads them, one statement per page.
  const [facts] = await record(() => factsService.factsByCity([1]));
  const [districtCounts] = await record(() => service.districtCountsByCity([1]));
  return {
    sql: { page: directory.sql, count: count.sql, search: solok.sql, searchCount: searchCount.sql, facts: facts.sql, districtCounts: districtCounts.sql },
    params: { directory: directory.params, solok: solok.params, medn: medn.params, searchCount: searchCount.params },
  };
}

/**
 * The data access functions of CitiesService, on a pg Pool, with the captured (named, so prepared)
 * statements. A page's facts come in a second statement (CityFactsService, as the API's DataLoader).
 */
export function createQueries(pool, sql) {
  const rows = async (statement, values) => (await pool.query({ ...statement, values })).rows;
  const byId = async (statement, ids) => {
    const found = await rows(statement, [ids]);
    const groups = new Map(ids.map((id) => [id, []]));
    for (const r of found) groups.get(r.city_id)?.push(r);
    return ids.map((id) => groups.get(id));
  };
  return {
    /** The first page and its total: `{ rows, total, hasNextPage }`. */
    async page(rawSearch, first) {
      const [found, [{ total }]] = await Promise.all([
        rows(rawSearch ? sql.search : sql.page, pageParams(rawSearch, first)),
        rows(rawSearch ? sql.searchCount : sql.count, countParams(rawSearch)),
      ]);
      return { rows: found.slice(0, first), total, hasNextPage: found.length > first };
    },
    factsByCity: (ids) => byId(sql.facts, ids),
    districtCounts: async (ids) => (await byId(sql.districtCounts, ids)).map((list) => list[0]?.n ?? 0),
  };
}

/** The hand-written handlers: the same statements, in the same order and overlap as the API's DataLoaders. */
export function createBareHandlers(queries) {
  return {
    async DirectoryPage() {
      const page = await queries.page(null, 50);
      const ids = page.rows.map((r) => r.id);
      const [districtCounts, facts] = await Promise.all([queries.districtCounts(ids), queries.factsByCity(ids)]);
      return assembleDirectoryPage(page, facts, districtCounts);
    },
    async SearchCities(variables) {
      return assembleSearch(await queries.page(variables.q, 20));
    },
  };
}

// As src/metrics/city-facts.service.ts maps an observation row to a Fact.
const FACT_QUALITY = { official: 'OFFICIAL', self_reported: 'REPORTED', estimated: 'ESTIMATED', demo: 'DEMO' };
const factUnit = (f) => (f.unit === 'text' ? null : f.unit);
const sourceName = (f) => (f.title.startsWith(f.organisation) ? f.title : `${f.organisation}, ${f.title}`);

// The page statement carries the province's name with each city.
const provinceOf = (r) => ({ code: r.province_code, name: r.province_name });

export function assembleDirectoryPage({ rows, total, hasNextPage }, facts, districtCounts) {
  return {
    cities: {
      totalCount: total,
      pageInfo: { hasNextPage, endCursor: rows.length ? encodeCursor(rows.length - 1) : null },
      nodes: rows.map((r, i) => ({
        code: r.code,
        name: r.name,
        slug: r.slug,
        kind: r.kind,
        districtCount: districtCounts[i],
        province: provinceOf(r),
        facts: facts[i].map((f) => ({ key: f.key, value: f.value, valueText: f.stated_as, unit: factUnit(f), quality: FACT_QUALITY[f.quality], source: { name: sourceName(f) } })),
      })),
    },
  };
}

export function assembleSearch({ rows, total }) {
  return {
    cities: {
      totalCount: total,
      nodes: rows.map((r) => ({ code: r.code, name: r.name, slug: r.slug, kind: r.kind, province: provinceOf(r) })),
    },
  };
}

/**
 * graphql-js over the committed schema with plain resolvers and per-request DataLoaders, as the API
 * has them, but no Nest (resolver pipeline, param decorators) and no Apollo (plugins, field
 * instrumentation). Parsed and validated documents are cached by query text, as Apollo's document
 * store does.
 */
export function createPlainGraphQL(queries, schemaPath) {
  const { buildSchema, parse, validate, execute } = require('graphql');
  const DataLoader = require('dataloader');
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  const fields = (type) => schema.getType(type).getFields();

  fields('Query').cities.resolve = async (_root, args) => {
    const limit = Math.min(args.first ?? 20, 100);
    const { rows, total, hasNextPage } = await queries.page(args.filter?.search, limit);
    return {
      totalCount: total,
      nodes: rows,
      pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: rows.length ? encodeCursor(0) : null, endCursor: rows.length ? encodeCursor(rows.length - 1) : null },
    };
  };
  fields('City').districtCount.resolve = (row, _args, ctx) => ctx.districtCounts.load(row.id);
  fields('City').province.resolve = provinceOf;
  fields('City').facts.resolve = (row, _args, ctx) => ctx.facts.load(row.id);
  fields('Fact').valueText.resolve = (f) => f.stated_as;
  fields('Fact').unit.resolve = factUnit;
  fields('Fact').quality.resolve = (f) => FACT_QUALITY[f.quality];
  fields('Fact').source.resolve = (f) => ({ name: sourceName(f) });

  const newContext = () => ({
    facts: new DataLoader((ids) => queries.factsByCity(ids), { maxBatchSize: 1000 }),
    districtCounts: new DataLoader((ids) => queries.districtCounts(ids), { maxBatchSize: 1000 }),
  });
  const documents = new Map();
  return {
    schema,
    newContext,
    /** Runs one request body; returns the result object (`{ data }` or `{ errors }`). */
    async run(body) {
      let document = documents.get(body.query);
      if (!document) {
        document = parse(body.query);
        const errors = validate(schema, document);
        if (errors.length) return { errors: errors.map((e) => ({ message: e.message })) };
        documents.set(body.query, document);
      }
      return execute({ schema, document, operationName: body.operationName, variableValues: body.variables, contextValue: newContext() });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The signed-in `me` query (accounts part of the bench). As for the cities, the SQL is not copied:
// run.mjs captures the statement of the compiled SessionService.userOf and checks that its parameter
// is the token hash computed here.

export const ME = { query: 'query Me { me { id email displayName } }', operationName: 'Me' };
export const SESSION_COOKIE = 'cb_session'; // as src/auth/session-cookie.ts (the capture below fails if it is not)

/** As src/common/tokens.ts hashToken: sessions are stored as an HMAC-SHA256 of the cookie's token. */
export const sessionTokenHash = (secret, token) => createHmac('sha256', secret).update(token).digest('hex');

/** As src/auth/session-cookie.ts readSessionCookie. */
export function readSessionCookie(cookieHeader) {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/**
 * Calls the compiled SessionService.userOf on a recording fake connection: once without a cookie
 * (it must run no statement) and once with one. Returns the statement and what to compare.
 */
export async function captureSessionSql(compiledSessionPath, secret) {
  const { SessionService } = require(compiledSessionPath);
  let calls = [];
  const query = async (sql, params) => {
    calls.push({ sql, params });
    return []; // no session: userOf answers null
  };
  const connection = { manager: { query } };
  const service = new SessionService(connection, { sessionSecret: secret, nodeEnv: 'production', publicUrl: 'http://127.0.0.1' });
  await service.userOf({ headers: {} });
  const withoutCookie = calls.length;
  calls = [];
  const token = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFG';
  await service.userOf({ headers: { cookie: `other=1; ${SESSION_COOKIE}=${token}; last=2` } });
  return { sql: calls[0]?.sql, params: calls[0]?.params, statements: calls.length, withoutCookie, expectedParams: [sessionTokenHash(secret, token)] };
}

/** The bare `me`: the cookie, the same single statement, the same refusal of demo accounts in production. */
export function createBareMe(pool, sql, secret) {
  return async (cookieHeader) => {
    const token = readSessionCookie(cookieHeader);
    if (!token || token.length > 100) return null;
    const { rows } = await pool.query(sql, [sessionTokenHash(secret, token)]);
    const row = rows[0];
    if (!row || row.isDemo) return null;
    return { id: row.id, email: row.email, displayName: row.displayName };
  };
}
