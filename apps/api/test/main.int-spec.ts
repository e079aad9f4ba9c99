import { spawnSync } from 'node:child_process';
import path from 'node:path';

const main = path.join(__dirname, '..', 'dist', 'main.js');

describe('starting the API', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@localhost/x' }],
  ])('stops with one line naming %s when it is bad', (name, env) => {
    const run = spawnSync(process.execPath, [main], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20000 });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${name} `));
  });
});
