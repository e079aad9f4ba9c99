import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDotEnv } from './env-file';

describe('loadDotEnv', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'citybridge-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file into the environment, and what is already set wins', () => {
    const file = path.join(dir, '.env');
    writeFileSync(file, '# a comment\nPORT=4000\nLOG_LEVEL=debug\nSMTP_URL="smtp://mail.example.org:587"\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    expect(loadDotEnv(file, env)).toBe(file);
    expect(env).toEqual({ PORT: '4000', LOG_LEVEL: 'warn', SMTP_URL: 'smtp://mail.example.org:587' });
  });

  it('does nothing without a file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadDotEnv(path.join(dir, 'missing.env'), env)).toBeUndefined();
    expect(env).toEqual({});
  });
});
