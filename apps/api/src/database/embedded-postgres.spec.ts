import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearStaleServer, databaseName, withDatabase } from './embedded-postgres';

describe('clearStaleServer', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-pid-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes a postmaster.pid whose process is gone', async () => {
    writeFileSync(path.join(dir, 'postmaster.pid'), `999999\n${dir}\n`);
    await clearStaleServer(dir);
    expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
  });

  it('stops an orphaned server that holds this data directory', async () => {
    // Stands in for a postgres left running by a run killed with SIGKILL.
    const orphan = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'postgres', '-D', dir], { stdio: 'ignore' });
    const exited = new Promise((resolve) => orphan.on('exit', (_code, signal) => resolve(signal)));
    writeFileSync(path.join(dir, 'postmaster.pid'), `${orphan.pid}\n${dir}\n`);
    await clearStaleServer(dir);
    expect(await exited).toBe('SIGINT');
    expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
  });

  it('leaves alone a live process that is not a postgres of this directory', async () => {
    writeFileSync(path.join(dir, 'postmaster.pid'), `${process.pid}\n/elsewhere\n`);
    await clearStaleServer(dir);
    expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(false); // the file goes, the process stays
  });
});

describe('database URLs', () => {
  it('reads and replaces the database name', () => {
    expect(databaseName('postgres://u:p@127.0.0.1:5432/citybridge')).toBe('citybridge');
    expect(withDatabase('postgres://u:p@127.0.0.1:5432/postgres', 'x')).toBe('postgres://u:p@127.0.0.1:5432/x');
  });
});
