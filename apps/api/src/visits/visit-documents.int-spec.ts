import ICAL from 'ical.js';
import type { CityFixture, UserFixture } from '../../test/support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../../test/support/test-app';
import { pdfText } from './pdf-text.testing';

let t: TestApp;
let host: CityFixture;
let visiting: CityFixture;
let hostAdmin: TestClient;
let visitingMember: TestClient;
let outsider: TestClient;
let hostAdminUser: UserFixture;
let visitingEditor: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  host = await t.fixtures.city();
  visiting = await t.fixtures.city();
  hostAdminUser = await t.fixtures.user({ role: 'ADMIN', city: host.slug });
  const member = await t.fixtures.user({ role: 'MEMBER', city: visiting.slug });
  const other = await t.fixtures.user({ role: 'ADMIN' });
  const editor = await t.fixtures.user({ role: 'EDITOR', city: visiting.slug });
  visitingEditor = await t.signedIn(editor.email, editor.password);
  hostAdmin = await t.signedIn(hostAdminUser.email, hostAdminUser.password);
  visitingMember = await t.signedIn(member.email, member.password);
  outsider = await t.signedIn(other.email, other.password);
});
afterAll(() => t.close());

interface VisitOptions {
  state?: string;
  isPrivate?: boolean;
  startsAt?: string | null;
  endsAt?: string | null;
  sequence?: number;
  purpose?: string;
}

