import { startTestApp, TestApp, type TestClient } from '../../../test/support/test-app';
import type { CityFixture, UserFixture } from '../../../test/support/fixtures';
import { SEED_VISIT_ID } from './demo-data/demo-visits';
import { VisitReminders } from './visit-reminders.service';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Pair {
  visiting: CityFixture;
  host: CityFixture;
  visitingAdmin: UserFixture;
  visitingEditor: UserFixture;
  visitingMember: UserFixture;
  hostAdmin: UserFixture;
}

/** Two fresh cities with an admin and an editor on the visiting side and an admin on the host side. */
async function pair(): Promise<Pair> {
  const visiting = await t.fixtures.city();
  const host = await t.fixtures.city();
  return {
    visiting,
    host,
    visitingAdmin: await t.fixtures.user({ role: 'ADMIN', city: visiting.slug }),
    visitingEditor: await t.fixtures.user({ role: 'EDITOR', city: visiting.slug }),
    visitingMember: await t.fixtures.user({ role: 'MEMBER', city: visiting.slug }),
    hostAdmin: await t.fixtures.user({ role: 'ADMIN', city: host.slug }),
  };
}

/** A visit written straight into the database, with three delegates; a confirmed one holds its booking. */
async function visit(p: Pair, state: string, slot: { startsAt: string; endsAt: string } | null, travelBudget: number | null = null): Promise<string> {
  const [v] = await t.dataSource.query(
    `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, starts_at, ends_at, host_time_zone, travel_budget)
     VALUES ($1, $2, $3, 'Belajar pengelolaan aset', $4, $5, 'Asia/Jakarta', $6) RETURNING id`,
    [p.visiting.id, p.host.id, state, slot?.startsAt ?? null, slot?.endsAt ?? null, travelBudget],
  );
  for (const [i, name] of ['Ketua', 'Anggota Satu', 'Anggota Dua'].entries()) {
    await t.dataSource.query(`INSERT INTO visit_delegates (visit_id, position, name, title, agency, is_leader) VALUES ($1, $2, $3, 'Kepala', 'Bappeda', $4)`, [v.id, i + 1, name, i === 0]);
  }
  if (state === 'confirmed' && slot) {
    await t.dataSource.query(`INSERT INTO visit_bookings (visit_id, host_city_id, during, lane) VALUES ($1, $2, tstzrange($3, $4), 1)`, [v.id, p.host.id, slot.startsAt, slot.endsAt]);
  }
  return v.id;
}

/** A published practice of the host city that the visiting city may adopt. */
async function hostPractice(p: Pair, title = 'Praktik tuan rumah'): Promise<string> {
  const [row] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at) VALUES ($1, 'finance_assets', 'published', now()) RETURNING id)
     INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', $2 FROM p RETURNING practice_id AS id`,
    [p.host.id, title],
  );
  return row.id;
}

const notices = (userId: string, kind?: string) =>
  t.dataSource.query(`SELECT kind, subject_id AS "subjectId" FROM notifications WHERE user_id = $1 ${kind ? 'AND kind = $2' : ''} ORDER BY created_at`, kind ? [userId, kind] : [userId]);
const mailsTo = (email: string) => t.dataSource.query(`SELECT subject, text_body AS text FROM outbox_emails WHERE to_address = $1 ORDER BY created_at`, [email]);
const signIn = (u: UserFixture): Promise<TestClient> => t.signedIn(u.email, u.password);
const inDays = (days: number, hours = 0) => new Date(Date.now() + (days * 24 + hours) * 3600_000).toISOString();

