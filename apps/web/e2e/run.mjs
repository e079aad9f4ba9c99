// End-to-end runner: starts the built API (which also serves apps/web/dist), waits until
// GraphQL answers, runs the city journey and then the accounts journey in headless Chromium (one
// browser, a fresh context for each), stops the server, cleans up. One line at the end counts every
// step of both: `N passed, M failed`.
//   npm run build (from the repository root), then: npm run e2e -w @citybridge/web
// The API runs with NODE_ENV=development: the accounts journey needs the development mailbox and
// the demo platform admin, which production refuses. It still serves the production web build.
// Set E2E_BASE_URL to run the journeys against a server that is already running instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAccountsJourney } from './accounts-journey.mjs';
import { runCityJourney } from './city-journey.mjs';
import { launchBrowser } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
// E2E_API_MAIN: another server entry point (same PORT/DATA_DIR/NODE_ENV/PUBLIC_URL contract), e.g. a stub.
const apiMain = path.resolve(process.env.E2E_API_MAIN ?? path.resolve(here, '../../api/dist/main.js'));
const webIndex = path.resolve(here, '../dist/index.html');
const STARTUP_TIMEOUT_MS = 120_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForGraphql(baseUrl, server) {
  const probe = new URL('/graphql', baseUrl);
  probe.searchParams.set('query', '{__typename}');
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`API server exited early (code ${server.exitCode}, signal ${server.signalCode})`);
    }
    try {
      const response = await fetch(probe, {
        headers: { 'apollo-require-preflight': 'true' },
        signal: AbortSignal.timeout(5_000),
      });
      if (response.status === 200) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(500);
  }
  throw new Error(`API not ready after ${STARTUP_TIMEOUT_MS / 1000} s (${lastProblem})`);
}

async function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = sleep(SHUTDOWN_TIMEOUT_MS).then(() => 'timeout');
  if ((await Promise.race([exited, timer])) === 'timeout') {
    console.error(`# API server did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s; killing it`);
    server.kill('SIGKILL');
    await exited;
  }
}

/** Both journeys in one browser; each journey opens its own fresh context (no shared cookies). */
async function runJourneys(baseUrl) {
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    console.log(`not ok - launch browser: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return { passed: 0, failed: 1 };
  }
  try {
    const city = await runCityJourney({ baseUrl, browser });
    const accounts = await runAccountsJourney({ baseUrl, browser });
    return { passed: city.passed + accounts.passed, failed: city.failed + accounts.failed };
  } finally {
    await browser.close().catch(() => {});
  }
}

function report({ passed, failed }) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

async function main() {
  if (process.env.E2E_BASE_URL) {
    report(await runJourneys(process.env.E2E_BASE_URL));
    return;
  }

  for (const [file, hint] of [
    [apiMain, 'build the API first (npm run build at the repository root)'],
    [webIndex, 'build the web app first (npm run build at the repository root)'],
  ]) {
    if (!existsSync(file)) {
      console.log(`not ok - prerequisites: ${path.relative(repoRoot, file)} is missing; ${hint}`);
      report({ passed: 0, failed: 1 });
      return;
    }
  }

  const dataDir = await mkdtemp(path.join(tmpdir(), 'citybridge-e2e-data-'));
  // The embedded PostgreSQL runs initdb as the postgres user, which must be able to read it.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const server = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    // Development: the mailbox and the demo accounts exist. PUBLIC_URL: the links in mails point here.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', PUBLIC_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => output.push(chunk));
  server.stderr.on('data', (chunk) => output.push(chunk));
  const printServerOutput = () => {
    console.log('# API server output:');
    for (const line of Buffer.concat(output).toString('utf8').split('\n')) console.log(`# ${line}`);
  };

  const onSignal = async (signal) => {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true }).catch(() => {});
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let results = { passed: 0, failed: 0 };
  try {
    try {
      await waitForGraphql(baseUrl, server);
      console.log(`# API ready at ${baseUrl}`);
    } catch (error) {
      console.log(`not ok - start API server: ${error instanceof Error ? error.message : error}`);
      printServerOutput();
      results = { passed: 0, failed: 1 };
      return;
    }
    results = await runJourneys(baseUrl);
    if (results.failed > 0) printServerOutput();
  } finally {
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true }).catch((error) =>
      console.error(`# could not remove ${dataDir}: ${error.message}`),
    );
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    report(results);
  }
}

main().catch((error) => {
  console.log(`not ok - e2e runner: ${error instanceof Error ? error.stack : error}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