/** A visit from `visiting` to `host` written straight into the tables, with a delegation of two and two windows. */
async function visit(options: VisitOptions = {}): Promise<string> {
  const { state = 'confirmed', isPrivate = false, startsAt = '2030-10-04T02:00:00Z', endsAt = '2030-10-04T05:00:00Z', sequence = 0, purpose = 'mempelajari pengelolaan aset daerah' } = options;
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, topics, is_private, starts_at, ends_at, host_time_zone, venue, sequence)
     VALUES ($1, $2, $3, $4, '{aset daerah,pelayanan publik}', $5, $6, $7, 'Asia/Jakarta', 'Ruang Rapat I Kantor Wali Kota', $8) RETURNING id`,
    [visiting.id, host.id, state, purpose, isPrivate, startsAt, endsAt, sequence],
  );
  await t.dataSource.query(
    `INSERT INTO visit_delegates (visit_id, position, name, title, agency, email, is_leader) VALUES
       ($1, 1, 'Reinier', 'Wakil Wali Kota', 'Pemerintah Kota', 'reinier@kota.example.id', true),
       ($1, 2, 'Nova Elfino', 'Kepala Bagian Pemerintahan', 'Sekretariat Daerah', NULL, false)`,
    [id],
  );
  await t.dataSource.query(
    `INSERT INTO visit_windows (visit_id, round, position, starts_at, ends_at, proposed_by) VALUES
       ($1, 1, 1, '2030-10-04T02:00:00Z', '2030-10-04T05:00:00Z', 'visiting'), ($1, 1, 2, '2030-10-07T01:00:00Z', '2030-10-07T04:00:00Z', 'visiting')`,
    [id],
  );
  await t.dataSource.query(`INSERT INTO visit_host_participants (visit_id, position, name, title, agency) VALUES ($1, 1, 'Renward Parapat', 'Asisten Administrasi Umum', 'Sekretariat Daerah')`, [id]);
  if (state === 'confirmed') await t.dataSource.query(`INSERT INTO visit_events (visit_id, at, action, from_state, to_state) VALUES ($1, '2030-09-25T03:00:00Z', 'CONFIRM', 'requested', 'confirmed')`, [id]);
  return id;
}

const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return { calendar, events, byUid: (id: string) => events.find((e) => e.uid.startsWith(`visit-${id}@`)) };
}

async function feedUrl(client: TestClient): Promise<string> {
  const res = await client.gql<{ calendarFeed: { url: string; publicUrl: string } }>(`query($s: String!) { calendarFeed(citySlug: $s) { url publicUrl } }`, { s: host.slug });
  expect(res.errors).toBeUndefined();
  return res.data?.calendarFeed.url as string;
}

describe('the city feed', () => {
  it('with its token: every visit with a slot, private ones and attendees included; without: the public visits only', async () => {
    const open = await visit();
    const secret = await visit({ isPrivate: true, purpose: 'rahasia: kunjungan privat' });
    const url = await feedUrl(hostAdmin);
    expect(url).toMatch(new RegExp(`/calendar/cities/${host.slug}\\.ics\\?token=[\\w-]{40,}$`));
    expect(await feedUrl(hostAdmin)).toBe(url); // the same link until rotated

    const full = await t.http().get(pathOf(url));
    expect(full.status).toBe(200);
    expect(full.headers['content-type']).toMatch(/^text\/calendar/);
    const withToken = parse(full.text);
    expect(withToken.calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Kunjungan kerja ${host.name}`);
    expect(withToken.byUid(secret)?.component.getFirstPropertyValue('class')).toBe('PRIVATE');
    const event = withToken.byUid(open);
    expect(event?.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:reinier@kota.example.id']);
    expect(event?.location).toBe('Ruang Rapat I Kantor Wali Kota');
    expect(event?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2030-10-04T02:00:00.000Z');

    const anonymous = await t.http().get(`/calendar/cities/${host.slug}.ics`);
    expect(anonymous.status).toBe(200);
    const publicFeed = parse(anonymous.text);
    expect(publicFeed.byUid(open)?.attendees).toEqual([]);
    expect(publicFeed.byUid(secret)).toBeUndefined();
    expect(anonymous.text).not.toContain('rahasia');
    // The visiting city's public feed has it too.
    expect(parse((await t.http().get(`/calendar/cities/${visiting.slug}.ics`)).text).byUid(open)).toBeDefined();
  });

  it('refuses a wrong token and, after rotating, the old one, with a clear text that leaks nothing', async () => {
    await visit({ isPrivate: true, purpose: 'rahasia: tidak boleh bocor' });
    const old = await feedUrl(hostAdmin);
    const wrong = await t.http().get(`/calendar/cities/${host.slug}.ics?token=not-the-token`);
    expect(wrong.status).toBe(403);
    expect(wrong.text).toBe('Tautan kalender ini tidak berlaku (salah atau sudah diganti). Mintalah tautan baru kepada admin kota.');

    const rotated = await hostAdmin.gql<{ rotateCalendarFeedToken: { feed: { url: string }; userErrors: unknown[] } }>(
      `mutation($s: String!) { rotateCalendarFeedToken(input: { citySlug: $s }) { feed { url } userErrors { field code } } }`,
      { s: host.slug },
    );
    expect(rotated.data?.rotateCalendarFeedToken.userErrors).toEqual([]);
    const fresh = rotated.data?.rotateCalendarFeedToken.feed.url as string;
    expect(fresh).not.toBe(old);
    const refused = await t.http().get(pathOf(old)).set('accept-language', 'en');
    expect(refused.status).toBe(403);
    expect(refused.text).toBe("This calendar link is not valid (wrong or replaced). Ask the city's admin for the new link.");
    expect(refused.text).not.toContain('rahasia');
    expect((await t.http().get(pathOf(fresh))).text).toContain('rahasia: tidak boleh bocor');
    expect(await feedUrl(hostAdmin)).toBe(fresh);
    // Only the hash is stored.
    const [row] = await t.dataSource.query(`SELECT token_hash FROM calendar_feed_tokens WHERE city_id = $1`, [host.id]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(fresh).not.toContain(row.token_hash);

    expect((await t.http().get('/calendar/cities/no-such-city.ics')).status).toBe(404);
    const unknown = await hostAdmin.gql(`mutation { rotateCalendarFeedToken(input: { citySlug: "no-such-city" }) { feed { url } userErrors { field code } } }`);
    expect(unknown.data?.rotateCalendarFeedToken).toEqual({ feed: null, userErrors: [{ field: 'citySlug', code: 'NOT_FOUND' }] });
  });
});

