// Baseline servers for the benchmark: node:http + a pg Pool of 10 (as the API's TypeORM pool), POST
// /graphql only, dispatching on body.operationName.
//   BARE_MODE=bare (default): the API's SQL and a hand-assembled response, JSON.stringify. The
//     practical limit of Node on this machine for these operations.
//   BARE_MODE=graphql: the same SQL behind graphql-js `execute` with plain resolvers and DataLoaders
//     (no Nest, no Apollo, no Express), to split GraphQL execution from the framework overhead.
//   BARE_MODE=metrics: MetricCompare and MetricRanking answered by the compiled MetricsService
//     (METRICS_SERVICE, its own SQL and assembly) on the pool, JSON.stringify: no Nest, Apollo or
//     GraphQL, and nothing kept between requests.
// Env: DATABASE_URL, PORT, BARE_MODE, BENCH_SQL (the statements run.mjs captured from the compiled
// CitiesService, as JSON), SCHEMA_PATH (graphql mode). Prints "listening <port>" when ready.
// With BENCH_SESSION_SQL (the statement of the compiled SessionService.userOf, as JSON) and
// SESSION_SECRET, bare mode also answers the signed-in `me` query (operationName Me) from the cookie.
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createBareHandlers, createBareMe, createPlainGraphQL, createQueries } from './queries.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');

const mode = process.env.BARE_MODE || 'bare';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: `citybridge-bench-${mode}` });
const queries = mode === 'metrics' ? null : createQueries(pool, JSON.parse(process.env.BENCH_SQL));
const bare = mode === 'metrics' ? metricsHandlers() : createBareHandlers(queries);
const plain = mode === 'graphql' ? createPlainGraphQL(queries, process.env.SCHEMA_PATH) : null;
const me = !plain && process.env.BENCH_SESSION_SQL ? createBareMe(pool, JSON.parse(process.env.BENCH_SESSION_SQL), process.env.SESSION_SECRET) : null;

function metricsHandlers() {
  const { MetricsService } = require(process.env.METRICS_SERVICE);
  // The API's messages (compare's notes), loaded as the API loads them: app.module.js calls useMessages.
  require(path.join(path.dirname(process.env.METRICS_SERVICE), '..', 'app.module.js'));
  const reader = { rows: async (st, values) => (await pool.query({ name: st.name, text: st.text, values })).rows };
  // Compare and rankings use only the reader (the other dependencies are for writes).
  const metrics = new MetricsService(reader, null, null, null);
  return {
    MetricCompare: async (v) => ({ compare: await metrics.compare({ ...v, normalisation: v.normalisation.toLowerCase() }, 'en') }),
    MetricRanking: async (v) => ({ ranking: await metrics.ranking({ ...v, scope: v.scope.toLowerCase() }, 'en') }),
  };
}

async function respond(body, req) {
  if (plain) return plain.run(body);
  if (me && body.operationName === 'Me') return { data: { me: await me(req.headers.cookie) } };
  const handler = Object.hasOwn(bare, body.operationName) ? bare[body.operationName] : null;
  if (!handler) return { errors: [{ message: `Unknown operation ${body.operationName}` }] };
  return { data: await handler(body.variables ?? {}) };
}

function send(res, status, payload) {
  const json = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'Not found' }] });
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const result = await respond(JSON.parse(Buffer.concat(chunks).toString('utf8')), req);
    send(res, result.errors ? 400 : 200, result);
  } catch (error) {
    send(res, 500, { errors: [{ message: String(error?.message ?? error) }] });
  }
});
server.keepAliveTimeout = 65_000;

server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
