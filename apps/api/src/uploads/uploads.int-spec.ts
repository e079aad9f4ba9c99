import { createHash } from 'node:crypto';
import { MAX_UPLOAD_BYTES } from '@citybridge/domain';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { hashToken, newToken } from '../common/tokens';
import { loadConfig } from '../config/app-config';
import { RequestLoaders, type GraphQLContext } from '../common/request-loaders';
import { loadUploads } from './upload-loader';
import { UploadsService } from './uploads.service';

const UPLOADS_PER_HOUR = 8;
const secret = loadConfig({ NODE_ENV: 'test' }).sessionSecret;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ UPLOADS_PER_HOUR: String(UPLOADS_PER_HOUR) });
});
afterAll(async () => {
  await t.close();
});

// Small but real files: the checks read the first bytes, the round trip compares every byte.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0'), Buffer.alloc(40, 7)]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0'), Buffer.alloc(200, 0)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

/** A session made directly (no sign-in, so no sign-in throttle), as the account's browser would send it. */
async function cookieFor(userId: string): Promise<string> {
  const token = newToken();
  await t.dataSource.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [hashToken(secret, token), userId]);
  return `cb_session=${token}`;
}

async function editor(): Promise<{ cookie: string; userId: string; citySlug: string }> {
  const city = await t.fixtures.city();
  const user = await t.fixtures.user({ role: 'EDITOR', city: city.slug });
  return { cookie: await cookieFor(user.id), userId: user.id, citySlug: city.slug };
}

interface Send {
  cookie?: string;
  language?: 'id' | 'en';
  preflight?: boolean;
  city?: string;
  file?: { content: Buffer; filename: string; contentType?: string };
}

function upload({ cookie, language = 'id', preflight = true, city, file }: Send): request.Test {
  let req = t.http().post('/uploads').set('accept-language', language);
  if (preflight) req = req.set('apollo-require-preflight', 'true');
  if (cookie) req = req.set('cookie', cookie);
  if (city !== undefined) req = req.field('city', city);
  if (file) req = req.attach('file', file.content, { filename: file.filename, contentType: file.contentType ?? 'application/octet-stream' });
  return req;
}

// The default storage keeps the bytes in PostgreSQL (every instance reads them); the local folder is
// checked by file-storage.spec.ts, the bucket (UPLOAD_STORAGE=s3) by uploads-s3.int-spec.ts.
async function stored(): Promise<{ rows: number; files: number }> {
  const [{ n, files }] = await t.dataSource.query('SELECT (SELECT count(*) FROM uploads)::int AS n, (SELECT count(*) FROM upload_blobs)::int AS files');
  return { rows: n, files };
}

