import { DEMO, startTestApp, STRONG_PASSWORD, TestApp, TestClient } from './support/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signedIn(...DEMO.admin);
});
afterAll(() => t.close());

const signUp = async (email: string) => {
  const c = t.client();
  const res = await c.gql(`mutation($e: String!) { signUp(input: { email: $e, password: "${STRONG_PASSWORD}", displayName: $e }) { user { id } userErrors { code } } }`, { e: email });
  expect(res.data?.signUp.userErrors).toEqual([]);
  return c;
};
const REQUEST = `mutation($slug: String!, $mail: String) { requestCityRepresentation(input: { citySlug: $slug, message: "Saya Kepala Dinas Kominfo", officialEmail: $mail }) { request { id status officialEmailIsGovernment city { name } } userErrors { field code } } }`;
const APPROVE = `mutation($id: ID!) { approveRepresentationRequest(input: { requestId: $id }) { request { status decidedAt } membership { id role city { slug } } userErrors { field code } } }`;
const INVITE = `mutation($e: String!, $r: CityRole!) { inviteCityMember(input: { citySlug: "kota-solok", email: $e, role: $r }) { invitation { id email role status } userErrors { field code message } } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(input: { token: $t }) { membership { id role city { name } } userErrors { field code message } } }`;
const MEMBERS = `{ cityMembers(citySlug: "kota-solok") { id role user { email } allowedActions } }`;
const invitationToken = async (to: string) => {
  const [mail] = await t.dataSource.query(`SELECT text_body FROM outbox_emails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [to]);
  return /undangan\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] as string;
};

let solokAdmin: TestClient;

describe('representing a city', () => {
  it('lets a user ask, and a platform admin approve: the first representative becomes admin', async () => {
    solokAdmin = await signUp('kominfo@solok.go.id');
    const asked = await solokAdmin.gql(REQUEST, { slug: 'kota-solok', mail: 'kominfo@solok.go.id' });
    expect(asked.data?.requestCityRepresentation).toMatchObject({ request: { status: 'PENDING', officialEmailIsGovernment: true, city: { name: 'Kota Solok' } }, userErrors: [] });
    expect((await solokAdmin.gql(REQUEST, { slug: 'kota-solok' })).data?.requestCityRepresentation.userErrors).toEqual([{ field: 'citySlug', code: 'ALREADY_REQUESTED' }]);

    const queue = await admin.gql(`{ representationRequests { totalCount nodes { id user { email } } } }`);
    const id = queue.data?.representationRequests.nodes.find((n: any) => n.user.email === 'kominfo@solok.go.id').id;
    const approved = await admin.gql(APPROVE, { id });
    expect(approved.data?.approveRepresentationRequest).toMatchObject({ request: { status: 'APPROVED' }, membership: { role: 'ADMIN', city: { slug: 'kota-solok' } }, userErrors: [] });
    expect((await admin.gql(APPROVE, { id })).data?.approveRepresentationRequest.userErrors).toEqual([{ field: 'requestId', code: 'ALREADY_DECIDED' }]);

    const me = await solokAdmin.gql(`{ me { memberships { role city { slug } allowedActions } } }`);
    expect(me.data?.me.memberships).toEqual([{ role: 'ADMIN', city: { slug: 'kota-solok' }, allowedActions: expect.arrayContaining(['CITY_MEMBERS_INVITE', 'CITY_MEMBERS_REMOVE']) }]);
    const [mail] = await t.dataSource.query(`SELECT subject FROM outbox_emails WHERE to_address = 'kominfo@solok.go.id'`);
    expect(mail.subject).toContain('Kota Solok');
  });

  it('makes later representatives members, and rejection needs a note', async () => {
    const second = await signUp('staf@solok.go.id');
    const { data } = await second.gql(REQUEST, { slug: 'kota-solok', mail: 'not-an-email' });
    expect(data?.requestCityRepresentation.userErrors).toEqual([{ field: 'officialEmail', code: 'INVALID_EMAIL' }]);
    const ok = await second.gql(REQUEST, { slug: 'kota-solok' });
    const id = ok.data?.requestCityRepresentation.request.id;
    const reject = `mutation($id: ID!, $n: String!) { rejectRepresentationRequest(input: { requestId: $id, note: $n }) { request { status decisionNote } userErrors { field code } } }`;
    expect((await admin.gql(reject, { id, n: ' ' })).data?.rejectRepresentationRequest.userErrors).toEqual([{ field: 'note', code: 'REQUIRED' }]);
    expect((await admin.gql(APPROVE, { id })).data?.approveRepresentationRequest.membership.role).toBe('MEMBER');
  });
});

describe('invitations', () => {
  it('invites by e-mail; only that address can accept, once', async () => {
    const invited = await solokAdmin.gql(INVITE, { e: 'Bappeda@Solok.go.id', r: 'EDITOR' });
    expect(invited.data?.inviteCityMember).toMatchObject({ invitation: { email: 'bappeda@solok.go.id', role: 'EDITOR', status: 'PENDING' }, userErrors: [] });
    expect((await solokAdmin.gql(INVITE, { e: 'bappeda@solok.go.id', r: 'MEMBER' })).data?.inviteCityMember.userErrors).toEqual([expect.objectContaining({ field: 'email', code: 'ALREADY_INVITED' })]);
    const token = await invitationToken('bappeda@solok.go.id');

    const preview = await t.gql(`query($t: String!) { invitation(token: $t) { emailHint role status city { name } } }`, { t: token });
    expect(preview.data?.invitation).toEqual({ emailHint: 'b***@solok.go.id', role: 'EDITOR', status: 'PENDING', city: { name: 'Kota Solok' } });

    const stranger = await signUp('stranger@medan.go.id');
    const wrong = await stranger.gql(ACCEPT, { t: token });
    expect(wrong.data?.acceptInvitation.userErrors).toEqual([{ field: 'token', code: 'WRONG_ACCOUNT', message: expect.stringContaining('b***@solok.go.id') }]);

    const bappeda = await signUp('bappeda@solok.go.id');
    expect((await bappeda.gql(ACCEPT, { t: token })).data?.acceptInvitation).toMatchObject({ membership: { role: 'EDITOR', city: { name: 'Kota Solok' } }, userErrors: [] });
    expect((await bappeda.gql(ACCEPT, { t: token })).data?.acceptInvitation.userErrors).toEqual([expect.objectContaining({ code: 'TOKEN_USED' })]);
  });

  it('refuses an expired invitation, and lets the admin invite the address again', async () => {
    await solokAdmin.gql(INVITE, { e: 'late@solok.go.id', r: 'MEMBER' });
    const token = await invitationToken('late@solok.go.id');
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = 'late@solok.go.id'`);
    const late = await signUp('late@solok.go.id');
    expect((await late.gql(ACCEPT, { t: token })).data?.acceptInvitation.userErrors).toEqual([expect.objectContaining({ code: 'TOKEN_EXPIRED' })]);
    expect((await solokAdmin.gql(INVITE, { e: 'late@solok.go.id', r: 'MEMBER' })).data?.inviteCityMember.userErrors).toEqual([]);
  });

  it('sets invitations to expire in 7 days', async () => {
    const [row] = await t.dataSource.query(`SELECT round(extract(epoch FROM expires_at - created_at) / 86400) AS days FROM invitations WHERE email = 'bappeda@solok.go.id'`);
    expect(Number(row.days)).toBe(7);
  });
});

