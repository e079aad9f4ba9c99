import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { MAX_UPLOAD_BYTES } from '@citybridge/domain';
import S3rver from 's3rver';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { hashToken, newToken } from '../common/tokens';
import { loadConfig, type S3Settings } from '../config/app-config';
import { FILE_STORAGE, type FileStorage, fileStorageFor } from './file-storage';
import { S3Storage } from './s3-storage';
import { UploadsService } from './uploads.service';

// UPLOAD_STORAGE=s3 against a real S3 HTTP API: s3rver on a random port, keeping its objects in a
// temporary folder. The API is the real one (uploads.int-spec.ts has every check of the bytes; here
// they are run again only to see that nothing of a refused file reaches the bucket).
const BUCKET = 'citybridge-test';
const secret = loadConfig({ NODE_ENV: 'test' }).sessionSecret;
let s3rver: S3rver;
let directory: string;
let env: Record<string, string>;
let bucket: S3Client;
let t: TestApp;

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'citybridge-s3-'));
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: BUCKET }] });
  const { port } = await s3rver.run();
  // s3rver's own account; MinIO's would be minioadmin.
  env = { UPLOAD_STORAGE: 's3', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: 'us-east-1', S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };
  // The test reads the bucket with a client of its own, not through the storage under test.
  bucket = new S3Client({ endpoint: env.S3_ENDPOINT, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  t = await startTestApp(env);
});
afterAll(async () => {
  await t?.close();
  bucket?.destroy();
  await s3rver?.close();
  rmSync(directory, { recursive: true, force: true });
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0'), Buffer.alloc(200, 0)]);
/** A PDF of `size` bytes whose bytes differ along the way, so a swapped or lost chunk shows. */
function pdfOf(size: number): Buffer {
  const body = Buffer.alloc(size - PDF.length);
  for (let i = 0; i < body.length; i++) body[i] = (i * 31 + (i >> 12)) & 0xff;
  return Buffer.concat([PDF, body]);
}

async function editorCookie(): Promise<string> {
  const user = await t.fixtures.user({ role: 'EDITOR' });
  const token = newToken();
  await t.dataSource.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [hashToken(secret, token), user.id]);
  return `cb_session=${token}`;
}

function upload(cookie: string, content: Buffer, filename: string, contentType = 'application/pdf'): request.Test {
  return t.http().post('/uploads').set('apollo-require-preflight', 'true').set('cookie', cookie).attach('file', content, { filename, contentType });
}

function download(url: string, cookie: string): request.Test {
  return t.http().get(url).set('cookie', cookie).buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** The keys in the bucket, read through the S3 API. */
async function objects(): Promise<string[]> {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((o) => o.Key as string).sort();
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(await (object.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
}

async function rows(): Promise<{ uploads: number; blobs: number }> {
  const [row] = await t.dataSource.query('SELECT (SELECT count(*) FROM uploads)::int AS uploads, (SELECT count(*) FROM upload_blobs)::int AS blobs');
  return row;
}

describe('UPLOAD_STORAGE=s3', () => {
  it('stores an upload as the object uploads/<id> (not in upload_blobs) and serves the same bytes back', async () => {
    const cookie = await editorCookie();
    const before = await rows();
    const res = await upload(cookie, PDF, 'Laporan Aset Medan 2018.pdf');
    expect(res.status).toBe(201);
    const file = res.body.upload;
    expect(file).toMatchObject({ filename: 'Laporan Aset Medan 2018.pdf', contentType: 'application/pdf', byteSize: PDF.length });

    expect(await objects()).toContain(`uploads/${file.id}`);
    expect(Buffer.compare(await objectBytes(`uploads/${file.id}`), PDF)).toBe(0);
    expect(await rows()).toEqual({ uploads: before.uploads + 1, blobs: 0 });

    const got = await download(file.url, cookie);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body, PDF)).toBe(0);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-length']).toBe(String(PDF.length));
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['cache-control']).toBe('private, max-age=31536000, immutable');
  });

  it('takes a file of exactly 10 MB and gives back every byte', async () => {
    const cookie = await editorCookie();
    const content = pdfOf(MAX_UPLOAD_BYTES);
    const res = await upload(cookie, content, 'besar.pdf');
    expect(res.status).toBe(201);
    const got = await download(res.body.upload.url, cookie);
    expect(got.status).toBe(200);
    expect(got.body.length).toBe(MAX_UPLOAD_BYTES);
    expect(Buffer.compare(got.body, content)).toBe(0);
  });

  it('reads an object as a stream, as its bytes arrive, not whole first', async () => {
    const cookie = await editorCookie();
    const content = pdfOf(MAX_UPLOAD_BYTES);
    const { id } = (await upload(cookie, content, 'besar.pdf')).body.upload;
    const stream = (await t.app.get<FileStorage>(FILE_STORAGE).open(id)) as Readable;
    const first: Buffer = await new Promise((resolve) => stream.once('data', resolve));
    stream.pause();
    expect(first.length).toBeLessThan(1024 * 1024);
    const rest: Buffer[] = [first];
    stream.resume();
    for await (const chunk of stream) rest.push(chunk);
    expect(Buffer.compare(Buffer.concat(rest), content)).toBe(0);
  });

  it('names objects by the upload id only: nothing of the file name reaches the key', async () => {
    const cookie = await editorCookie();
    const before = await objects();
    const res = await upload(cookie, PDF, '../../etc/passwd?x=1#.pdf');
    expect(res.status).toBe(201);
    const added = (await objects()).filter((k) => !before.includes(k));
    expect(added).toEqual([`uploads/${res.body.upload.id}`]);
    expect(added[0]).toMatch(/^uploads\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('refuses keys it could not have made before a request is sent', async () => {
    const storage = t.app.get<FileStorage>(FILE_STORAGE);
    expect(storage).toBeInstanceOf(S3Storage);
    for (const key of ['../x/y', 'uploads/../../z', 'ABCDEFGHIJ', '']) {
      await expect(storage.put(key, Readable.from([PDF]))).rejects.toThrow('Not a storage key');
      await expect(storage.open(key)).rejects.toThrow('Not a storage key');
      await expect(storage.delete(key)).rejects.toThrow('Not a storage key');
    }
  });

  it.each([
    ['an .exe named .pdf', EXE, 415],
    ['a file one byte over 10 MB', pdfOf(MAX_UPLOAD_BYTES + 1), 413],
  ])('puts nothing of a refused file (%s) in the bucket', async (_name, content, status) => {
    const cookie = await editorCookie();
    const before = { objects: await objects(), rows: await rows() };
    const res = await upload(cookie, content, 'laporan.pdf');
    expect(res.status).toBe(status);
    expect({ objects: await objects(), rows: await rows() }).toEqual(before);
  });

  it('puts nothing in the bucket of a form cut short', async () => {
    const cookie = await editorCookie();
    const before = await objects();
    const head = '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n';
    const res = await t
      .http()
      .post('/uploads')
      .set('apollo-require-preflight', 'true')
      .set('cookie', cookie)
      .set('content-type', 'multipart/form-data; boundary=cut')
      .send(Buffer.concat([Buffer.from(head), PDF, Buffer.alloc(100_000, 0x20)]));
    expect([res.status, res.body.userErrors[0].code]).toEqual([400, 'FILE_INCOMPLETE']);
    expect(await objects()).toEqual(before);
  });

  it('removes the object again when the upload cannot be recorded', async () => {
    const before = await objects();
    // No such account: the row's foreign key fails after the bytes went to the bucket.
    const failing = t.app.get(UploadsService).create({ uploaderId: randomUUID(), cityId: null, filename: 'a.pdf', declaredType: 'application/pdf', content: Readable.from([PDF]) });
    await expect(failing).rejects.toThrow(/foreign key/);
    expect(await objects()).toEqual(before);
  });

  it('deletes an object: then the file is gone (404), and deleting again is no error', async () => {
    const cookie = await editorCookie();
    const file = (await upload(cookie, PDF, 'hapus.pdf')).body.upload;
    const storage = t.app.get<FileStorage>(FILE_STORAGE);
    await storage.delete(file.id);
    expect(await objects()).not.toContain(`uploads/${file.id}`);
    expect(await storage.open(file.id)).toBeNull();
    const got = await t.http().get(file.url).set('cookie', cookie);
    expect([got.status, got.body.userErrors[0].code]).toEqual([404, 'NOT_FOUND']);
    await expect(storage.delete(file.id)).resolves.toBeUndefined();
  });

  it('fails loudly, rather than answering "no such file", when the bucket itself is gone', async () => {
    const gone = new S3Storage({ ...(loadConfig(env).uploads.s3 as S3Settings), bucket: 'bucket-deleted-since' });
    try {
      await expect(gone.open(randomUUID())).rejects.toMatchObject({ name: 'NoSuchBucket' });
    } finally {
      gone.onApplicationShutdown();
    }
  });

  it('refuses to start on a bucket it cannot use, naming S3_BUCKET, the store and why', async () => {
    const start = (changed: Record<string, string>) => fileStorageFor(loadConfig({ ...env, ...changed }), t.dataSource);
    await expect(start({ S3_BUCKET: 'no-such-bucket' })).rejects.toThrow(`S3_BUCKET "no-such-bucket" at ${env.S3_ENDPOINT} cannot be used: there is no such bucket`);
    await expect(start({ S3_ACCESS_KEY_ID: 'NOT-A-KEY' })).rejects.toThrow(
      `S3_BUCKET "${BUCKET}" at ${env.S3_ENDPOINT} cannot be used: access denied (HTTP 403): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`,
    );
  });
});
