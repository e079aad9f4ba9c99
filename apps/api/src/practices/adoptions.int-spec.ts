import { DEMO, startTestApp, type TestApp, type TestClient } from '../../test/support/test-app';
import { DEMO_LIBRARY } from './demo-data/demo-adoptions';

let t: TestApp;
let solokEditor: TestClient;
let medanEditor: TestClient;
let solokMember: TestClient;
let platformAdmin: TestClient;

const ADOPTION = 'id status adoptedOn notes isDemo city { slug } practice { id city { slug } }';
const RECORD = `mutation($input: RecordAdoptionInput!) { recordAdoption(input: $input) { adoption { ${ADOPTION} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { adoption { ${ADOPTION} } userErrors { field code message } } }`;
const PRACTICE = `query($id: ID!) { practice(id: $id) { adoptionCount adoptions { ${ADOPTION} } } }`;
const PROFILE = `query($slug: String!) { cityAdoptions(citySlug: $slug) { adopted { ${ADOPTION} } adoptedFromHere { ${ADOPTION} } } }`;

/** A practice of the city, in `state`, written straight into the database. */
async function practice(cityCode: string, state = 'published'): Promise<string> {
  const [p] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at) SELECT id, 'waste', $2, now() FROM cities WHERE code = $1 RETURNING id)
     INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', 'Bank sampah uji' FROM p RETURNING practice_id AS id`,
    [cityCode, state],
  );
  return p.id;
}
const MEDAN = '12.71';
const SOLOK = '13.72';
const adoptionCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM practice_adoptions`))[0].n;

beforeAll(async () => {
  t = await startTestApp();
  const editor = await t.fixtures.user({ role: 'EDITOR', city: 'kota-solok' });
  solokEditor = await t.signedIn(editor.email, editor.password);
  medanEditor = await t.signedIn(...DEMO.medanEditor);
  solokMember = await t.signedIn(...DEMO.solokMember);
  platformAdmin = await t.signedIn(...DEMO.admin);
});
afterAll(() => t.close());

describe('recording an adoption', () => {
  it("lets an editor of Kota Solok record the adoption of Medan's practice; it shows on the practice and on both cities' profiles", async () => {
    const id = await practice(MEDAN);
    const res = await solokEditor.gql(RECORD, { input: { practiceId: id, citySlug: 'kota-solok', status: 'IN_PROGRESS', adoptedOn: '2025-03-01', notes: 'Dipelajari saat kunjungan.' } });
    expect(res.data?.recordAdoption.userErrors).toEqual([]);
    const adoption = res.data?.recordAdoption.adoption;
    expect(adoption).toMatchObject({ status: 'IN_PROGRESS', adoptedOn: '2025-03-01', notes: 'Dipelajari saat kunjungan.', isDemo: false, city: { slug: 'kota-solok' }, practice: { id, city: { slug: 'kota-medan' } } });

    const page = (await t.gql(PRACTICE, { id })).data?.practice;
    expect(page.adoptionCount).toBe(1);
    expect(page.adoptions.map((a: { id: string }) => a.id)).toEqual([adoption.id]);
    const solok = (await t.gql(PROFILE, { slug: 'kota-solok' })).data?.cityAdoptions;
    expect(solok.adopted.map((a: { id: string }) => a.id)).toContain(adoption.id);
    expect(solok.adoptedFromHere.map((a: { id: string }) => a.id)).not.toContain(adoption.id);
    const medan = (await t.gql(PROFILE, { slug: 'kota-medan' })).data?.cityAdoptions;
    expect(medan.adoptedFromHere.map((a: { id: string }) => a.id)).toContain(adoption.id);
    expect(medan.adopted.map((a: { id: string }) => a.id)).not.toContain(adoption.id);
  });

  it('updates the status, and a dropped adoption no longer counts', async () => {
    const id = await practice(MEDAN);
    const recorded = await solokEditor.gql(RECORD, { input: { practiceId: id, citySlug: 'kota-solok', status: 'PLANNED' } });
    const adoptionId = recorded.data?.recordAdoption.adoption.id;
    const res = await solokEditor.gql(UPDATE, { input: { adoptionId, status: 'DROPPED', notes: 'Anggaran tidak tersedia.' } });
    expect(res.data?.updateAdoption).toMatchObject({ userErrors: [], adoption: { id: adoptionId, status: 'DROPPED', adoptedOn: null, notes: 'Anggaran tidak tersedia.' } });
    const page = (await t.gql(PRACTICE, { id })).data?.practice;
    expect(page.adoptionCount).toBe(0);
    expect(page.adoptions).toHaveLength(1);
  });

  it.each([
    ['an unknown practice', async () => '00000000-0000-4000-8000-000000000000', {}, 'practiceId', 'NOT_FOUND'],
    ['a draft', async () => practice(MEDAN, 'draft'), {}, 'practiceId', 'PRACTICE_NOT_PUBLISHED'],
    ['an archived practice', async () => practice(MEDAN, 'archived'), {}, 'practiceId', 'PRACTICE_NOT_PUBLISHED'],
    ["the city's own practice", async () => practice(SOLOK), {}, 'citySlug', 'OWN_PRACTICE'],
    ['a date that is no day', async () => practice(MEDAN), { adoptedOn: '2026-02-30' }, 'adoptedOn', 'INVALID_DATE'],
    ['a date in another format', async () => practice(MEDAN), { adoptedOn: '05/10/2018' }, 'adoptedOn', 'INVALID_DATE'],
  ])('refuses %s with a userError naming the field, and stores nothing', async (_name, practiceId, extra, field, code) => {
    const before = await adoptionCount();
    const res = await solokEditor.gql(RECORD, { input: { practiceId: await practiceId(), citySlug: 'kota-solok', status: 'PLANNED', ...extra } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordAdoption.adoption).toBeNull();
    expect(res.data?.recordAdoption.userErrors).toEqual([{ field, code, message: expect.any(String) }]);
    expect(await adoptionCount()).toBe(before);
  });

  it('refuses a second adoption of the same practice by the same city', async () => {
    const id = await practice(MEDAN);
    const input = { practiceId: id, citySlug: 'kota-solok', status: 'PLANNED' };
    expect((await solokEditor.gql(RECORD, { input })).data?.recordAdoption.userErrors).toEqual([]);
    const again = await solokEditor.gql(RECORD, { input: { ...input, status: 'DONE' } });
    expect(again.data?.recordAdoption.userErrors).toEqual([{ field: 'practiceId', code: 'ALREADY_ADOPTED', message: expect.any(String) }]);
  });

  it('keeps the rule in the database too: a city cannot adopt its own practice', async () => {
    const id = await practice(SOLOK);
    await expect(t.dataSource.query(`INSERT INTO practice_adoptions (practice_id, city_id, status) SELECT $1, id, 'planned' FROM cities WHERE code = $2`, [id, SOLOK])).rejects.toThrow(
      /own practice/,
    );
    await expect(t.dataSource.query(`INSERT INTO practice_adoptions (practice_id, city_id, status) SELECT $1, id, 'maybe' FROM cities WHERE code = $2`, [id, MEDAN])).rejects.toThrow(
      /practice_adoptions_status/,
    );
  });
});

describe('who may record and change adoptions', () => {
  it("refuses the editor of another city, a member and anonymous visitors; allows a platform admin", async () => {
    const id = await practice(MEDAN);
    const input = { practiceId: id, citySlug: 'kota-solok', status: 'PLANNED' };
    expect((await medanEditor.gql(RECORD, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await solokMember.gql(RECORD, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(RECORD, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const res = await platformAdmin.gql(RECORD, { input });
    expect(res.data?.recordAdoption.userErrors).toEqual([]);
    // Changing it belongs to the adopting city (Solok), not to the practice's (Medan).
    const adoptionId = res.data?.recordAdoption.adoption.id;
    expect((await medanEditor.gql(UPDATE, { input: { adoptionId, status: 'DONE' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await solokEditor.gql(UPDATE, { input: { adoptionId, status: 'DONE' } })).data?.updateAdoption.userErrors).toEqual([]);
  });
});

describe('demo adoptions', () => {
  it("in the demo profile: Kota Solok adopted Kota Medan's regional asset management, marked demo", async () => {
    const solok = (await t.gql(PROFILE, { slug: 'kota-solok' })).data?.cityAdoptions;
    const demo = solok.adopted.filter((a: { isDemo: boolean }) => a.isDemo);
    expect(demo.length).toBeGreaterThanOrEqual(2);
    const [asset] = await t.dataSource.query(`SELECT practice_id AS id FROM practice_texts WHERE title = 'Pengelolaan aset daerah Kota Medan'`);
    expect(demo).toContainEqual(expect.objectContaining({ status: 'IN_PROGRESS', adoptedOn: '2018-10-05', practice: { id: asset.id, city: { slug: 'kota-medan' } } }));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM practice_adoptions WHERE is_demo`);
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('in the production profile: the loader adds no adoption', async () => {
    await t.dataSource.query(`DELETE FROM practice_adoptions WHERE is_demo`);
    expect(await DEMO_LIBRARY.load(t.dataSource.manager, { production: true })).toBeNull();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM practice_adoptions WHERE is_demo`);
    expect(n).toBe(0);
  });
});
