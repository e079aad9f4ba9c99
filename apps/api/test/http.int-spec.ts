import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

describe('HTTP surface in production', () => {
  let t: TestApp;
  let webDir: string;
  let precompressedSize = 0;
  beforeAll(async () => {
    // A stand-in for the built web app, so this test does not depend on the web build.
    webDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><head><title>CityBridge</title></head><div id="root"></div>');
    mkdirSync(path.join(webDir, 'assets'));
    mkdirSync(path.join(webDir, '.vite'));
    writeFileSync(path.join(webDir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/app-Ab12Cd34.js"}}');
    writeFileSync(path.join(webDir, 'assets', 'app-Ab12Cd34.js'), `export const app = ${JSON.stringify('x'.repeat(4000))};\n`);
    // What the web build writes beside each asset (vite.config.ts): this one must be sent as it is.
    const precompressed = brotliCompressSync(`export const other = ${JSON.stringify('y'.repeat(4000))};\n`);
    writeFileSync(path.join(webDir, 'assets', 'other-Ef56Gh78.js'), `export const other = ${JSON.stringify('y'.repeat(4000))};\n`);
    writeFileSync(path.join(webDir, 'assets', 'other-Ef56Gh78.js.br'), precompressed);
    precompressedSize = precompressed.length;
    // What the web build lists from its routes (apps/web/src/app/page-paths.ts), shortened.
    writeFileSync(path.join(webDir, 'page-paths.json'), JSON.stringify(['/', '/kota', '/kota/:slug', '/kota/:slug/anggota', '/masuk', '/admin/audit']));
    writeFileSync(path.join(webDir, 'favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g></g>'.repeat(300)}</svg>`);
    t = await startTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'test-only-secret-of-thirty-two-chars!',
      WEB_DIST_DIR: webDir,
      PUBLIC_URL: 'http://citybridge.test',
      DEMO_MODE: '0', // a deployment: no demo accounts, no mailbox
      SQL_STATEMENTS_HEADER: '', // nor SQL counts
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the web app at / and on a deep link, with GraphQL beside it', async () => {
    for (const url of ['/', '/kota/kota-solok', '/kota/kota-solok/anggota', '/masuk', '/admin/audit']) {
      const res = await t.http().get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
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

  it('answers /uploads paths itself (JSON 404 for an unknown file), never with the web app', async () => {
    for (const url of ['/uploads', '/uploads/x', '/uploads/00000000-0000-4000-8000-000000000000/a.pdf']) {
      const res = await t.http().get(url);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
    }
  });

  it('sends security headers that the web app passes, on pages, files and 404s', async () => {
    for (const url of ['/', '/kota', '/tidak-ada', '/assets/app-Ab12Cd34.js']) {
      const res = await t.http().get(url);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('compresses text responses: pages, scripts, SVG and GraphQL', async () => {
    for (const [url, encoding] of [
      ['/kota', 'br'],
      ['/kota', 'gzip'],
      ['/assets/app-Ab12Cd34.js', 'br'],
      ['/favicon.svg', 'gzip'],
    ]) {
      const res = await t.http().get(url).set('accept-encoding', encoding);
      expect([url, res.status, res.headers['content-encoding']]).toEqual([url, 200, encoding]);
    }
    const graphql = await t
      .http()
      .post('/graphql')
      .set('accept-encoding', 'br, gzip')
      .send({ query: '{ provinces { code name timeZone { iana } } }' });
    expect(graphql.headers['content-encoding']).toBe('br');
    expect(graphql.body.data.provinces).toHaveLength(38);
    const plain = await t.http().get('/assets/app-Ab12Cd34.js').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('sends the build\'s pre-compressed file when there is one, and never the .br file by its own name', async () => {
    const res = await t.http().get('/assets/other-Ef56Gh78.js').set('accept-encoding', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(precompressedSize);
    expect(res.text).toContain('export const other');
    expect((await t.http().get('/assets/other-Ef56Gh78.js.br')).status).toBe(404);
  });

  it('lets browsers keep hashed assets for a year and revalidate everything else', async () => {
    const asset = await t.http().get('/assets/app-Ab12Cd34.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await t.http().get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
    // Neither the template, the page list nor the build manifest is a file of its own.
    for (const url of ['/index.html', '/page-paths.json', '/.vite/manifest.json']) {
      const res = await t.http().get(url);
      expect([url, res.status, res.text]).toEqual([url, 404, expect.not.stringContaining('"file"')]);
    }
  });

  it('renders the directory and a city page as HTML before any script runs, with titles for sharing', async () => {
    const directory = await t.http().get('/kota');
    expect(directory.text).toContain('<title>Direktori kota · CityBridge</title>');
    expect(directory.text).toMatch(/<meta name="description" content="Seluruh kota dan kabupaten[^"]*" \/>/);
    expect(directory.text).toContain('<meta property="og:title" content="Direktori kota · CityBridge" />');
    expect(directory.text).toContain('<meta property="og:url" content="http://citybridge.test/kota" />');
    expect(directory.text).toContain('<h1>Direktori kota dan kabupaten</h1>');
    expect(directory.text).toContain('Menampilkan 50 dari 514');
    expect(directory.text.match(/<tr><td><a href="\/kota\/[a-z0-9-]+">/g)).toHaveLength(50);

    const search = await t.http().get('/kota?q=solok&jenis=KOTA');
    expect(search.text).toContain('<a href="/kota/kota-solok">Kota Solok</a>');
    expect(search.text).not.toContain('Kabupaten Solok');
    expect(search.text).toContain('Menampilkan 1 dari 1');

    // The home page: its welcome text and the same first page of the directory.
    const home = await t.http().get('/');
    expect(home.text).toContain('<title>CityBridge</title>');
    expect(home.text).toContain('<div id="root"><main><h1>Kota dan kabupaten Indonesia saling belajar</h1>');
    expect(home.text.match(/<tr><td><a href="\/kota\/[a-z0-9-]+">/g)).toHaveLength(50);

    // The same order as the app's list: by name without the prefix, or as `?urut=` asks.
    const slugsOf = (html: string) => [...html.matchAll(/<tr><td><a href="\/kota\/([a-z0-9-]+)">/g)].map((m) => m[1]);
    for (const [url, order] of [['/kota', null], ['/kota?urut=PROVINCE_DESC', 'PROVINCE_DESC']] as const) {
      const page = await t.gql(`query($o: CityOrder) { cities(first: 50, orderBy: $o) { nodes { slug } } }`, { o: order });
      expect(slugsOf((await t.http().get(url)).text)).toEqual(page.data?.cities.nodes.map((c: { slug: string }) => c.slug));
    }

    const city = await t.http().get('/kota/kota-solok');
    expect(city.text).toContain('<title>Kota Solok · CityBridge</title>');
    expect(city.text).toContain('<meta property="og:title" content="Kota Solok · CityBridge" />');
    expect(city.text).toMatch(/<meta name="description" content="Kota Solok, kota di Provinsi Sumatera Barat \(WIB\)[^"]*" \/>/);
    expect(city.text).toContain('<div id="root"><main><p><a href="/kota">Kembali ke direktori</a></p><h1>Kota Solok</h1>');
    expect(city.text).toContain('<dt>Provinsi</dt><dd>Sumatera Barat</dd>');
    // No inline script: the CSP stays as strict as before.
    expect(city.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it('answers 404 for unknown paths and cities, still with the app so it shows its not-found view', async () => {
    for (const [url, title] of [
      ['/tidak-ada', 'Halaman tidak ditemukan · CityBridge'],
      ['/kota/kota-atlantis', 'Kota tidak ditemukan · CityBridge'],
      ['/kota/kota-atlantis/anggota', 'Kota tidak ditemukan · CityBridge'],
      ['/kota/kota-solok/x', 'Halaman tidak ditemukan · CityBridge'],
      // A page of the app, but not in this build's page-paths.json: the list decides.
      ['/profil', 'Halaman tidak ditemukan · CityBridge'],
    ]) {
      const res = await t.http().get(url);
      expect([url, res.status]).toEqual([url, 404]);
      expect(res.text).toContain(`<title>${title}</title>`);
      expect(res.text).toContain('<div id="root">');
    }
    // Not pages: no app shell for the API's own paths or a missing asset.
    for (const url of ['/graphql/x', '/health/x', '/assets/missing-1234.js']) {
      const res = await t.http().get(url);
      expect([url, res.status]).toEqual([url, 404]);
      expect(res.text).not.toContain('<div id="root">');
    }
  });

  it('serves robots.txt and a sitemap of the public pages with absolute URLs', async () => {
    const robots = await t.http().get('/robots.txt');
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.text).toContain('User-agent: *\nAllow: /\n');
    for (const path of ['/admin', '/dev', '/profil', '/undangan']) expect(robots.text).toContain(`\nDisallow: ${path}\n`);
    expect(robots.text).toContain('\nSitemap: http://citybridge.test/sitemap.xml\n');

    const sitemap = await t.http().get('/sitemap.xml');
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    const urls = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls.slice(0, 2)).toEqual(['http://citybridge.test/', 'http://citybridge.test/kota']);
    expect(urls).toContain('http://citybridge.test/kota/kota-solok');
    expect(urls).toHaveLength(2 + 514);
  });

  it('records the request id in the audit entry of a mutation (without the statement counter)', async () => {
    const user = await t.fixtures.user();
    const client = await t.signedIn(user.email, user.password);
    const res = await client.agent.post('/graphql').set('apollo-require-preflight', 'true').set('x-request-id', 'audit-request-1')
      .send({ query: `mutation { updateProfile(input: { displayName: "Nama Baru" }) { userErrors { code } } }` });
    expect(res.body).toEqual({ data: { updateProfile: { userErrors: [] } } });
    const rows = await t.dataSource.query(`SELECT request_id FROM audit_log WHERE action = 'user.updateProfile' AND actor_id = $1`, [user.id]);
    expect(rows).toEqual([{ request_id: 'audit-request-1' }]);
  });

  it('turns introspection off and keeps stack traces and SQL counts out of responses', async () => {
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const bad = await t.gql('{ cities(after: "x") { totalCount } }');
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(bad.headers['x-sql-statements']).toBeUndefined();
  });
});
