import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, withDatabase } from '../src/database/embedded-postgres';
import { startTestApp } from './support/test-app';

/** The built entry point, as a deployment runs it: SIGTERM finishes what is in flight and exits within 5 s. */
const MAIN = path.join(__dirname, '..', 'dist', 'main.js');

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

it('finishes a request in flight and exits within 5 s of SIGTERM', async () => {
  const t = await startTestApp();
  await t.close({ keepDatabase: true });
  const url = withDatabase(process.env.TEST_ADMIN_URL as string, t.databaseName);
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), NODE_ENV: 'production', SESSION_SECRET: 'test-only-secret-of-thirty-two-chars!', LOG_LEVEL: 'info', WEB_DIST_DIR: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exit = exited(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  const locker = new Client({ connectionString: url });
  try {
    const until = Date.now() + 60_000;
    while (!output.includes('CityBridge is ready') && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    expect(output).toContain('CityBridge is ready');

    // A slow request: its statement waits for a lock the test holds.
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE cities IN ACCESS EXCLUSIVE MODE');
    const slow = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cities(first: 1) { totalCount } }' }),
    });
    await new Promise((r) => setTimeout(r, 500));
    const signalled = Date.now();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000)); // the request is still waiting when shutdown starts
    await locker.query('COMMIT');

    const answer = await slow;
    expect(answer.status).toBe(200);
    expect((await answer.json()).data.cities.totalCount).toBe(514);
    const code = await exit;
    process.stdout.write(output.split('\n').filter((line) => /Shutting down|Stopped|too long/.test(line)).join('\n'));
    expect(code).toBe(0);
    const ms = Date.now() - signalled;
    process.stdout.write(`shutdown: exited ${ms} ms after SIGTERM (a request held 1 s)\n`);
    expect(ms).toBeLessThan(5000);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow(); // nothing listens any more
  } finally {
    child.kill('SIGKILL');
    await locker.end().catch(() => undefined);
    await new Client({ connectionString: process.env.TEST_ADMIN_URL }).connect().then(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${t.databaseName} WITH (FORCE)`);
      await c.end();
    });
  }
}, 90_000);