describe('POST /uploads and GET /uploads/:id/:filename', () => {
  it('stores a PDF and serves the same bytes with its type, nosniff, an inline disposition and a private immutable cache', async () => {
    const { cookie, userId } = await editor();
    const res = await upload({ cookie, file: { content: PDF, filename: 'Laporan Aset Medan 2018.pdf', contentType: 'application/pdf' } });
    expect(res.status).toBe(201);
    const file = res.body.upload;
    expect(res.body.userErrors).toEqual([]);
    expect(file).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      filename: 'Laporan Aset Medan 2018.pdf',
      contentType: 'application/pdf',
      byteSize: PDF.length,
      url: `/uploads/${file.id}/Laporan%20Aset%20Medan%202018.pdf`,
      isDemo: false,
    });
    const [row] = await t.dataSource.query('SELECT uploader_id, city_id, sha256, is_demo FROM uploads WHERE id = $1', [file.id]);
    expect(row).toEqual({ uploader_id: userId, city_id: null, sha256: createHash('sha256').update(PDF).digest('hex'), is_demo: false });

    // A file attached to nothing yet is its uploader's (practice-attachments.int-spec.ts has who else may read).
    const got = await t.http().get(file.url).set('cookie', cookie).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body, PDF)).toBe(0);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-length']).toBe(String(PDF.length));
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toBe(`inline; filename="Laporan Aset Medan 2018.pdf"; filename*=UTF-8''Laporan%20Aset%20Medan%202018.pdf`);
    expect(got.headers['cache-control']).toBe('private, max-age=31536000, immutable');
  });

  it('stores a PNG for a city the uploader edits, naming it by what the bytes are, with a non-ASCII name in filename*', async () => {
    const { cookie, citySlug } = await editor();
    const res = await upload({ cookie, city: citySlug, file: { content: PNG, filename: 'Peta <Pusat> Kota – Medan.pdf', contentType: 'image/png' } });
    expect(res.status).toBe(201);
    expect(res.body.upload).toMatchObject({ filename: 'Peta Pusat Kota – Medan.png', contentType: 'image/png', byteSize: PNG.length });
    const [row] = await t.dataSource.query('SELECT c.slug FROM uploads u JOIN cities c ON c.id = u.city_id WHERE u.id = $1', [res.body.upload.id]);
    expect(row.slug).toBe(citySlug);

    const got = await t.http().get(res.body.upload.url).set('cookie', cookie).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(Buffer.compare(got.body, PNG)).toBe(0);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toBe(`inline; filename="Peta Pusat Kota  Medan.png"; filename*=UTF-8''Peta%20Pusat%20Kota%20%E2%80%93%20Medan.png`);
  });

  it('lets other domains read files by id in one call, in the order asked, leaving out unknown ids', async () => {
    const { cookie } = await editor();
    const a = (await upload({ cookie, file: { content: PDF, filename: 'a.pdf' } })).body.upload;
    const b = (await upload({ cookie, file: { content: PNG, filename: 'b.png' } })).body.upload;
    const found = await t.app.get(UploadsService).findByIds([b.id, '00000000-0000-4000-8000-000000000000', a.id, 'not-an-id']);
    expect(found).toEqual([b, undefined, a, undefined]);
  });

  it('loads the files of many fields of one response with one call (upload-loader)', async () => {
    const { cookie } = await editor();
    const a = (await upload({ cookie, file: { content: PDF, filename: 'a.pdf' } })).body.upload;
    const b = (await upload({ cookie, file: { content: PNG, filename: 'b.png' } })).body.upload;
    const service = t.app.get(UploadsService);
    const calls: (readonly string[])[] = [];
    const counting = {
      findByIds(ids: readonly string[]) {
        calls.push(ids);
        return service.findByIds(ids);
      },
    } as UploadsService;
    const ctx = { loaders: new RequestLoaders() } as GraphQLContext;
    const lists = await Promise.all([loadUploads(ctx, counting, [a.id, b.id]), loadUploads(ctx, counting, [b.id]), loadUploads(ctx, counting, [])]);
    expect(lists).toEqual([[a, b], [b], []]);
    expect(calls).toEqual([[a.id, b.id]]);
  });

  it("tells which files an account uploaded, so a form attaches only the caller's own", async () => {
    const mine = await editor();
    const theirs = await editor();
    const a = (await upload({ cookie: mine.cookie, file: { content: PDF, filename: 'a.pdf' } })).body.upload;
    const b = (await upload({ cookie: theirs.cookie, file: { content: PDF, filename: 'b.pdf' } })).body.upload;
    const owned = await t.app.get(UploadsService).ownedBy(mine.userId, [a.id, b.id, 'nope']);
    expect([...owned]).toEqual([a.id]);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const unknown = await t.http().get('/uploads/00000000-0000-4000-8000-000000000000/x.pdf');
    expect(unknown.status).toBe(404);
    expect(unknown.body.userErrors[0].code).toBe('NOT_FOUND');
    expect((await t.http().get('/uploads/..%2F..%2Fetc/passwd')).status).toBe(404);
  });
});

