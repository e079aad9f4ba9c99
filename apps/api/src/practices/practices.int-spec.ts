import { DEMO, startTestApp, type TestApp, type TestClient } from '../../test/support/test-app';

let t: TestApp;
let editor: TestClient; // editor of Kota Medan (demo)
let admin: TestClient; // admin of Kota Medan (demo)
let solokAdmin: TestClient;
const EDITOR_EMAIL = DEMO.medanEditor[0];

const FIELDS = `id state version isDemo topic dimensions sdgs tags agency reviewComment languages cost { amount currency year }
  texts { language title summary summaryHtml approachHtml } city { slug }`;
const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { ${FIELDS} } userErrors { field code message } } }`;
const step = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { practice { ${FIELDS} } userErrors { field code message } } }`;
const SUBMIT = step('submitPractice', 'SubmitPracticeInput');
const PUBLISH = step('publishPractice', 'PublishPracticeInput');
const RETURN = step('returnPractice', 'ReturnPracticeInput');
const ARCHIVE = step('archivePractice', 'ArchivePracticeInput');
const PRACTICE = `query($id: ID!) { practice(id: $id) { ${FIELDS} } }`;

const text = (over: Record<string, unknown> = {}) => ({
  language: 'ID',
  title: 'Pengelolaan aset dengan kartu inventaris',
  summary: 'Ringkasan **singkat**.',
  approach: 'Langkah pertama.\nLangkah kedua.',
  ...over,
});
const input = (over: Record<string, unknown> = {}) => ({
  citySlug: 'kota-medan',
  topic: 'finance_assets',
  dimensions: ['governance'],
  sdgs: [11, 16],
  tags: ['aset', ' aset ', 'inventaris'],
  agency: 'BPKAD',
  costAmount: 1500000000,
  costCurrency: 'IDR',
  costYear: 2024,
  texts: [text()],
  ...over,
});
const fieldsOf = ({ citySlug: _city, ...rest }: Record<string, unknown>) => rest;

async function create(over: Record<string, unknown> = {}) {
  const res = await editor.gql(CREATE, { input: input(over) });
  expect(res.errors).toBeUndefined();
  expect(res.data?.createPractice.userErrors).toEqual([]);
  return res.data?.createPractice.practice;
}
async function published() {
  const p = await create();
  await editor.gql(SUBMIT, { input: { practiceId: p.id } });
  const res = await admin.gql(PUBLISH, { input: { practiceId: p.id } });
  expect(res.data?.publishPractice.userErrors).toEqual([]);
  return res.data?.publishPractice.practice;
}
const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM practices`))[0].n;
const lastMail = async (to: string) =>
  (await t.dataSource.query(`SELECT subject, text_body FROM outbox_emails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [to]))[0];

beforeAll(async () => {
  t = await startTestApp();
  editor = await t.signedIn(...DEMO.medanEditor);
  admin = await t.signedIn('admin.medan@citybridge.demo', 'Demo-Admin-Medan-Kota-2026');
  const solok = await t.fixtures.user({ role: 'ADMIN', city: 'kota-solok' });
  solokAdmin = await t.signedIn(solok.email, solok.password);
});
afterAll(() => t.close());

