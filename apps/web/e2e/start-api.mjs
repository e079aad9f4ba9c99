// Playwright's webServer: the built API (which also serves apps/web/dist) on E2E_PORT, with its
// own embedded PostgreSQL in a fresh temporary DATA_DIR that is removed when Playwright stops it.
// DEMO_MODE=1: the accounts journey needs the demo mailbox and the demo platform admin, which exist
// only in demo mode (on a loopback PUBLIC_URL). It still serves the production web build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
// E2E_API_MAIN: another server entry point (same PORT/DATA_DIR/NODE_ENV/PUBLIC_URL contract), e.g. a stub.
const apiMain = path.resolve(process.env.E2E_API_MAIN ?? path.resolve(here, '../../api/dist/main.js'));
const webIndex = path.resolve(here, '../dist/index.html');
const port = process.env.E2E_PORT;

for (const file of [apiMain, webIndex]) {
  if (!existsSync(file)) {
    console.error(`${path.relative(repoRoot, file)} is missing: build first (npm run build at the repository root)`);
    process.exit(1);
  }
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'citybridge-e2e-data-'));
// The embedded PostgreSQL runs initdb as the postgres user, which must be able to read it.
await chmod(dataDir, 0o755);
const server = spawn(process.execPath, [apiMain], {
  cwd: repoRoot,
  // PUBLIC_URL: the links in mails point here.
  env: { ...process.env, PORT: port, DATA_DIR: dataDir, NODE_ENV: 'development', DEMO_MODE: '1', PUBLIC_URL: `http://127.0.0.1:${port}` },
  stdio: ['ignore', 'pipe', 'pipe'],
});
// The API logs every request: keep its output and show it (on stderr) only if it stops by itself.
const output = [];
server.stdout.on('data', (chunk) => output.push(chunk));
server.stderr.on('data', (chunk) => output.push(chunk));

let stopping = false;
// Playwright stops the web server with SIGTERM: pass it on so the API stops PostgreSQL cleanly.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.once('exit', async (code) => {
  if (!stopping) process.stderr.write(Buffer.concat(output));
  await rm(dataDir, { recursive: true, force: true }).catch(() => {});
  process.exit(stopping ? 0 : code || 1);
});