describe('refused uploads store nothing', () => {
  const cases: [string, Send['file'], number, string][] = [
    ['an .exe renamed .pdf', { content: EXE, filename: 'laporan.pdf', contentType: 'application/pdf' }, 415, 'FILE_TYPE_UNSUPPORTED'],
    ['an SVG image', { content: SVG, filename: 'logo.svg', contentType: 'image/svg+xml' }, 415, 'FILE_TYPE_UNSUPPORTED'],
    ['an HTML page named .png', { content: Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>'), filename: 'a.png', contentType: 'image/png' }, 415, 'FILE_TYPE_UNSUPPORTED'],
    ['a PNG declared as a PDF', { content: PNG, filename: 'peta.pdf', contentType: 'application/pdf' }, 415, 'FILE_TYPE_MISMATCH'],
    ['an empty file', { content: Buffer.alloc(0), filename: 'kosong.pdf', contentType: 'application/pdf' }, 400, 'FILE_EMPTY'],
    ['a file one byte over 10 MB (cut while streaming)', { content: Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - PDF.length, 0x20)]), filename: 'besar.pdf', contentType: 'application/pdf' }, 413, 'FILE_TOO_LARGE'],
    ['a 50 MB file', { content: Buffer.concat([PDF, Buffer.alloc(50 * 1024 * 1024, 0x20)]), filename: 'besar.pdf', contentType: 'application/pdf' }, 413, 'FILE_TOO_LARGE'],
  ];

  it.each(cases)('%s', async (_name, file, status, code) => {
    const { cookie } = await editor();
    const before = await stored();
    const res = await upload({ cookie, file });
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ upload: null, userErrors: [{ field: 'file', code, message: expect.any(String), messages: expect.any(Array) }] });
    expect(await stored()).toEqual(before);
  });

  it('accepts exactly 10 MB', async () => {
    const { cookie } = await editor();
    const res = await upload({ cookie, file: { content: Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES - PDF.length, 0x20)]), filename: 'pas.pdf', contentType: 'application/pdf' } });
    expect(res.status).toBe(201);
    expect(res.body.upload.byteSize).toBe(MAX_UPLOAD_BYTES);
  });

  it('says what is wrong in Bahasa Indonesia, or in English when asked', async () => {
    const { cookie } = await editor();
    const file = { content: EXE, filename: 'setup.pdf', contentType: 'application/pdf' };
    expect((await upload({ cookie, file })).body.userErrors[0].message).toBe('Jenis berkas ini tidak diterima. Unggah PDF, PNG, JPEG, atau WebP.');
    expect((await upload({ cookie, file, language: 'en' })).body.userErrors[0].message).toBe('This type of file is not accepted. Upload a PDF, PNG, JPEG or WebP.');
  });

  it('asks for a file when the form has none, and refuses an unknown city', async () => {
    const { cookie } = await editor();
    const before = await stored();
    const none = await upload({ cookie, city: '' });
    expect([none.status, none.body.userErrors]).toEqual([400, [{ field: 'file', code: 'FILE_REQUIRED', message: 'Pilih berkas untuk diunggah.', messages: expect.any(Array) }]]);
    const unknownCity = await upload({ cookie, city: 'kota-atlantis', file: { content: PDF, filename: 'a.pdf' } });
    expect([unknownCity.status, unknownCity.body.userErrors[0]?.field, unknownCity.body.userErrors[0]?.code]).toEqual([400, 'city', 'NOT_FOUND']);
    expect(await stored()).toEqual(before);
  });

  it('refuses a form cut short before its end, keeping nothing of what arrived', async () => {
    const { cookie } = await editor();
    const before = await stored();
    const head = '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n';
    const res = await t
      .http()
      .post('/uploads')
      .set('apollo-require-preflight', 'true')
      .set('cookie', cookie)
      .set('content-type', 'multipart/form-data; boundary=cut')
      .send(Buffer.concat([Buffer.from(head), PDF, Buffer.alloc(100_000, 0x20)]));
    expect([res.status, res.body.userErrors]).toEqual([400, [{ field: 'file', code: 'FILE_INCOMPLETE', message: 'Berkas tidak diterima utuh. Coba unggah lagi.', messages: expect.any(Array) }]]);
    expect(await stored()).toEqual(before);
  });

  it('refuses a form posted without the preflight header (another site cannot set it)', async () => {
    const { cookie } = await editor();
    const res = await upload({ cookie, preflight: false, file: { content: PDF, filename: 'a.pdf' } });
    expect([res.status, res.body.userErrors[0].code]).toEqual([400, 'PREFLIGHT_REQUIRED']);
  });

  it(`allows ${UPLOADS_PER_HOUR} uploads an hour per account, refused ones included, then answers 429 with Retry-After`, async () => {
    const { cookie } = await editor();
    for (let i = 0; i < UPLOADS_PER_HOUR; i++) {
      const res = await upload({ cookie, file: i % 2 ? { content: PDF, filename: 'a.pdf' } : { content: EXE, filename: 'a.pdf' } });
      expect(res.status).toBe(i % 2 ? 201 : 415);
    }
    const before = await stored();
    const res = await upload({ cookie, file: { content: PDF, filename: 'a.pdf' } });
    expect([res.status, res.body.userErrors[0].code]).toEqual([429, 'TOO_MANY_UPLOADS']);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await stored()).toEqual(before);
    // Another account is not affected.
    expect((await upload({ cookie: (await editor()).cookie, file: { content: PDF, filename: 'a.pdf' } })).status).toBe(201);
  });
});

