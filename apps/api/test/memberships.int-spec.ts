import type { CityFixture } from './support/fixtures';
import { startTestApp, TestApp, TestClient } from './support/test-app';

// Every test makes its own accounts and takes a city nobody else in this file uses, so each runs
// alone (-t) and in any order.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const REQUEST = `mutation($slug: String!, $mail: String) { requestCityRepresentation(input: { citySlug: $slug, message: "Saya Kepala Dinas Kominfo", officialEmail: $mail }) { request { id status officialEmailIsGovernment officialEmailConfirmed city { name } } userErrors { field code } } }`;
const APPROVE = `mutation($id: ID!) { approveRepresentationRequest(input: { requestId: $id }) { request { status decidedAt } membership { id role city { slug } } userErrors { field code } } }`;
const INVITE = `mutation($slug: String!, $e: String!, $r: CityRole!) { inviteCityMember(input: { citySlug: $slug, email: $e, role: $r }) { invitation { id email role status } userErrors { field code message } } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(input: { token: $t }) { membership { id role city { name } } userErrors { field code message } } }`;
const MEMBERS = `query($slug: String!) { cityMembers(citySlug: $slug) { id role user { email } allowedActions } }`;
const AUDIT = `query($slug: String!) { auditLog(filter: { citySlug: $slug }, first: 100) { nodes { action actor { email } before after } } }`;
const invitationToken = async (to: string) => {
  const [mail] = await t.dataSource.query(`SELECT text_body FROM outbox_emails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [to]);
  return /undangan\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] as string;
};

/** A new account, signed in. */
const signedInUser = async (options: Parameters<TestApp['fixtures']['user']>[0] = {}) => {
  const user = await t.fixtures.user(options);
  return { ...user, client: await t.signedIn(user.email, user.password) };
};
const platformAdmin = async () => (await signedInUser({ platformAdmin: true })).client;
/** A fresh city with one admin, signed in. */
const cityWithAdmin = async (): Promise<{ city: CityFixture; admin: TestClient; adminEmail: string }> => {
  const city = await t.fixtures.city();
  const admin = await signedInUser({ role: 'ADMIN', city: city.slug });
  return { city, admin: admin.client, adminEmail: admin.email };
};
const auditActions = async (slug: string) => {
  const log = await (await platformAdmin()).gql(AUDIT, { slug });
  return log.data?.auditLog.nodes as { action: string; actor: { email: string }; before: string | null; after: string | null }[];
};

describe('representing a city', () => {
  it('lets a user ask, and a platform admin approve: the first representative becomes admin', async () => {
    const city = await t.fixtures.city();
    const { client: asker, email } = await signedInUser({ email: 'kominfo@solok.go.id' });
    const admin = await platformAdmin();
    const asked = await asker.gql(REQUEST, { slug: city.slug, mail: email });
    expect(asked.data?.requestCityRepresentation).toMatchObject({ request: { status: 'PENDING', officialEmailIsGovernment: false, city: { name: city.name } }, userErrors: [] });
    expect((await asker.gql(REQUEST, { slug: city.slug })).data?.requestCityRepresentation.userErrors).toEqual([{ field: 'citySlug', code: 'ALREADY_REQUESTED' }]);

    const queue = await admin.gql(`{ representationRequests(first: 100) { totalCount nodes { id user { email } } } }`);
    const id = queue.data?.representationRequests.nodes.find((n: any) => n.user.email === email).id;
    const approved = await admin.gql(APPROVE, { id });
    expect(approved.data?.approveRepresentationRequest).toMatchObject({ request: { status: 'APPROVED' }, membership: { role: 'ADMIN', city: { slug: city.slug } }, userErrors: [] });
    expect((await admin.gql(APPROVE, { id })).data?.approveRepresentationRequest.userErrors).toEqual([{ field: 'requestId', code: 'ALREADY_DECIDED' }]);

    const me = await asker.gql(`{ me { memberships { role city { slug } allowedActions } } }`);
    expect(me.data?.me.memberships).toEqual([{ role: 'ADMIN', city: { slug: city.slug }, allowedActions: expect.arrayContaining(['CITY_MEMBERS_INVITE', 'CITY_MEMBERS_REMOVE']) }]);
    const [mail] = await t.dataSource.query(`SELECT subject FROM outbox_emails WHERE to_address = $1`, [email]);
    expect(mail.subject).toContain(city.name);
    expect((await auditActions(city.slug)).map((n) => n.action)).toEqual(expect.arrayContaining(['representation.request', 'representation.approved', 'membership.add.representation']));
  });

  it('makes later representatives members, and rejection needs a note', async () => {
    const { city } = await cityWithAdmin();
    const { client: second } = await signedInUser();
    const admin = await platformAdmin();
    const { data } = await second.gql(REQUEST, { slug: city.slug, mail: 'not-an-email' });
    expect(data?.requestCityRepresentation.userErrors).toEqual([{ field: 'officialEmail', code: 'INVALID_EMAIL' }]);
    const ok = await second.gql(REQUEST, { slug: city.slug });
    const id = ok.data?.requestCityRepresentation.request.id;
    const reject = `mutation($id: ID!, $n: String!) { rejectRepresentationRequest(input: { requestId: $id, note: $n }) { request { status decisionNote } userErrors { field code } } }`;
    expect((await admin.gql(reject, { id, n: ' ' })).data?.rejectRepresentationRequest.userErrors).toEqual([{ field: 'note', code: 'REQUIRED' }]);
    expect((await admin.gql(APPROVE, { id })).data?.approveRepresentationRequest.membership.role).toBe('MEMBER');
  });
});

describe('invitations', () => {
  it('invites by e-mail; only that address can accept, once', async () => {
    const { city, admin } = await cityWithAdmin();
    const invited = await admin.gql(INVITE, { slug: city.slug, e: 'Bappeda@Solok.go.id', r: 'EDITOR' });
    expect(invited.data?.inviteCityMember).toMatchObject({ invitation: { email: 'bappeda@solok.go.id', role: 'EDITOR', status: 'PENDING' }, userErrors: [] });
    const token = await invitationToken('bappeda@solok.go.id');

    const preview = await t.gql(`query($t: String!) { invitation(token: $t) { emailHint role status city { name } } }`, { t: token });
    expect(preview.data?.invitation).toEqual({ emailHint: 'b***@solok.go.id', role: 'EDITOR', status: 'PENDING', city: { name: city.name } });

    const { client: stranger } = await signedInUser({ email: 'stranger@medan.go.id' });
    const wrong = await stranger.gql(ACCEPT, { t: token });
    expect(wrong.data?.acceptInvitation.userErrors).toEqual([{ field: 'token', code: 'WRONG_ACCOUNT', message: expect.stringContaining('b***@solok.go.id') }]);

    const { client: bappeda } = await signedInUser({ email: 'bappeda@solok.go.id' });
    expect((await bappeda.gql(ACCEPT, { t: token })).data?.acceptInvitation).toMatchObject({ membership: { role: 'EDITOR', city: { name: city.name } }, userErrors: [] });
    expect((await bappeda.gql(ACCEPT, { t: token })).data?.acceptInvitation.userErrors).toEqual([expect.objectContaining({ code: 'TOKEN_USED' })]);
    expect((await auditActions(city.slug)).map((n) => n.action)).toEqual(expect.arrayContaining(['invitation.create', 'invitation.accept']));
  });

  it('revokes the older invitation when the admin invites the same address again', async () => {
    const { city, admin } = await cityWithAdmin();
    await admin.gql(INVITE, { slug: city.slug, e: 'twice@solok.go.id', r: 'MEMBER' });
    const older = await invitationToken('twice@solok.go.id');
    const again = await admin.gql(INVITE, { slug: city.slug, e: 'twice@solok.go.id', r: 'EDITOR' });
    expect(again.data?.inviteCityMember).toMatchObject({ invitation: { status: 'PENDING', role: 'EDITOR' }, userErrors: [] });
    const newer = await invitationToken('twice@solok.go.id');
    expect(newer).not.toBe(older);

    const { client: invited } = await signedInUser({ email: 'twice@solok.go.id' });
    expect((await invited.gql(ACCEPT, { t: older })).data?.acceptInvitation.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
    expect((await invited.gql(ACCEPT, { t: newer })).data?.acceptInvitation).toMatchObject({ membership: { role: 'EDITOR' }, userErrors: [] });
  });

  it('refuses an expired invitation, and lets the admin invite the address again', async () => {
    const { city, admin } = await cityWithAdmin();
    await admin.gql(INVITE, { slug: city.slug, e: 'late@solok.go.id', r: 'MEMBER' });
    const token = await invitationToken('late@solok.go.id');
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = 'late@solok.go.id'`);
    const { client: late } = await signedInUser({ email: 'late@solok.go.id' });
    expect((await late.gql(ACCEPT, { t: token })).data?.acceptInvitation.userErrors).toEqual([expect.objectContaining({ code: 'TOKEN_EXPIRED' })]);
    expect((await admin.gql(INVITE, { slug: city.slug, e: 'late@solok.go.id', r: 'MEMBER' })).data?.inviteCityMember.userErrors).toEqual([]);
  });

  it('sets invitations to expire in 7 days', async () => {
    const { city, admin } = await cityWithAdmin();
    const { data } = await admin.gql(INVITE, { slug: city.slug, e: 'week@solok.go.id', r: 'MEMBER' });
    const [row] = await t.dataSource.query(`SELECT round(extract(epoch FROM expires_at - created_at) / 86400) AS days FROM invitations WHERE id = $1`, [data?.inviteCityMember.invitation.id]);
    expect(Number(row.days)).toBe(7);
    // The mail says until when in words, in the city's time zone, not as an ISO date.
    const [mail] = await t.dataSource.query(`SELECT text_body FROM outbox_emails WHERE to_address = 'week@solok.go.id'`);
    expect(mail.text_body).toMatch(/berlaku sampai \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} pukul \d{2}\.\d{2} (WIB|WITA|WIT)\)/);
  });
});

