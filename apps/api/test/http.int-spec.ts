import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

describe('HTTP surface in production', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    // A stand-in for the built web app, so this test does not depend on the web build.
    webDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>CityBridge</title><div id="root"></div>');
    t = await startTestApp({ NODE_ENV: 'production', SESSION_SECRET: 'test-only-secret-of-thirty-two-chars!', WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the web app at / and on a deep link, with GraphQL beside it', async () => {
    for (const url of ['/', '/kota/kota-solok']) {
      const res = await t.http().get(url);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
    }
    expect((await t.gql('{ provinces { code } }')).data?.provinces).toHaveLength(38);
  });

  it('answers /health/live and /health/ready itself, not with the web app', async () => {
    for (const url of ['/health/live', '/health/ready']) {
      const res = await t.http().get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.status).toBe('ok');
    }
  });

  it('sends security headers that the web app passes', async () => {
    const res = await t.http().get('/');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns introspection off and keeps stack traces and SQL counts out of responses', async () => {
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const bad = await t.gql('{ cities(after: "x") { totalCount } }');
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(bad.headers['x-sql-statements']).toBeUndefined();
  });
});