describe('notices of a visit step', () => {
  it("tells the visiting city's admins and editors of the host's cancel, in the app and by mail, and not the host", async () => {
    const p = await pair();
    const id = await visit(p, 'confirmed', { startsAt: inDays(20), endsAt: inDays(20, 3) });
    const host = await signIn(p.hostAdmin);
    const res = await host.gql(`mutation($id: ID!) { cancelVisit(input: { visitId: $id, reason: "Banjir" }) { visit { state } userErrors { code } } }`, { id });
    expect(res.data?.cancelVisit).toEqual({ visit: { state: 'CANCELLED' }, userErrors: [] });

    for (const u of [p.visitingAdmin, p.visitingEditor]) {
      expect(await notices(u.id)).toEqual([{ kind: 'visit.cancelled', subjectId: id }]);
      const [mail] = await mailsTo(u.email);
      expect(mail.subject).toBe(`Kunjungan ${p.visiting.name} ke ${p.host.name} dibatalkan`);
      expect(mail.text).toContain(`/kunjungan/${id}`);
    }
    expect(await notices(p.visitingMember.id)).toEqual([]);
    expect(await notices(p.hostAdmin.id)).toEqual([]);
    expect(await mailsTo(p.hostAdmin.email)).toEqual([]);

    const editor = await signIn(p.visitingEditor);
    const bell = await editor.gql(`{ unreadNotificationCount notifications { nodes { title link } } }`);
    expect(bell.data).toEqual({
      unreadNotificationCount: 1,
      notifications: { nodes: [{ title: `Kunjungan ${p.visiting.name} ke ${p.host.name} dibatalkan`, link: `/kunjungan/${id}` }] },
    });
  });

  it("tells the host's admins of the visiting city's withdrawal; a step that fails tells no one", async () => {
    const p = await pair();
    const id = await visit(p, 'requested', null);
    await t.dataSource.query(`INSERT INTO visit_windows (visit_id, round, position, starts_at, ends_at, proposed_by) VALUES ($1, 1, 1, $2, $3, 'visiting')`, [id, inDays(30), inDays(30, 2)]);
    const editor = await signIn(p.visitingEditor);
    const wrong = await editor.gql(`mutation($id: ID!) { completeVisit(input: { visitId: $id }) { userErrors { code } } }`, { id });
    expect(wrong.data?.completeVisit.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    expect(await notices(p.hostAdmin.id)).toEqual([]);

    const res = await editor.gql(`mutation($id: ID!) { withdrawVisit(input: { visitId: $id, reason: "Anggaran" }) { visit { state } userErrors { code } } }`, { id });
    expect(res.data?.withdrawVisit.visit).toEqual({ state: 'WITHDRAWN' });
    expect(await notices(p.hostAdmin.id)).toEqual([{ kind: 'visit.withdrawn', subjectId: id }]);
    expect(await notices(p.visitingAdmin.id)).toEqual([]);
    expect(await mailsTo(p.hostAdmin.email)).toHaveLength(1);
  });
});

describe('reminders', () => {
  it('reminds three days and one day before a confirmed visit, each once however often the job runs', async () => {
    const p = await pair();
    const startsAt = inDays(2, 12);
    const id = await visit(p, 'confirmed', { startsAt, endsAt: new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString() });
    const reminders = t.app.get(VisitReminders);
    await reminders.run(new Date());
    await reminders.run(new Date());
    for (const u of [p.visitingAdmin, p.visitingEditor, p.hostAdmin]) expect(await notices(u.id, 'visit.reminder')).toEqual([{ kind: 'visit.reminder', subjectId: id }]);
    expect((await mailsTo(p.hostAdmin.email)).map((m: { subject: string }) => m.subject)).toEqual([`Kunjungan ${p.visiting.name} ke ${p.host.name} 3 hari lagi`]);

    // Two days on, the one-day reminder; again only once.
    const later = new Date(Date.now() + 2 * 24 * 3600_000);
    await Promise.all([reminders.run(later), reminders.run(later)]);
    const sent = await t.dataSource.query(`SELECT kind, sequence FROM visit_reminders_sent WHERE visit_id = $1 ORDER BY kind`, [id]);
    expect(sent).toEqual([
      { kind: 'before-1d', sequence: 0 },
      { kind: 'before-3d', sequence: 0 },
    ]);
    expect(await notices(p.hostAdmin.id, 'visit.reminder')).toHaveLength(2);
    expect((await mailsTo(p.hostAdmin.email)).at(-1).subject).toBe(`Kunjungan ${p.visiting.name} ke ${p.host.name} 1 hari lagi`);
  });

  it('reminds of the follow-up plan 3 months after the report while actions are open, once', async () => {
    const p = await pair();
    const id = await visit(p, 'completed', { startsAt: '2026-01-06T02:00:00Z', endsAt: '2026-01-06T05:00:00Z' });
    await t.dataSource.query(`INSERT INTO visit_reports (visit_id, summary, filed_at) VALUES ($1, 'Ringkasan', now() - interval '3 months 2 days')`, [id]);
    await t.dataSource.query(`INSERT INTO visit_follow_ups (visit_id, position, action, owner_agency, status) VALUES ($1, 1, 'Susun perwali', 'Bagian Hukum', 'in_progress')`, [id]);
    const reminders = t.app.get(VisitReminders);
    await reminders.run();
    await reminders.run();
    expect(await notices(p.visitingEditor.id, 'visit.followUpReminder')).toEqual([{ kind: 'visit.followUpReminder', subjectId: id }]);
    expect(await notices(p.hostAdmin.id, 'visit.followUpReminder')).toEqual([]);
    const [mail] = await mailsTo(p.visitingAdmin.email);
    expect(mail.subject).toBe(`Rencana tindak lanjut kunjungan ke ${p.host.name}: 3 bulan`);
    expect(mail.text).toContain(`/kunjungan/${id}/laporan`);
  });
});

const REPORT = `mutation($input: FileVisitReportInput!) { fileVisitReport(input: $input) {
  visit { id report { summary learnings followUps { id action ownerAgency dueOn status } isDemo } adoptions { status practice { id } }
          cost { delegationSize days travelBudget currency adoptionCount costPerAdoption } }
  userErrors { field code } } }`;

describe('the report after a visit', () => {
  it('files a report with follow-up actions and an adoption linked to the visit, and tells the host', async () => {
    const p = await pair();
    const practiceId = await hostPractice(p);
    const id = await visit(p, 'completed', { startsAt: '2026-03-03T02:00:00Z', endsAt: '2026-03-04T05:00:00Z' }, 30_000_000);
    const editor = await signIn(p.visitingEditor);
    const input = {
      visitId: id,
      summary: 'Belajar inventarisasi aset.',
      learnings: 'Catat dulu, baru manfaatkan.',
      followUps: [
        { action: 'Inventarisasi aset per OPD', ownerAgency: 'BPKAD', dueOn: '2026-09-30', status: 'PLANNED' },
        { action: 'Kajian aplikasi aset', ownerAgency: 'Diskominfo', status: 'IN_PROGRESS' },
      ],
      adoptions: [{ practiceId, status: 'IN_PROGRESS', adoptedOn: '2026-03-10' }],
    };
    const res = await editor.gql(REPORT, { input });
    expect(res.data?.fileVisitReport.userErrors).toEqual([]);
    const v = res.data?.fileVisitReport.visit;
    expect(v.report).toMatchObject({ summary: 'Belajar inventarisasi aset.', learnings: 'Catat dulu, baru manfaatkan.', isDemo: false });
    expect(v.report.followUps.map((f: { action: string; dueOn: string | null; status: string }) => [f.action, f.dueOn, f.status])).toEqual([
      ['Inventarisasi aset per OPD', '2026-09-30', 'PLANNED'],
      ['Kajian aplikasi aset', null, 'IN_PROGRESS'],
    ]);
    expect(v.adoptions).toEqual([{ status: 'IN_PROGRESS', practice: { id: practiceId } }]);
    expect(v.cost).toEqual({ delegationSize: 3, days: 2, travelBudget: 30_000_000, currency: 'IDR', adoptionCount: 1, costPerAdoption: 30_000_000 });
    const [adoption] = await t.dataSource.query(`SELECT a.status, a.city_id FROM practice_adoptions a JOIN visit_adoptions va ON va.adoption_id = a.id WHERE va.visit_id = $1`, [id]);
    expect(adoption).toEqual({ status: 'in_progress', city_id: p.visiting.id });
    expect(await notices(p.hostAdmin.id)).toEqual([{ kind: 'visit.reported', subjectId: id }]);
    const [event] = await t.dataSource.query(`SELECT action, side FROM visit_events WHERE visit_id = $1 AND action = 'REPORT'`, [id]);
    expect(event).toEqual({ action: 'REPORT', side: 'visiting' });

    // Filed again: a kept action keeps its id, the adoption is linked once, the host is not told twice.
    const kept = v.report.followUps[0];
    const again = await editor.gql(REPORT, { input: { ...input, followUps: [{ ...input.followUps[0], id: kept.id, status: 'DONE' }] } });
    expect(again.data?.fileVisitReport.userErrors).toEqual([]);
    expect(again.data?.fileVisitReport.visit.report.followUps).toEqual([{ ...kept, status: 'DONE' }]);
    expect(again.data?.fileVisitReport.visit.adoptions).toHaveLength(1);
    expect(await notices(p.hostAdmin.id)).toHaveLength(1);

    // The follow-up moves on alone; others see the public summary only.
    const moved = await editor.gql(`mutation($id: ID!) { updateVisitFollowUp(input: { followUpId: $id, status: DROPPED }) { followUp { status } userErrors { code } } }`, { id: kept.id });
    expect(moved.data?.updateVisitFollowUp).toEqual({ followUp: { status: 'DROPPED' }, userErrors: [] });
    const outsider = await signIn(await t.fixtures.user({ role: 'ADMIN' }));
    const seen = await outsider.gql(`{ visit(id: "${id}") { report { summary learnings followUps { id } } cost { days } } }`);
    expect(seen.data?.visit).toEqual({ report: { summary: 'Belajar inventarisasi aset.', learnings: null, followUps: null }, cost: null });
  });

  it('refuses a report before the visit is completed, a date that is no day, and a host admin', async () => {
    const p = await pair();
    const confirmed = await visit(p, 'confirmed', { startsAt: inDays(40), endsAt: inDays(40, 2) });
    const completed = await visit(p, 'completed', { startsAt: '2026-02-03T02:00:00Z', endsAt: '2026-02-03T05:00:00Z' });
    const editor = await signIn(p.visitingEditor);
    const base = { summary: 'S', learnings: 'L', followUps: [] };
    const early = await editor.gql(REPORT, { input: { ...base, visitId: confirmed } });
    expect(early.data?.fileVisitReport).toEqual({ visit: null, userErrors: [{ field: 'visitId', code: 'INVALID_TRANSITION' }] });
    const badDate = await editor.gql(REPORT, { input: { ...base, visitId: completed, followUps: [{ action: 'A', ownerAgency: 'B', dueOn: '2026-02-30', status: 'PLANNED' }] } });
    expect(badDate.data?.fileVisitReport.userErrors).toEqual([{ field: 'followUps.0.dueOn', code: 'INVALID_DATE' }]);
    const host = await signIn(p.hostAdmin);
    const refused = await host.gql(REPORT, { input: { ...base, visitId: completed } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM visit_reports WHERE visit_id = ANY($1::uuid[])`, [[confirmed, completed]])).toEqual([{ n: 0 }]);
  });
});

describe('cost beside what a visit produced', () => {
  it("gives a city's cost per adopted practice and the visits that produced no commitment, to its members", async () => {
    const p = await pair();
    const [a, b, c] = [await hostPractice(p, 'A'), await hostPractice(p, 'B'), await hostPractice(p, 'C')];
    const fruitful = await visit(p, 'completed', { startsAt: '2026-04-07T02:00:00Z', endsAt: '2026-04-07T05:00:00Z' }, 40_000_000);
    const barren = await visit(p, 'completed', { startsAt: '2026-05-05T02:00:00Z', endsAt: '2026-05-06T05:00:00Z' }, 20_000_000);
    await visit(p, 'cancelled', null, 99_000_000);
    const editor = await signIn(p.visitingEditor);
    const filed = await editor.gql(REPORT, {
      input: {
        visitId: fruitful,
        summary: 'S',
        learnings: 'L',
        followUps: [],
        adoptions: [
          { practiceId: a, status: 'DONE' },
          { practiceId: b, status: 'PLANNED' },
          { practiceId: c, status: 'DROPPED' },
        ],
      },
    });
    expect(filed.data?.fileVisitReport.visit.cost).toMatchObject({ adoptionCount: 2, costPerAdoption: 20_000_000 });

    const member = await signIn(p.visitingMember);
    const res = await member.gql(`query($slug: String!) { cityVisitOutcomes(citySlug: $slug) {
      visits { visit { id } cost { days adoptionCount costPerAdoption } followUpCount hasCommitment }
      totals { currency visitCount travelBudget adoptionCount costPerAdoption } withoutCommitment { id } } }`, { slug: p.visiting.slug });
    expect(res.errors).toBeUndefined();
    expect(res.data?.cityVisitOutcomes).toEqual({
      visits: [
        { visit: { id: barren }, cost: { days: 2, adoptionCount: 0, costPerAdoption: null }, followUpCount: 0, hasCommitment: false },
        { visit: { id: fruitful }, cost: { days: 1, adoptionCount: 2, costPerAdoption: 20_000_000 }, followUpCount: 0, hasCommitment: true },
      ],
      totals: [{ currency: 'IDR', visitCount: 2, travelBudget: 60_000_000, adoptionCount: 2, costPerAdoption: 30_000_000 }],
      withoutCommitment: [{ id: barren }],
    });
    const host = await signIn(p.hostAdmin);
    const refused = await host.gql(`query($slug: String!) { cityVisitOutcomes(citySlug: $slug) { citySlug } }`, { slug: p.visiting.slug });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the seed visit', () => {
  it('is the completed 2018 visit of Kota Solok to Kota Medan, real, with its report naming the two practices studied', async () => {
    const [row] = await t.dataSource.query(
      `SELECT v.id, v.state, v.is_demo, v.venue, to_char(v.starts_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD ID') AS day,
              (SELECT name FROM visit_delegates d WHERE d.visit_id = v.id AND d.is_leader) AS leader,
              (SELECT count(*)::int FROM visit_host_participants h WHERE h.visit_id = v.id) AS hosts
       FROM visits v JOIN cities g ON g.id = v.visiting_city_id JOIN cities h ON h.id = v.host_city_id
       WHERE g.code = '13.72' AND h.code = '12.71' AND v.starts_at < '2019-01-01'`,
    );
    expect(row).toMatchObject({ id: SEED_VISIT_ID, state: 'completed', is_demo: false, venue: 'Ruang Rapat I, Kantor Wali Kota Medan', day: '2018-10-05 5', leader: 'Reiner, S.T., M.M.', hosts: 5 });
    const res = await t.client().gql(`{ visit(id: "${row.id}") { state isDemo practices { texts { title } } report { summary source isDemo } adoptions { isDemo } } }`);
    expect(res.errors).toBeUndefined();
    const v = res.data?.visit;
    expect(v).toMatchObject({ state: 'COMPLETED', isDemo: false, report: { isDemo: false } });
    expect(v.practices.map((p: { texts: { title: string }[] }) => p.texts[0].title)).toEqual(['Pengelolaan aset daerah Kota Medan', 'Aplikasi Medan Rumah Kita']);
    expect(v.report.summary).toContain('pengelolaan aset daerah');
    expect(v.report.summary).toContain('Smart City');
    expect(v.report.source).toContain('Beritasumut.com');
    // The demo library's adoptions by Kota Solok of those practices are linked (and shown as demo).
    expect(v.adoptions.length).toBe(2);
    expect(v.adoptions.every((a: { isDemo: boolean }) => a.isDemo)).toBe(true);
  });

  it('gives Kota Medan weekly availability and a few upcoming demo visits between other cities', async () => {
    const [rules] = await t.dataSource.query(`SELECT count(*)::int AS n FROM visit_availability_rules r JOIN cities c ON c.id = r.city_id WHERE c.code = '12.71'`);
    expect(rules.n).toBe(5);
    const demo = await t.dataSource.query(`SELECT state FROM visits WHERE is_demo ORDER BY state`);
    expect(demo.map((d: { state: string }) => d.state)).toEqual(['confirmed', 'proposed', 'requested']);
    const [{ upcoming }] = await t.dataSource.query(`SELECT bool_and(COALESCE(starts_at, now() + interval '1 day') > now()) AS upcoming FROM visits WHERE is_demo`);
    expect(upcoming).toBe(true);
  });
});

describe('reading the report, adoptions and cost of a page of visits', () => {
  it('costs the same statements for 12 visits as for 2 (no N+1)', async () => {
    const p = await pair();
    for (let i = 0; i < 12; i += 1) {
      const id = await visit(p, 'completed', { startsAt: `2025-0${1 + (i % 9)}-0${1 + (i % 7)}T02:00:00Z`, endsAt: `2025-0${1 + (i % 9)}-0${1 + (i % 7)}T05:00:00Z` }, 10_000_000);
      await t.dataSource.query(`INSERT INTO visit_reports (visit_id, summary) VALUES ($1, 'Ringkasan')`, [id]);
      await t.dataSource.query(`INSERT INTO visit_follow_ups (visit_id, position, action, owner_agency, status) VALUES ($1, 1, 'Aksi', 'Bappeda', 'planned')`, [id]);
      const [adoption] = await t.dataSource.query(`INSERT INTO practice_adoptions (practice_id, city_id, status) VALUES ($1, $2, 'planned') RETURNING id`, [await hostPractice(p, `P${i}`), p.visiting.id]);
      await t.dataSource.query(`INSERT INTO visit_adoptions (visit_id, adoption_id) VALUES ($1, $2)`, [id, adoption.id]);
    }
    const member = await signIn(p.visitingMember);
    const page = (first: number) =>
      `{ cityVisits(citySlug: "${p.visiting.slug}", first: ${first}) { nodes { id report { summary learnings followUps { action } } adoptions { status practice { id } } cost { days costPerAdoption } } } }`;
    const statements = async (first: number) => {
      const res = await member.gql(page(first));
      expect(res.errors).toBeUndefined();
      expect(res.data?.cityVisits.nodes).toHaveLength(first);
      expect(res.data?.cityVisits.nodes.every((v: { report: { followUps: unknown[] }; cost: { costPerAdoption: number } }) => v.report.followUps.length === 1 && v.cost.costPerAdoption === 10_000_000)).toBe(true);
      return Number(res.headers['x-sql-statements']);
    };
    const two = await statements(2);
    expect(two).toBeGreaterThan(0);
    expect(await statements(12)).toBe(two);
  });
});
