// The scale test (`npm run test:scale`): three API instances on one PostgreSQL and one Redis, behind
// HAProxy (Debian's, installed when missing) with health checks on /health/ready. It checks what
// must hold when requests are spread over instances and prints one line per check, requests/s for
// one, two and three instances, and "scale: N passed, N failed" at the end (exit 1 on a failure).
// Needs the build (`npm run build`), PostgreSQL on 127.0.0.1:5432 (the machine's; pg_dump and
// pg_restore of the same major version) and Redis on 127.0.0.1:6379.
// Env: SCALE_PG (postgres://postgres@127.0.0.1:5432), SCALE_REDIS (redis://127.0.0.1:6379/7),
// SCALE_LOAD_SECONDS (30): the mixed load around the kill, SCALE_RATE_SECONDS (8) per instance count.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { scaleChecks } from './checks.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const PG = process.env.SCALE_PG ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS = process.env.SCALE_REDIS ?? 'redis://127.0.0.1:6379/7';
const PROXY = 3100;
const PORTS = [3101, 3102, 3103];
const RUN = randomBytes(4).toString('hex');
const DB = `citybridge_scale_${RUN}`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-scale-'));
const children = new Set();
let haproxy;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(...a);

function ensureHaproxy() {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
  } catch {
    log('installing haproxy from Debian');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null'], { stdio: 'inherit' });
  }
}

async function admin(sql) {
  const c = new pg.Client({ connectionString: `${PG}/postgres` });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

/** One API instance; its output is kept for the checks (which instance ran the migrations). */
function startInstance(index) {
  const port = PORTS[index];
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `${PG}/${DB}`,
      REDIS_URL: REDIS,
      SESSION_SECRET: `scale-test-session-secret-${RUN}-0123456789`,
      TRUST_PROXY: '1',
      DEMO_MODE: '1',
      PUBLIC_URL: `http://127.0.0.1:${PROXY}`,
      SIGN_UPS_PER_HOUR: '6',
      LOG_LEVEL: 'info',
      DATA_DIR: path.join(dir, `data-${index + 1}`),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const instance = { index, port, name: `api${index + 1}`, child, output: '' };
  child.stdout.on('data', (d) => (instance.output += d));
  child.stderr.on('data', (d) => (instance.output += d));
  children.add(child);
  child.on('exit', () => children.delete(child));
  return instance;
}

async function waitReady(port, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.status === 200) return true;
    } catch {}
    await sleep(250);
  }
  return false;
}

function haproxyConfig() {
  const server = (i) => `  server api${i + 1} 127.0.0.1:${PORTS[i]} check`;
  const backend = (name, count) => [`backend ${name}`, '  balance roundrobin', '  option httpchk GET /health/ready', '  http-check expect status 200', ...PORTS.slice(0, count).map((_, i) => server(i))].join('\n');
  return `global
  maxconn 4000
  stats socket ${dir}/haproxy.sock mode 600 level admin
defaults
  mode http
  timeout connect 2s
  timeout check 3s
  timeout client 60s
  timeout server 60s
  option forwardfor
  option redispatch
  # Only a connection that was never made is tried on another instance: a write is never sent twice.
  retries 2
  retry-on conn-failure
  # A check every second; down after 2 failures (a killed instance refuses the connection at once).
  default-server inter 1s fall 2 rise 2
frontend three
  bind 127.0.0.1:${PROXY}
  http-response set-header X-Served-By %s
  default_backend three
frontend one
  bind 127.0.0.1:${PROXY + 10}
  default_backend one
frontend two
  bind 127.0.0.1:${PROXY + 20}
  default_backend two
${backend('three', 3)}
${backend('one', 1)}
${backend('two', 2)}
`;
}

/** HAProxy's view of a server of the `three` backend: UP, DOWN, ... */
function serverStatus(name) {
  return new Promise((resolve) => {
    const socket = net.connect(path.join(dir, 'haproxy.sock'));
    let out = '';
    socket.on('data', (d) => (out += d));
    socket.on('end', () => {
      const line = out.split('\n').find((l) => l.startsWith(`three,${name},`));
      resolve(line ? line.split(',')[17] : 'unknown');
    });
    socket.on('error', () => resolve('unknown'));
    socket.end('show stat\n');
  });
}

async function cleanup() {
  for (const child of children) child.kill('SIGKILL');
  haproxy?.kill('SIGKILL');
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => undefined);
  await admin(`DROP DATABASE IF EXISTS ${DB}_restored WITH (FORCE)`).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

async function main() {
  ensureHaproxy();
  await admin(`CREATE DATABASE ${DB}`);
  const redis = new (require('ioredis'))(REDIS);
  await redis.flushdb(); // the test's own Redis database: counters of an earlier run would refuse sign-ups
  await redis.quit();
  const instances = PORTS.map((_, i) => startInstance(i));
  const started = Date.now();
  const ready = await Promise.all(PORTS.map((p) => waitReady(p)));
  log(`three instances started at once on an empty database, ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ready.every(Boolean)) {
    for (const i of instances) log(`--- ${i.name}\n${i.output.slice(-3000)}`);
    throw new Error('an instance did not become ready');
  }
  writeFileSync(path.join(dir, 'haproxy.cfg'), haproxyConfig());
  haproxy = spawn('haproxy', ['-db', '-f', path.join(dir, 'haproxy.cfg')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let haproxyErrors = '';
  haproxy.stderr.on('data', (d) => (haproxyErrors += d));
  if (!(await waitReady(PROXY, 20))) throw new Error(`haproxy did not answer: ${haproxyErrors}`);
  const ctx = { PG, DB, PROXY, PORTS, RUN, dir, instances, startInstance, waitReady, serverStatus, sleep, log, require };
  return scaleChecks(ctx);
}

let failed = 1;
let passed = 0;
try {
  ({ passed, failed } = await main());
} catch (error) {
  console.error(error);
} finally {
  await cleanup();
}
console.log(`scale: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