describe('who may upload (UPLOAD_CREATE)', () => {
  /** The roles of the policy matrix (test/policy-matrix.int-spec.ts), with the city the upload names when it names one. */
  const roles: [string, () => Promise<{ userId: string } | null>, boolean][] = [
    ['anonymous', async () => null, false],
    ['a member of a city', async () => t.fixtures.user({ role: 'MEMBER' }).then((u) => ({ userId: u.id })), false],
    ['a researcher', async () => t.fixtures.user({ researcher: true }).then((u) => ({ userId: u.id })), false],
    ['a signed-in account without a city', async () => t.fixtures.user().then((u) => ({ userId: u.id })), false],
    ['an editor of a city', async () => t.fixtures.user({ role: 'EDITOR' }).then((u) => ({ userId: u.id })), true],
    ['an admin of a city', async () => t.fixtures.user({ role: 'ADMIN' }).then((u) => ({ userId: u.id })), true],
    ['a platform admin', async () => t.fixtures.user({ platformAdmin: true }).then((u) => ({ userId: u.id })), true],
  ];

  it.each(roles)('%s: allowed %s', async (_role, make, allowed) => {
    const who = await make();
    const before = await stored();
    const res = await upload({ cookie: who ? await cookieFor(who.userId) : undefined, file: { content: PDF, filename: 'a.pdf' } });
    if (allowed) {
      expect(res.status).toBe(201);
      return;
    }
    expect(res.status).toBe(who ? 403 : 401);
    expect(res.body.userErrors).toEqual([{ field: null, code: who ? 'FORBIDDEN' : 'UNAUTHENTICATED', message: expect.any(String), messages: expect.any(Array) }]);
    expect(await stored()).toEqual(before);
  });

  it('refuses an editor naming a city they do not edit; a platform admin may name any', async () => {
    const { cookie } = await editor();
    const other = await t.fixtures.city();
    const before = await stored();
    const res = await upload({ cookie, city: other.slug, file: { content: PDF, filename: 'a.pdf' } });
    expect([res.status, res.body.userErrors[0].code]).toEqual([403, 'FORBIDDEN']);
    expect(await stored()).toEqual(before);
    const admin = await t.fixtures.user({ platformAdmin: true });
    expect((await upload({ cookie: await cookieFor(admin.id), city: other.slug, file: { content: PDF, filename: 'a.pdf' } })).status).toBe(201);
  });
});
