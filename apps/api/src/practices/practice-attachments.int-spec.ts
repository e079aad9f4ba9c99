import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO, startTestApp, type TestApp, type TestClient } from '../../test/support/test-app';

const uploadDir = mkdtempSync(path.join(tmpdir(), 'citybridge-attachments-'));
let t: TestApp;
let editor: TestClient; // editor of Kota Medan (demo)
let admin: TestClient; // admin of Kota Medan (demo)
let platformAdmin: TestClient;
let stranger: TestClient; // admin of another city

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const FIELDS = 'id state version attachments { id filename contentType byteSize url isDemo }';
const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { ${FIELDS} } userErrors { field code message } } }`;
const SUBMIT = 'mutation($id: ID!) { submitPractice(input: { practiceId: $id }) { userErrors { code } } }';
const PUBLISH = `mutation($id: ID!) { publishPractice(input: { practiceId: $id }) { practice { ${FIELDS} } userErrors { code } } }`;
const ARCHIVE = 'mutation($id: ID!) { archivePractice(input: { practiceId: $id }) { userErrors { code } } }';
const input = (over: Record<string, unknown> = {}) => ({
  citySlug: 'kota-medan',
  topic: 'finance_assets',
  texts: [{ language: 'ID', title: 'Laporan aset dengan lampiran' }],
  ...over,
});
const fields = ({ citySlug: _city, ...rest }: Record<string, unknown>) => rest;

async function upload(client: TestClient, filename = 'Laporan Aset.pdf'): Promise<{ id: string; url: string; filename: string }> {
  const res = await client.agent.post('/uploads').set('apollo-require-preflight', 'true').attach('file', PDF, { filename, contentType: 'application/pdf' });
  expect(res.status).toBe(201);
  return res.body.upload;
}
async function create(client: TestClient, attachmentIds: string[]) {
  const res = await client.gql(CREATE, { input: input({ attachmentIds }) });
  expect(res.errors).toBeUndefined();
  return res.data?.createPractice;
}
async function publish(id: string) {
  expect((await editor.gql(SUBMIT, { id })).data?.submitPractice.userErrors).toEqual([]);
  const res = await admin.gql(PUBLISH, { id });
  expect(res.data?.publishPractice.userErrors).toEqual([]);
  return res.data?.publishPractice.practice;
}
const status = async (client: TestClient | null, url: string) => (await (client ? client.agent : t.http()).get(url)).status;

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_DIR: uploadDir });
  editor = await t.signedIn(...DEMO.medanEditor);
  admin = await t.signedIn('admin.medan@citybridge.demo', 'Demo-Admin-Medan-Kota-2026');
  platformAdmin = await t.signedIn(...DEMO.admin);
  const other = await t.fixtures.user({ role: 'ADMIN', city: 'kota-solok' });
  stranger = await t.signedIn(other.email, other.password);
});
afterAll(async () => {
  await t.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

describe('attachments of a practice', () => {
  it('attaches the writer\'s own uploads in the order given, once each', async () => {
    const [a, b] = [await upload(editor, 'a.pdf'), await upload(editor, 'b.pdf')];
    const { practice, userErrors } = await create(editor, [b.id, a.id, b.id]);
    expect(userErrors).toEqual([]);
    expect(practice.attachments.map((f: { filename: string }) => f.filename)).toEqual(['b.pdf', 'a.pdf']);
    expect(practice.attachments[0]).toMatchObject({ contentType: 'application/pdf', byteSize: PDF.length, url: b.url, isDemo: false });
  });

  it("refuses another account's upload or an unknown id on attachmentIds, storing nothing", async () => {
    const theirs = await upload(stranger);
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM practices'))[0].n;
    for (const ids of [[theirs.id], ['00000000-0000-4000-8000-000000000000'], ['not-an-id']]) {
      const { practice, userErrors } = await create(editor, ids);
      expect(practice).toBeNull();
      expect(userErrors).toEqual([expect.objectContaining({ field: 'attachmentIds', code: 'ATTACHMENT_NOT_ALLOWED' })]);
    }
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM practices'))[0].n).toBe(before);
  });

  it('refuses more than 10 attachments', async () => {
    const ids = Array.from({ length: 11 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const { userErrors } = await create(editor, ids);
    expect(userErrors).toEqual([expect.objectContaining({ field: 'attachmentIds', code: 'TOO_MANY_ITEMS' })]);
  });

  it("lets a co-editor keep a file already attached, keeps them when a save leaves attachmentIds out, and removes one when left out of the list", async () => {
    const mine = await upload(editor);
    const { practice } = await create(editor, [mine.id]);
    const save = (client: TestClient, version: number, over: Record<string, unknown>) =>
      client.gql(UPDATE, { input: { ...fields(input()), practiceId: practice.id, expectedVersion: version, ...over } });
    const adminsOwn = await upload(admin);
    let res = await save(admin, 1, { attachmentIds: [mine.id, adminsOwn.id] });
    expect(res.data?.updatePractice.userErrors).toEqual([]);
    expect(res.data?.updatePractice.practice.attachments.map((f: { id: string }) => f.id)).toEqual([mine.id, adminsOwn.id]);
    res = await save(editor, 2, {});
    expect(res.data?.updatePractice.practice.attachments).toHaveLength(2);
    res = await save(editor, 3, { attachmentIds: [adminsOwn.id] });
    expect(res.data?.updatePractice.practice.attachments.map((f: { id: string }) => f.id)).toEqual([adminsOwn.id]);
  });

  it('keeps the attachments of each published state in its revision, and the history diff names them', async () => {
    const [a, b] = [await upload(editor, 'anggaran.pdf'), await upload(editor, 'foto.pdf')];
    const { practice } = await create(editor, [a.id]);
    const published = await publish(practice.id);
    const res = await editor.gql(UPDATE, { input: { ...fields(input()), practiceId: practice.id, expectedVersion: published.version, attachmentIds: [b.id] } });
    expect(res.data?.updatePractice.userErrors).toEqual([]);
    const history = await t.gql(
      `query($id: ID!) { practiceRevisions(practiceId: $id) { number practice { attachments { filename } } } practiceRevisionDiff(practiceId: $id, from: 1, to: 2) { fields { field parts { change text } } } }`,
      { id: practice.id },
    );
    expect(history.data?.practiceRevisions).toEqual([
      { number: 2, practice: { attachments: [{ filename: 'foto.pdf' }] } },
      { number: 1, practice: { attachments: [{ filename: 'anggaran.pdf' }] } },
    ]);
    const diff = history.data?.practiceRevisionDiff.fields.find((f: { field: string }) => f.field === 'attachments');
    expect(diff.parts).toEqual([
      { change: 'REMOVED', text: 'anggaran.pdf' },
      { change: 'ADDED', text: 'foto.pdf' },
    ]);
  });
});

describe('GET /uploads/:id/:filename: who may read a file', () => {
  it("serves a draft's attachment to its city's editors and admins and platform admins only; 404 to anyone else", async () => {
    const file = await upload(editor);
    await create(editor, [file.id]);
    expect(await status(null, file.url)).toBe(404);
    expect(await status(stranger, file.url)).toBe(404);
    expect(await status(editor, file.url)).toBe(200);
    expect(await status(admin, file.url)).toBe(200);
    expect(await status(platformAdmin, file.url)).toBe(200);
  });

  it('serves the attachment of a published practice to anyone, with its type; still once the practice is archived', async () => {
    const file = await upload(editor);
    const { practice } = await create(editor, [file.id]);
    await publish(practice.id);
    const res = await t.http().get(file.url).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    expect((await admin.gql(ARCHIVE, { id: practice.id })).data?.archivePractice.userErrors).toEqual([]);
    expect(await status(null, file.url)).toBe(200);
  });

  it('serves a file attached to no practice to its uploader and platform admins only', async () => {
    const file = await upload(editor);
    expect(await status(editor, file.url)).toBe(200);
    expect(await status(platformAdmin, file.url)).toBe(200);
    expect(await status(admin, file.url)).toBe(404);
    expect(await status(stranger, file.url)).toBe(404);
    expect(await status(null, file.url)).toBe(404);
  });

  it('answers a hidden file like a missing one: the same 404 body', async () => {
    const file = await upload(editor);
    const hidden = await t.http().get(file.url).set('accept-language', 'en');
    const missing = await t.http().get('/uploads/00000000-0000-4000-8000-000000000000/x.pdf').set('accept-language', 'en');
    expect([hidden.status, hidden.body]).toEqual([missing.status, missing.body]);
  });
});