describe('the official address of a request', () => {
  const CONFIRM = `mutation($t: String!) { confirmOfficialEmail(input: { token: $t }) { confirmed userErrors { field code } } }`;
  const confirmationToken = async (to: string) => {
    const [mail] = await t.dataSource.query(`SELECT text_body FROM outbox_emails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [to]);
    return /konfirmasi-alamat-resmi\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] as string;
  };

  it('shows the government domain only after the link sent to the address was opened, once', async () => {
    const city = await t.fixtures.city();
    const { client: asker } = await signedInUser();
    const official = `kadis-${Date.now()}@kominfo.go.id`;
    const asked = await asker.gql(REQUEST, { slug: city.slug, mail: official });
    expect(asked.data?.requestCityRepresentation.request).toMatchObject({ officialEmailIsGovernment: false, officialEmailConfirmed: false });
    const token = await confirmationToken(official);
    expect(token).toBeTruthy();

    // Anyone holding the link confirms it (the owner of the official mailbox need not be signed in).
    expect((await t.gql(CONFIRM, { t: 'not-the-token' })).data?.confirmOfficialEmail).toEqual({ confirmed: false, userErrors: [{ field: 'token', code: 'INVALID_TOKEN' }] });
    expect((await t.gql(CONFIRM, { t: token })).data?.confirmOfficialEmail).toEqual({ confirmed: true, userErrors: [] });
    expect((await t.gql(CONFIRM, { t: token })).data?.confirmOfficialEmail.userErrors).toEqual([{ field: 'token', code: 'INVALID_TOKEN' }]);

    const mine = await asker.gql(`{ myRepresentationRequests { officialEmailIsGovernment officialEmailConfirmed } }`);
    expect(mine.data?.myRepresentationRequests).toEqual([{ officialEmailIsGovernment: true, officialEmailConfirmed: true }]);
    expect((await auditActions(city.slug)).map((n) => n.action)).toContain('representation.officialEmailConfirmed');
  });

  it('sends nothing without an official address, and a confirmed address outside .go.id earns no badge', async () => {
    const city = await t.fixtures.city();
    const { client: asker, email } = await signedInUser();
    await asker.gql(REQUEST, { slug: city.slug });
    expect(await t.dataSource.query(`SELECT 1 FROM outbox_emails WHERE to_address = $1`, [email])).toEqual([]);

    const other = await t.fixtures.city();
    const official = `kadis-${Date.now()}@pemkot.example.id`;
    await asker.gql(REQUEST, { slug: other.slug, mail: official });
    await t.gql(`mutation($t: String!) { confirmOfficialEmail(input: { token: $t }) { confirmed } }`, { t: await confirmationToken(official) });
    const mine = await asker.gql(`{ myRepresentationRequests { officialEmail officialEmailIsGovernment officialEmailConfirmed } }`);
    expect(mine.data?.myRepresentationRequests).toEqual(
      expect.arrayContaining([{ officialEmail: official, officialEmailIsGovernment: false, officialEmailConfirmed: true }, { officialEmail: null, officialEmailIsGovernment: false, officialEmailConfirmed: false }]),
    );
  });
});

describe('my cities', () => {
  const MY_CITIES = `{ myAdministeredCities { city { slug } members { role user { email } } pendingRequests { user { email } } openInvitations { email } needsAction } }`;
  const COUNTS = `{ myPendingCounts { representationRequests invitations verificationQueue } }`;

  it('lists, for each city the user administers, its members, pending requests, open invitations and what waits', async () => {
    const { city, admin, adminEmail } = await cityWithAdmin();
    const { client: asker, email: askerEmail } = await signedInUser();
    await asker.gql(REQUEST, { slug: city.slug });
    await admin.gql(INVITE, { slug: city.slug, e: 'open@solok.go.id', r: 'MEMBER' });
    await admin.gql(INVITE, { slug: city.slug, e: 'revoked@solok.go.id', r: 'MEMBER' });
    await t.dataSource.query(`UPDATE invitations SET revoked_at = now() WHERE email = 'revoked@solok.go.id'`);

    const res = await admin.gql(MY_CITIES);
    expect(res.data?.myAdministeredCities).toEqual([
      {
        city: { slug: city.slug },
        members: [{ role: 'ADMIN', user: { email: adminEmail } }],
        pendingRequests: [{ user: { email: askerEmail } }],
        openInvitations: [{ email: 'open@solok.go.id' }],
        needsAction: ['REQUESTS_PENDING', 'SOLE_ADMIN'],
      },
    ]);
    expect((await admin.gql(COUNTS)).data?.myPendingCounts).toEqual({ representationRequests: 1, invitations: 1, verificationQueue: null });

    // An invitation ending within 2 days waits for the admin; a second admin ends SOLE_ADMIN.
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() + interval '1 day' WHERE email = 'open@solok.go.id'`);
    await t.fixtures.user({ role: 'ADMIN', city: city.slug });
    expect((await admin.gql(MY_CITIES)).data?.myAdministeredCities[0].needsAction).toEqual(['REQUESTS_PENDING', 'INVITATIONS_EXPIRING']);
  });

  it('is empty for members who administer nothing; platform admins see the verification queue count', async () => {
    const city = await t.fixtures.city();
    const { client: editor } = await signedInUser({ role: 'EDITOR', city: city.slug });
    expect((await editor.gql(MY_CITIES)).data?.myAdministeredCities).toEqual([]);
    expect((await editor.gql(COUNTS)).data?.myPendingCounts).toEqual({ representationRequests: 0, invitations: 0, verificationQueue: null });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM representation_requests WHERE status = 'PENDING'`);
    expect((await (await platformAdmin()).gql(COUNTS)).data?.myPendingCounts.verificationQueue).toBe(n);
  });
});

describe('members', () => {
  const CHANGE = `mutation($id: ID!, $r: CityRole!) { changeMemberRole(input: { membershipId: $id, role: $r }) { membership { role } userErrors { field code } } }`;
  const REMOVE = `mutation($id: ID!) { removeCityMember(input: { membershipId: $id }) { removedMembershipId userErrors { field code message } } }`;
  const membersOf = async (admin: TestClient, slug: string) => (await admin.gql(MEMBERS, { slug })).data?.cityMembers as { id: string; role: string; user: { email: string } }[];

  it('lists members for the city admin with what the admin may do', async () => {
    const { city, admin, adminEmail } = await cityWithAdmin();
    const editor = await t.fixtures.user({ role: 'EDITOR', city: city.slug });
    const member = await t.fixtures.user({ role: 'MEMBER', city: city.slug });
    const res = await admin.gql(MEMBERS, { slug: city.slug });
    expect(res.data?.cityMembers.map((m: any) => [m.user.email, m.role]).sort()).toEqual(
      [[adminEmail, 'ADMIN'], [editor.email, 'EDITOR'], [member.email, 'MEMBER']].sort(),
    );
    const onMember = res.data?.cityMembers.find((m: any) => m.user.email === member.email);
    expect(onMember.allowedActions).toEqual(expect.arrayContaining(['CITY_MEMBERS_REMOVE']));
  });

  it('keeps the last admin: they can neither leave nor step down', async () => {
    const { city, admin, adminEmail } = await cityWithAdmin();
    const self = (await membersOf(admin, city.slug)).find((m) => m.user.email === adminEmail) as { id: string };
    expect((await admin.gql(REMOVE, { id: self.id })).data?.removeCityMember).toEqual({
      removedMembershipId: null,
      userErrors: [{ field: 'membershipId', code: 'LAST_ADMIN', message: 'Kota harus tetap memiliki setidaknya satu admin.' }],
    });
    expect((await admin.gql(CHANGE, { id: self.id, r: 'EDITOR' })).data?.changeMemberRole.userErrors).toEqual([{ field: 'role', code: 'LAST_ADMIN' }]);
  });

  it('keeps one admin when two admins remove each other at the same time', async () => {
    const { city, admin, adminEmail } = await cityWithAdmin();
    const second = await signedInUser({ role: 'ADMIN', city: city.slug });
    const members = await membersOf(admin, city.slug);
    const idOf = (email: string) => (members.find((m) => m.user.email === email) as { id: string }).id;
    const results = await Promise.all([admin.gql(REMOVE, { id: idOf(second.email) }), second.client.gql(CHANGE, { id: idOf(adminEmail), r: 'MEMBER' })]);
    const codes = results.map((r) => ((r.data?.removeCityMember ?? r.data?.changeMemberRole)?.userErrors ?? []).map((e: { code: string }) => e.code));
    expect(codes.flat()).toEqual(['LAST_ADMIN']);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM city_memberships WHERE city_id = $1 AND role = 'ADMIN'`, [city.id]);
    expect(n).toBe(1);
  });

  it('changes roles and removes members, and logs each change with before and after', async () => {
    const { city, admin, adminEmail } = await cityWithAdmin();
    const editor = await t.fixtures.user({ role: 'EDITOR', city: city.slug });
    const members = await membersOf(admin, city.slug);
    const promoted = members.find((m) => m.user.email === editor.email) as { id: string };
    expect((await admin.gql(CHANGE, { id: promoted.id, r: 'ADMIN' })).data?.changeMemberRole).toEqual({ membership: { role: 'ADMIN' }, userErrors: [] });
    const self = members.find((m) => m.user.email === adminEmail) as { id: string };
    // With a second admin the first may now leave.
    expect((await admin.gql(REMOVE, { id: self.id })).data?.removeCityMember.removedMembershipId).toBe(self.id);

    const log = await auditActions(city.slug);
    const change = log.find((n) => n.action === 'membership.changeRole');
    expect(change).toMatchObject({ actor: { email: adminEmail } });
    expect(JSON.parse(change?.before as string)).toEqual({ role: 'EDITOR' });
    expect(JSON.parse(change?.after as string)).toEqual({ role: 'ADMIN' });
    expect(log.map((n) => n.action)).toEqual(expect.arrayContaining(['membership.remove']));
  });

  it('filters the audit log by user and date, and keeps secrets out of it', async () => {
    const { city, admin, adminEmail } = await cityWithAdmin();
    // An invitation carries a token: it must not reach the log.
    await admin.gql(INVITE, { slug: city.slug, e: 'secret@solok.go.id', r: 'MEMBER' });
    const platform = await platformAdmin();
    const byUser = await platform.gql(`query($e: String!) { auditLog(filter: { userEmail: $e }) { nodes { action actor { email } } } }`, { e: adminEmail.toUpperCase() });
    expect(byUser.data?.auditLog.nodes.length).toBeGreaterThan(0);
    expect(byUser.data?.auditLog.nodes.every((n: any) => n.actor.email === adminEmail)).toBe(true);
    const future = await platform.gql(`{ auditLog(filter: { from: "2100-01-01T00:00:00Z" }) { totalCount } }`);
    expect(future.data?.auditLog.totalCount).toBe(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE before::text ~* 'password|token' OR after::text ~* 'password|token'`);
    expect(n).toBe(0);
  });
});