describe("one visit's .ics", () => {
  it('is public for a public visit (no rosters), and for members or a token holder with attendees when private', async () => {
    const open = await visit();
    const anonymous = await t.http().get(`/calendar/visits/${open}.ics`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers['content-disposition']).toContain(`kunjungan-${visiting.slug}-ke-${host.slug}.ics`);
    expect(parse(anonymous.text).events[0].attendees).toEqual([]);

    const secret = await visit({ isPrivate: true });
    expect((await t.http().get(`/calendar/visits/${secret}.ics`)).status).toBe(404);
    expect((await outsider.agent.get(`/calendar/visits/${secret}.ics`)).status).toBe(404);
    const asMember = await visitingMember.agent.get(`/calendar/visits/${secret}.ics`);
    expect(asMember.status).toBe(200);
    expect(parse(asMember.text).events[0].attendees).toHaveLength(1);
    const token = new URL(await feedUrl(hostAdmin)).searchParams.get('token');
    const withToken = await t.http().get(`/calendar/visits/${secret}.ics?token=${token}`);
    expect(withToken.status).toBe(200);
    expect((await t.http().get(`/calendar/visits/${secret}.ics?token=wrong`)).status).toBe(403);
    expect((await t.http().get('/calendar/visits/not-a-uuid.ics')).status).toBe(404);
  });

  it('keeps its UID while SEQUENCE grows on reschedule and cancel, and says STATUS:CANCELLED', async () => {
    const id = await visit();
    const first = parse((await t.http().get(`/calendar/visits/${id}.ics`)).text).events[0];
    // What rescheduling and confirming again leave behind: a new slot, SEQUENCE + 1 (checked through the mutations below once they exist).
    await t.dataSource.query(`UPDATE visits SET starts_at = '2030-10-07T01:00:00Z', ends_at = '2030-10-07T04:00:00Z', sequence = sequence + 1, updated_at = now() WHERE id = $1`, [id]);
    const moved = parse((await t.http().get(`/calendar/visits/${id}.ics`)).text).events[0];
    await t.dataSource.query(`UPDATE visits SET state = 'cancelled', sequence = sequence + 1, updated_at = now() WHERE id = $1`, [id]);
    const cancelled = parse((await visitingMember.agent.get(`/calendar/visits/${id}.ics`)).text).events[0];
    expect([first.uid, moved.uid, cancelled.uid]).toEqual([first.uid, first.uid, first.uid]);
    expect([first.sequence, moved.sequence, cancelled.sequence]).toEqual([0, 1, 2]);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2030-10-07T01:00:00.000Z');
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});

describe('the letters', () => {
  const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  };

  it('gives members of either city the request letter as a PDF that reads back with the purpose, the delegation and the dates', async () => {
    const id = await visit({ state: 'requested', startsAt: null, endsAt: null, purpose: 'mempelajari sistem informasi aset daerah' });
    const res = await visitingMember.agent.get(`/visits/${id}/letter.pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`Surat Permohonan Kunjungan Kerja ${visiting.name} ke ${host.name}.pdf`)}`);
    const text = await pdfText(res.body);
    expect(text).toContain(`PEMERINTAH ${visiting.name.toUpperCase()}`);
    expect(text).toContain('Permohonan Kunjungan Kerja');
    expect(text).toContain('mempelajari sistem informasi aset daerah');
    for (const part of ['Reinier (Ketua Rombongan)', 'Wakil Wali Kota', 'Nova Elfino', 'Kepala Bagian Pemerintahan']) expect(text).toContain(part);
    expect(text).toContain('Jumat, 4 Oktober 2030, pukul 09.00–12.00 WIB');
    expect(text).toContain('Senin, 7 Oktober 2030, pukul 08.00–11.00 WIB');

    expect((await hostAdmin.agent.get(`/visits/${id}/letter.pdf`)).status).toBe(200);
    expect((await t.http().get(`/visits/${id}/letter.pdf`)).status).toBe(401);
    const stranger = await outsider.agent.get(`/visits/${id}/letter.pdf`);
    expect(stranger.status).toBe(404);
    expect(stranger.text).not.toContain('aset');
    const early = await visitingMember.agent.get(`/visits/${id}/acceptance.pdf`);
    expect(early.status).toBe(409);
    expect(early.text).toBe('Surat persetujuan baru tersedia setelah tuan rumah mengonfirmasi kunjungan.');
  });

  it("gives the host's acceptance after confirmation, with the confirmed slot and the venue", async () => {
    const id = await visit({ purpose: 'mempelajari pelayanan perizinan' });
    const res = await hostAdmin.agent.get(`/visits/${id}/acceptance.pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const text = await pdfText(res.body);
    expect(text).toContain(`PEMERINTAH ${host.name.toUpperCase()}`);
    expect(text).toContain('Persetujuan Kunjungan Kerja');
    expect(text).toContain('25 September 2030');
    expect(text).toContain('mempelajari pelayanan perizinan');
    expect(text).toContain('Jumat, 4 Oktober 2030');
    expect(text).toContain('09.00–12.00 WIB');
    expect(text).toContain('Ruang Rapat I Kantor Wali Kota');
    expect(text).toContain('2 orang, dipimpin oleh Reinier (Wakil Wali Kota)');
  });
});

/** A weekday (Monday–Friday) about `days` ahead, as a local date "YYYY-MM-DD" in WIB. */
function weekdayAhead(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('through the workflow', () => {
  const FIELDS = 'visit { id state sequence windows { id } } userErrors { field code }';
  async function act(client: TestClient, mutation: string, input: Record<string, unknown>, inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`) {
    const res = await client.gql(`mutation($i: ${inputType}!) { ${mutation}(input: $i) { ${FIELDS} } }`, { i: input });
    expect(res.errors).toBeUndefined();
    const payload = res.data?.[mutation];
    expect(payload.userErrors).toEqual([]);
    return payload.visit as { id: string; state: string; sequence: number; windows: { id: string }[] };
  }
  const icsOf = async (id: string) => parse((await visitingEditor.agent.get(`/calendar/visits/${id}.ics`)).text).events[0];

  it('request, confirm, reschedule, accept, cancel: the .ics keeps its UID, SEQUENCE grows, and it ends CANCELLED', async () => {
    const [[h], [v]] = await Promise.all([host.id, visiting.id].map((id) => t.dataSource.query(`SELECT code FROM city_refs WHERE id = $1`, [id])));
    const first = weekdayAhead(14);
    const second = weekdayAhead(21);
    const requested = await act(visitingEditor, 'requestVisit', {
      visitingCityId: v.code,
      hostCityId: h.code,
      purpose: 'mempelajari sistem informasi aset daerah',
      windows: [{ start: `${first}T09:00`, end: `${first}T12:00` }],
      delegation: [{ name: 'Reinier', title: 'Wakil Wali Kota', agency: 'Pemerintah Kota', email: 'reinier@kota.example.id', isLeader: true }],
    });
    expect((await visitingEditor.agent.get(`/calendar/visits/${requested.id}.ics`)).status).toBe(404); // no slot yet
    const confirmed = await act(hostAdmin, 'confirmVisit', { visitId: requested.id, windowId: requested.windows[0].id, venue: 'Ruang Rapat I' });
    const a = await icsOf(confirmed.id);
    expect(a.startDate.toJSDate().toISOString()).toBe(new Date(`${first}T02:00:00Z`).toISOString());
    expect(a.location).toBe('Ruang Rapat I');
    expect(a.attendees.map((x) => String(x.getFirstValue()).toLowerCase())).toEqual(['mailto:reinier@kota.example.id']);

    const proposed = await act(hostAdmin, 'rescheduleVisit', { visitId: confirmed.id, windows: [{ start: `${second}T10:00`, end: `${second}T13:00` }], reason: 'bentrok agenda' });
    expect(proposed.state).toBe('PROPOSED');
    const again = await act(visitingEditor, 'acceptVisitProposal', { visitId: proposed.id, windowId: proposed.windows[0].id });
    const b = await icsOf(again.id);
    expect(b.uid).toBe(a.uid);
    expect(b.sequence).toBeGreaterThan(a.sequence);
    expect(b.sequence).toBe(again.sequence);
    expect(b.startDate.toJSDate().toISOString()).toBe(new Date(`${second}T03:00:00Z`).toISOString());
    expect(b.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

    const cancelled = await act(visitingEditor, 'cancelVisit', { visitId: again.id, reason: 'anggaran' }, 'VisitReasonInput');
    const c = await icsOf(cancelled.id);
    expect(c.uid).toBe(a.uid);
    expect(c.sequence).toBeGreaterThan(b.sequence);
    expect(c.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