describe('members', () => {
  const CHANGE = `mutation($id: ID!, $r: CityRole!) { changeMemberRole(input: { membershipId: $id, role: $r }) { membership { role } userErrors { field code } } }`;
  const REMOVE = `mutation($id: ID!) { removeCityMember(input: { membershipId: $id }) { removedMembershipId userErrors { field code message } } }`;

  it('lists members for the city admin with what the admin may do', async () => {
    const res = await solokAdmin.gql(MEMBERS);
    const emails = res.data?.cityMembers.map((m: any) => m.user.email);
    expect(emails).toEqual(expect.arrayContaining(['kominfo@solok.go.id', 'bappeda@solok.go.id', DEMO.solokMember[0]]));
  });

  it('keeps the last admin: they can neither leave nor step down', async () => {
    const members = (await solokAdmin.gql(MEMBERS)).data?.cityMembers;
    const self = members.find((m: any) => m.user.email === 'kominfo@solok.go.id');
    expect((await solokAdmin.gql(REMOVE, { id: self.id })).data?.removeCityMember).toEqual({
      removedMembershipId: null,
      userErrors: [{ field: 'membershipId', code: 'LAST_ADMIN', message: 'Kota harus tetap memiliki setidaknya satu admin.' }],
    });
    expect((await solokAdmin.gql(CHANGE, { id: self.id, r: 'EDITOR' })).data?.changeMemberRole.userErrors).toEqual([{ field: 'role', code: 'LAST_ADMIN' }]);
  });

  it('changes roles and removes members, and logs each change with before and after', async () => {
    const members = (await solokAdmin.gql(MEMBERS)).data?.cityMembers;
    const bappeda = members.find((m: any) => m.user.email === 'bappeda@solok.go.id');
    expect((await solokAdmin.gql(CHANGE, { id: bappeda.id, r: 'ADMIN' })).data?.changeMemberRole).toEqual({ membership: { role: 'ADMIN' }, userErrors: [] });
    const self = members.find((m: any) => m.user.email === 'kominfo@solok.go.id');
    // With a second admin the first may now leave.
    expect((await solokAdmin.gql(REMOVE, { id: self.id })).data?.removeCityMember.removedMembershipId).toBe(self.id);

    const log = await admin.gql(`{ auditLog(filter: { citySlug: "kota-solok" }, first: 100) { totalCount nodes { action actor { email } before after city { slug } } } }`);
    const change = log.data?.auditLog.nodes.find((n: any) => n.action === 'membership.changeRole');
    expect(change).toMatchObject({ actor: { email: 'kominfo@solok.go.id' }, city: { slug: 'kota-solok' } });
    expect(JSON.parse(change.before)).toEqual({ role: 'EDITOR' });
    expect(JSON.parse(change.after)).toEqual({ role: 'ADMIN' });
    const actions = log.data?.auditLog.nodes.map((n: any) => n.action);
    expect(actions).toEqual(expect.arrayContaining(['representation.request', 'representation.approved', 'membership.add.representation', 'invitation.create', 'invitation.accept', 'membership.remove']));
  });

  it('filters the audit log by user and date, and keeps secrets out of it', async () => {
    const byUser = await admin.gql(`{ auditLog(filter: { userEmail: "BAPPEDA@solok.go.id" }) { nodes { action actor { email } } } }`);
    expect(byUser.data?.auditLog.nodes.length).toBeGreaterThan(0);
    expect(byUser.data?.auditLog.nodes.every((n: any) => n.actor.email === 'bappeda@solok.go.id')).toBe(true);
    const future = await admin.gql(`{ auditLog(filter: { from: "2100-01-01T00:00:00Z" }) { totalCount } }`);
    expect(future.data?.auditLog.totalCount).toBe(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE before::text ~* 'password|token' OR after::text ~* 'password|token'`);
    expect(n).toBe(0);
  });
});