describe('writing a practice', () => {
  it('creates a draft of the editor\'s city, with its fields cleaned and its Markdown rendered', async () => {
    const p = await create();
    expect(p).toMatchObject({
      state: 'DRAFT',
      version: 1,
      isDemo: false,
      topic: 'finance_assets',
      tags: ['aset', 'inventaris'],
      sdgs: [11, 16],
      cost: { amount: 1500000000, currency: 'IDR', year: 2024 },
      languages: ['ID'],
      city: { slug: 'kota-medan' },
    });
    expect(p.texts[0].summaryHtml).toBe('<p>Ringkasan <strong>singkat</strong>.</p>\n');
  });

  it('shows a draft to the writers of its city only', async () => {
    const p = await create();
    expect((await t.gql(PRACTICE, { id: p.id })).data?.practice).toBeNull();
    expect((await solokAdmin.gql(PRACTICE, { id: p.id })).data?.practice).toBeNull();
    expect((await admin.gql(PRACTICE, { id: p.id })).data?.practice.id).toBe(p.id);
  });

  it('lists drafts of a city to its writers, and refuses the list to others', async () => {
    const p = await create();
    const drafts = `{ practices(filter: { citySlug: "kota-medan", state: DRAFT }, first: 100) { nodes { id } } }`;
    expect((await editor.gql(drafts)).data?.practices.nodes.map((n: { id: string }) => n.id)).toContain(p.id);
    expect((await t.gql(drafts)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await solokAdmin.gql(drafts)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mine = await editor.gql(`{ myPractices(first: 100) { nodes { id state } } }`);
    expect(mine.data?.myPractices.nodes).toContainEqual({ id: p.id, state: 'DRAFT' });
  });

  it('renders no script, event handler or javascript: link from a hostile text', async () => {
    const p = await create({
      texts: [text({ summary: '<script>alert(1)</script><img src=x onerror=alert(1)> [klik](javascript:alert(1))', approach: '<a href="JaVaScRiPt:alert(1)" onclick="x()">a</a>' })],
    });
    const html = `${p.texts[0].summaryHtml}${p.texts[0].approachHtml}`;
    expect(html).not.toMatch(/<script|<img|onerror|onclick|href="\s*javascript/i);
  });

  it('keeps the texts in both languages, Bahasa Indonesia first, and removes a language left out of a save', async () => {
    const p = await create({ texts: [text({ language: 'EN', title: 'Asset cards' }), text()] });
    expect(p.languages).toEqual(['ID', 'EN']);
    const res = await editor.gql(UPDATE, { input: { ...fieldsOf(input()), practiceId: p.id, expectedVersion: 1, texts: [text({ language: 'EN', title: 'Asset cards' })] } });
    expect(res.data?.updatePractice.practice.languages).toEqual(['EN']);
  });

  it('keeps every practice written in at least one language (database check at commit)', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`INSERT INTO practices (city_id, topic) SELECT id, 'health' FROM cities WHERE code = '12.71'`);
    await expect(runner.commitTransaction()).rejects.toThrow(/practices_have_text|no text/);
    await runner.release();
  });
});

describe('the workflow', () => {
  it('goes draft → in review → published, mails the author at each step and keeps a revision', async () => {
    const p = await create();
    const submitted = await editor.gql(SUBMIT, { input: { practiceId: p.id, expectedVersion: 1 } });
    expect(submitted.data?.submitPractice.practice).toMatchObject({ state: 'IN_REVIEW', version: 2 });
    expect((await lastMail(EDITOR_EMAIL)).subject).toContain('dikirim untuk ditinjau');

    const queue = await admin.gql(`{ practicesToReview(first: 100) { nodes { id } } }`);
    expect(queue.data?.practicesToReview.nodes).toContainEqual({ id: p.id });
    expect((await editor.gql(`{ practicesToReview(first: 100) { nodes { id } } }`)).data?.practicesToReview.nodes).toEqual([]);

    const actions = `query($id: ID!) { practice(id: $id) { allowedActions } }`;
    expect((await admin.gql(actions, { id: p.id })).data?.practice.allowedActions).toEqual(
      expect.arrayContaining(['PRACTICE_EDIT', 'PRACTICE_PUBLISH', 'PRACTICE_RETURN', 'PRACTICE_ARCHIVE']),
    );
    expect((await admin.gql(actions, { id: p.id })).data?.practice.allowedActions).not.toContain('PRACTICE_SUBMIT');
    expect((await editor.gql(actions, { id: p.id })).data?.practice.allowedActions).not.toContain('PRACTICE_PUBLISH');
    const res = await admin.gql(PUBLISH, { input: { practiceId: p.id, comment: 'Bagus.' } });
    expect(res.data?.publishPractice.practice).toMatchObject({ state: 'PUBLISHED', reviewComment: 'Bagus.' });
    expect((await lastMail(EDITOR_EMAIL)).subject).toContain('telah terbit');
    const seen = (await t.gql(PRACTICE, { id: p.id })).data?.practice;
    expect(seen).toMatchObject({ state: 'PUBLISHED', reviewComment: null }); // the reviewer's words are for the writers
    const list = await t.gql(`{ practices(first: 100) { nodes { id } } }`);
    expect(list.data?.practices.nodes).toContainEqual({ id: p.id });
    const revisions = await t.gql(`query($id: ID!) { practiceRevisions(practiceId: $id) { number practice { state texts { title } } } }`, { id: p.id });
    expect(revisions.data?.practiceRevisions).toEqual([{ number: 1, practice: { state: 'PUBLISHED', texts: [{ title: p.texts[0].title }] } }]);
  });

  it('sends a practice back only with a comment, which the author sees on the practice and in the mail', async () => {
    const p = await create();
    await editor.gql(SUBMIT, { input: { practiceId: p.id } });
    const empty = await admin.gql(RETURN, { input: { practiceId: p.id, comment: '  ' } });
    expect(empty.data?.returnPractice.userErrors).toEqual([expect.objectContaining({ field: 'comment', code: 'REQUIRED' })]);
    const res = await admin.gql(RETURN, { input: { practiceId: p.id, comment: 'Lengkapi biaya per tahun.' } });
    expect(res.data?.returnPractice.practice).toMatchObject({ state: 'DRAFT', reviewComment: 'Lengkapi biaya per tahun.' });
    expect((await editor.gql(PRACTICE, { id: p.id })).data?.practice.reviewComment).toBe('Lengkapi biaya per tahun.');
    expect((await lastMail(EDITOR_EMAIL)).text_body).toContain('Lengkapi biaya per tahun.');
  });

  it('mails the author in the language of the request', async () => {
    const english = t.client('en');
    await english.gql(`mutation { signIn(input: { email: "admin.medan@citybridge.demo", password: "Demo-Admin-Medan-Kota-2026" }) { user { id } } }`);
    const p = await create();
    await editor.gql(SUBMIT, { input: { practiceId: p.id } });
    const res = await english.gql(RETURN, { input: { practiceId: p.id, comment: 'Add the yearly cost.' } });
    expect(res.data?.returnPractice.userErrors).toEqual([]);
    const mail = await lastMail(EDITOR_EMAIL);
    expect(mail.subject).toBe(`Practice "${p.texts[0].title}" sent back for changes`);
    expect(mail.text_body).toContain("Reviewer's note: Add the yearly cost.");
  });

  it('refuses a step from the wrong state, naming the state', async () => {
    const p = await create();
    const res = await admin.gql(PUBLISH, { input: { practiceId: p.id } });
    expect(res.data?.publishPractice).toEqual({ practice: null, userErrors: [expect.objectContaining({ field: 'practiceId', code: 'PRACTICE_WRONG_STATE' })] });
    expect(res.data?.publishPractice.userErrors[0].message).toContain('draf');
  });

  it('keeps a revision for every change of a published practice and shows the difference', async () => {
    const p = await published();
    const res = await editor.gql(UPDATE, {
      input: { ...fieldsOf(input()), practiceId: p.id, expectedVersion: p.version, texts: [text({ title: 'Pengelolaan aset dengan kartu inventaris digital' })] },
    });
    expect(res.data?.updatePractice.practice).toMatchObject({ state: 'PUBLISHED', version: p.version + 1 });
    const diff = await t.gql(`query($id: ID!) { practiceRevisionDiff(practiceId: $id, from: 1, to: 2) { fields { field language parts { change text } } } }`, { id: p.id });
    expect(diff.data?.practiceRevisionDiff.fields).toEqual([
      { field: 'texts.title', language: 'ID', parts: [{ change: 'SAME', text: 'Pengelolaan aset dengan kartu inventaris ' }, { change: 'ADDED', text: 'digital' }] },
    ]);
  });
});

describe('bad input: a clear error naming the field, nothing stored', () => {
  it.each([
    ['a title of 10,000 characters', { texts: [text({ title: 'x'.repeat(10_000) })] }, 'texts.0.title', 'TOO_LONG'],
    ['an unknown SDG', { sdgs: [3, 18] }, 'sdgs', 'UNKNOWN_SDG'],
    ['an unknown dimension', { dimensions: ['governance', 'happiness'] }, 'dimensions', 'UNKNOWN_DIMENSION'],
    ['an unknown topic', { topic: 'astrology' }, 'topic', 'UNKNOWN_TOPIC'],
    ['no text at all', { texts: [] }, 'texts', 'TEXT_REQUIRED'],
    ['a javascript: link', { links: [{ url: 'javascript:alert(1)' }] }, 'links.0.url', 'INVALID_URL'],
    ['an end before the start', { startYear: 2020, endYear: 2019 }, 'endYear', 'END_BEFORE_START'],
    ['a cost without currency', { costCurrency: null }, 'costCurrency', 'CURRENCY_REQUIRED'],
  ])('%s', async (_name, over, field, code) => {
    const before = await count();
    const res = await editor.gql(CREATE, { input: input(over) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createPractice.practice).toBeNull();
    expect(res.data?.createPractice.userErrors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await count()).toBe(before);
  });

  it('names the limit of a too long title in the language of the request', async () => {
    const english = await t.signedIn('admin.medan@citybridge.demo', 'Demo-Admin-Medan-Kota-2026');
    const res = await english.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', 'true')
      .set('accept-language', 'en')
      .send({ query: CREATE, variables: { input: input({ texts: [text({ title: 'x'.repeat(10_000) })] }) } });
    expect(res.body.data.createPractice.userErrors).toEqual([{ field: 'texts.0.title', code: 'TOO_LONG', message: 'Too long (at most 200 characters).' }]);
  });

  it("refuses to publish another city's practice and changes nothing", async () => {
    const p = await create();
    await editor.gql(SUBMIT, { input: { practiceId: p.id } });
    const res = await solokAdmin.gql(PUBLISH, { input: { practiceId: p.id } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query(`SELECT state, version FROM practices WHERE id = $1`, [p.id]);
    expect(row).toEqual({ state: 'in_review', version: 2 });
    expect(await t.dataSource.query(`SELECT 1 FROM practice_revisions WHERE practice_id = $1`, [p.id])).toEqual([]);
  });

  it('keeps an archived practice readable by its address only if it was published', async () => {
    const draft = await create();
    await admin.gql(ARCHIVE, { input: { practiceId: draft.id } });
    expect((await t.gql(PRACTICE, { id: draft.id })).data?.practice).toBeNull();
    const p = await published();
    await admin.gql(ARCHIVE, { input: { practiceId: p.id } });
    expect((await t.gql(PRACTICE, { id: p.id })).data?.practice.state).toBe('ARCHIVED');
    expect((await t.gql(`{ practices(first: 100) { nodes { id } } }`)).data?.practices.nodes).not.toContainEqual({ id: p.id });
  });

  it('refuses to edit or submit an archived practice', async () => {
    const p = await create();
    const archived = await admin.gql(ARCHIVE, { input: { practiceId: p.id } });
    expect(archived.data?.archivePractice.practice.state).toBe('ARCHIVED');
    const edit = await editor.gql(UPDATE, { input: { ...fieldsOf(input()), practiceId: p.id, expectedVersion: 2, texts: [text({ title: 'Baru' })] } });
    expect(edit.data?.updatePractice).toEqual({ practice: null, userErrors: [expect.objectContaining({ field: 'practiceId', code: 'PRACTICE_ARCHIVED' })] });
    const submit = await editor.gql(SUBMIT, { input: { practiceId: p.id } });
    expect(submit.data?.submitPractice.userErrors).toEqual([expect.objectContaining({ code: 'PRACTICE_ARCHIVED' })]);
    expect((await t.dataSource.query(`SELECT title FROM practice_texts WHERE practice_id = $1`, [p.id]))[0].title).toBe(p.texts[0].title);
  });

  it('refuses the second of two saves from the same version with STALE_VERSION and the current version', async () => {
    const p = await create();
    const save = (title: string) => editor.gql(UPDATE, { input: { ...fieldsOf(input()), practiceId: p.id, expectedVersion: 1, texts: [text({ title })] } });
    expect((await save('Versi Ani')).data?.updatePractice.userErrors).toEqual([]);
    const second = await save('Versi Budi');
    expect(second.data?.updatePractice.practice).toBeNull();
    expect(second.data?.updatePractice.userErrors).toEqual([expect.objectContaining({ field: 'expectedVersion', code: 'STALE_VERSION' })]);
    expect(second.data?.updatePractice.userErrors[0].message).toContain('versi 2');
    expect((await t.dataSource.query(`SELECT title FROM practice_texts WHERE practice_id = $1`, [p.id]))[0].title).toBe('Versi Ani');
  });

  it('answers NOT_FOUND for a practice that does not exist', async () => {
    const res = await editor.gql(SUBMIT, { input: { practiceId: '00000000-0000-4000-8000-000000000000' } });
    expect(res.data?.submitPractice.userErrors).toEqual([expect.objectContaining({ field: 'practiceId', code: 'NOT_FOUND' })]);
  });
});

describe('demo data', () => {
  it("has Kota Medan's practices from the 2018 article, marked demo and saying where they come from", async () => {
    const res = await t.gql(`{ practices(filter: { citySlug: "kota-medan" }, first: 100) { nodes { isDemo texts { language title summary } } } }`);
    const medan = res.data?.practices.nodes.filter((n: { isDemo: boolean }) => n.isDemo);
    const titles = medan.flatMap((n: { texts: { title: string }[] }) => n.texts.map((x) => x.title));
    expect(titles).toEqual(expect.arrayContaining(['Pengelolaan aset daerah Kota Medan', 'Aplikasi Medan Rumah Kita', 'Data Center dan Command Center Kota Medan']));
    for (const n of medan) expect(n.texts[0].summary).toMatch(/Teks demo.*2018/);
  });

  it('marks every demo practice as demo and has more than a dozen across cities', async () => {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n, count(DISTINCT city_id)::int AS cities, bool_and(is_demo) AS all_demo FROM practices WHERE author_id IS NULL OR is_demo`);
    expect(row.all_demo).toBe(true);
    expect(row.n).toBeGreaterThanOrEqual(15);
    expect(row.cities).toBeGreaterThanOrEqual(12);
  });

  it('lets the demo editor of Kota Solok sign in', async () => {
    const solokEditor = await t.signedIn('editor.solok@citybridge.demo', 'Demo-Editor-Solok-2026');
    const me = await solokEditor.gql(`{ me { memberships { role city { slug } } } }`);
    expect(me.data?.me.memberships).toEqual([{ role: 'EDITOR', city: { slug: 'kota-solok' } }]);
  });

  it('labels the topics in the language of the request', async () => {
    const res = await t.client('en').gql(`{ practiceTopics { code label } }`);
    expect(res.data?.practiceTopics).toContainEqual({ code: 'finance_assets', label: 'Regional finance and assets' });
  });
});
