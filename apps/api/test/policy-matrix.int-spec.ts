import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { hashToken, newToken } from '../src/common/tokens';
import { loadConfig } from '../src/config/app-config';
import { POLICY_BY_OPERATION } from '../src/policy/allow.decorator';
import { DEMO, startTestApp, STRONG_PASSWORD, TestApp } from './support/test-app';

let t: TestApp;
const secret = loadConfig({ NODE_ENV: 'test' }).sessionSecret;
const SOLOK = '13.72';

async function user(email: string, role?: 'ADMIN' | 'EDITOR' | 'MEMBER', cityCode = SOLOK): Promise<string> {
  const [{ id }] = await t.dataSource.query(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, $1, 'not-a-hash') RETURNING id`, [email]);
  if (role) await t.dataSource.query(`INSERT INTO city_memberships (user_id, city_id, role) SELECT $1, id, $3 FROM cities WHERE code = $2`, [id, cityCode, role]);
  return id;
}

/** A session made directly, so the matrix does not run into the sign-in rate limit. */
async function cookieFor(email: string): Promise<string> {
  const token = newToken();
  await t.dataSource.query(`INSERT INTO sessions (token_hash, user_id, expires_at) SELECT $1, id, now() + interval '1 hour' FROM users WHERE email = $2`, [hashToken(secret, token), email]);
  return `cb_session=${token}`;
}

const unique = () => randomUUID().slice(0, 8);
const pendingRequest = async () => {
  const id = await user(`req-${unique()}@example.id`);
  const [r] = await t.dataSource.query(`INSERT INTO representation_requests (user_id, city_id, message) SELECT $1, id, 'pls' FROM cities WHERE code = $2 RETURNING id`, [id, SOLOK]);
  return r.id;
};
const solokMembership = async () => {
  const id = await user(`mem-${unique()}@example.id`, 'MEMBER');
  const [m] = await t.dataSource.query(`SELECT id FROM city_memberships WHERE user_id = $1`, [id]);
  return m.id;
};
const solokInvitation = async () => {
  const [i] = await t.dataSource.query(
    `INSERT INTO invitations (city_id, email, role, token_hash, expires_at) SELECT id, $2, 'MEMBER', $3, now() + interval '1 day' FROM cities WHERE code = $1 RETURNING id`,
    [SOLOK, `inv-${unique()}@example.id`, unique()],
  );
  return i.id;
};

/** A practice of Kota Solok in `state`, written straight into the database. */
const solokPractice = async (state: 'draft' | 'in_review' | 'published' = 'draft') => {
  // One statement: a practice must have its text when the transaction commits.
  const [p] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at)
       SELECT id, 'health', $2, CASE WHEN $2 = 'published' THEN now() END FROM cities WHERE code = $1 RETURNING id)
     INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', 'Praktik matriks' FROM p RETURNING practice_id AS id`,
    [SOLOK, state],
  );
  return p.id;
};
/** A published practice of Kota Medan that Kota Solok may adopt, and a Solok adoption of a fresh one. */
const medanPractice = async () => {
  const [p] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at) SELECT id, 'health', 'published', now() FROM cities WHERE code = '12.71' RETURNING id)
     INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', 'Praktik matriks' FROM p RETURNING practice_id AS id`,
  );
  return p.id;
};
const solokAdoption = async () => {
  const [a] = await t.dataSource.query(
    `INSERT INTO practice_adoptions (practice_id, city_id, status) SELECT $1, id, 'planned' FROM cities WHERE code = $2 RETURNING id`,
    [await medanPractice(), SOLOK],
  );
  return a.id;
};
/** A visit between Kota Solok and Kota Padang (13.71), Solok on `solokSide`, written straight into the database. */
const visitWithSolok = async (solokSide: 'host' | 'visiting', state: 'requested' | 'proposed' | 'confirmed' = 'requested') => {
  const [visiting, host] = solokSide === 'host' ? ['13.71', SOLOK] : [SOLOK, '13.71'];
  const [start, end] = state === 'confirmed' ? [`now() + interval '30 days'`, `now() + interval '30 days 2 hours'`] : ['NULL', 'NULL'];
  const [v] = await t.dataSource.query(
    `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, host_time_zone, starts_at, ends_at)
     SELECT v.id, h.id, $3, 'Kunjungan matriks', 'Asia/Jakarta', (${start})::timestamptz, (${end})::timestamptz FROM cities v, cities h WHERE v.code = $1 AND h.code = $2 RETURNING id`,
    [visiting, host, state],
  );
  return v.id;
};
const VISIT_WINDOW = `windows: [{ start: "2099-10-05T09:00", end: "2099-10-05T12:00" }]`;
const VISIT_DELEGATION = `delegation: [{ name: "Zul Elfian", title: "Wali Kota", agency: "Pemerintah Kota Solok", isLeader: true }]`;
/** A completed visit of Kota Solok to Kota Medan (written straight into the database), and a follow-up action of its report. */
const solokVisit = async () => {
  const [v] = await t.dataSource.query(
    `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, starts_at, ends_at, host_time_zone)
     SELECT g.id, h.id, 'completed', 'Matriks', '2026-01-06T02:00:00Z', '2026-01-06T05:00:00Z', 'Asia/Jakarta' FROM cities g, cities h WHERE g.code = $1 AND h.code = '12.71' RETURNING id`,
    [SOLOK],
  );
  return v.id;
};
const solokFollowUp = async () => {
  const [f] = await t.dataSource.query(`INSERT INTO visit_follow_ups (visit_id, position, action, owner_agency, status) VALUES ($1, 1, 'Tindak lanjut', 'Bappeda', 'planned') RETURNING id`, [
    await solokVisit(),
  ]);
  return f.id;
};
/** A CSV import for Kota Solok (one row, a unique value so every call's file differs), written straight into the database. */
const solokImport = async (status: 'uploaded' | 'committed') => {
  const csv = `city_code,indicator,year,value,source\n${SOLOK},assets_registered,2020,${Math.floor(Math.random() * 1e9)},Matriks\n`;
  const [i] = await t.dataSource.query(
    `INSERT INTO metric_imports (city_id, file_name, file_sha256, byte_size, content, status) SELECT id, 'm.csv', $2, $3, $4, $5 FROM cities WHERE code = $1 RETURNING id`,
    [SOLOK, unique() + unique(), csv.length, Buffer.from(csv), status],
  );
  return i.id;
};
const INDICATOR_FIELDS = `nameId: "Aset", nameEn: "Assets", unit: "assets", direction: HIGHER_BETTER, category: GOVERNANCE, standard: CUSTOM, normalisable: true`;
const PRACTICE_FIELDS = `topic: "health", texts: [{ language: ID, title: "Praktik matriks" }]`;

/** One call per mutation and per query that is not public; city-scoped ones act on Kota Solok. */
const CALLS: Record<string, () => Promise<{ query: string; variables?: Record<string, unknown> }>> = {
  signUp: async () => ({ query: `mutation($e: String!) { signUp(input: { email: $e, password: "${STRONG_PASSWORD}", displayName: "M" }) { userErrors { code } } }`, variables: { e: `su-${unique()}@example.id` } }),
  signIn: async () => ({ query: `mutation { signIn(input: { email: "${DEMO.researcher[0]}", password: "${DEMO.researcher[1]}" }) { userErrors { code } } }` }),
  signOut: async () => ({ query: `mutation { signOut { userErrors { code } } }` }),
  updateProfile: async () => ({ query: `mutation { updateProfile(input: { displayName: "Nama Baru" }) { userErrors { code } } }` }),
  requestPasswordReset: async () => ({ query: `mutation { requestPasswordReset(input: { email: "someone@example.id" }) { userErrors { code } } }` }),
  resetPassword: async () => ({ query: `mutation { resetPassword(input: { token: "nope", password: "${STRONG_PASSWORD}" }) { userErrors { code } } }` }),
  confirmEmail: async () => ({ query: `mutation { confirmEmail(input: { token: "nope" }) { userErrors { code } } }` }),
  resendEmailConfirmation: async () => ({ query: `mutation { resendEmailConfirmation { userErrors { code } } }` }),
  requestCityRepresentation: async () => ({ query: `mutation { requestCityRepresentation(input: { citySlug: "kota-bandung", message: "Saya staf" }) { userErrors { code } } }` }),
  confirmOfficialEmail: async () => ({ query: `mutation { confirmOfficialEmail(input: { token: "nope" }) { userErrors { code } } }` }),
  approveRepresentationRequest: async () => ({ query: `mutation($id: ID!) { approveRepresentationRequest(input: { requestId: $id }) { userErrors { code } } }`, variables: { id: await pendingRequest() } }),
  rejectRepresentationRequest: async () => ({ query: `mutation($id: ID!) { rejectRepresentationRequest(input: { requestId: $id, note: "Tidak" }) { userErrors { code } } }`, variables: { id: await pendingRequest() } }),
  inviteCityMember: async () => ({ query: `mutation($e: String!) { inviteCityMember(input: { citySlug: "kota-solok", email: $e, role: MEMBER }) { userErrors { code } } }`, variables: { e: `in-${unique()}@example.id` } }),
  revokeInvitation: async () => ({ query: `mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { userErrors { code } } }`, variables: { id: await solokInvitation() } }),
  acceptInvitation: async () => ({ query: `mutation { acceptInvitation(input: { token: "nope" }) { userErrors { code } } }` }),
  changeMemberRole: async () => ({ query: `mutation($id: ID!) { changeMemberRole(input: { membershipId: $id, role: EDITOR }) { userErrors { code } } }`, variables: { id: await solokMembership() } }),
  removeCityMember: async () => ({ query: `mutation($id: ID!) { removeCityMember(input: { membershipId: $id }) { userErrors { code } } }`, variables: { id: await solokMembership() } }),
  myRepresentationRequests: async () => ({ query: `{ myRepresentationRequests { id } }` }),
  myAdministeredCities: async () => ({ query: `{ myAdministeredCities { city { slug } } }` }),
  myPendingCounts: async () => ({ query: `{ myPendingCounts { invitations } }` }),
  representationRequests: async () => ({ query: `{ representationRequests { totalCount } }` }),
  cityMembers: async () => ({ query: `{ cityMembers(citySlug: "kota-solok") { id } }` }),
  cityInvitations: async () => ({ query: `{ cityInvitations(citySlug: "kota-solok") { id } }` }),
  auditLog: async () => ({ query: `{ auditLog { totalCount } }` }),
  failedJobs: async () => ({ query: `{ failedJobs { id } }` }),
  createPractice: async () => ({ query: `mutation { createPractice(input: { citySlug: "kota-solok", ${PRACTICE_FIELDS} }) { userErrors { code } } }` }),
  updatePractice: async () => ({ query: `mutation($id: ID!) { updatePractice(input: { practiceId: $id, expectedVersion: 1, ${PRACTICE_FIELDS} }) { userErrors { code } } }`, variables: { id: await solokPractice() } }),
  submitPractice: async () => ({ query: `mutation($id: ID!) { submitPractice(input: { practiceId: $id }) { userErrors { code } } }`, variables: { id: await solokPractice() } }),
  publishPractice: async () => ({ query: `mutation($id: ID!) { publishPractice(input: { practiceId: $id }) { userErrors { code } } }`, variables: { id: await solokPractice('in_review') } }),
  returnPractice: async () => ({ query: `mutation($id: ID!) { returnPractice(input: { practiceId: $id, comment: "Lengkapi" }) { userErrors { code } } }`, variables: { id: await solokPractice('in_review') } }),
  archivePractice: async () => ({ query: `mutation($id: ID!) { archivePractice(input: { practiceId: $id }) { userErrors { code } } }`, variables: { id: await solokPractice('published') } }),
  myPractices: async () => ({ query: `{ myPractices { totalCount } }` }),
  practicesToReview: async () => ({ query: `{ practicesToReview { totalCount } }` }),
  recordAdoption: async () => ({ query: `mutation($id: ID!) { recordAdoption(input: { practiceId: $id, citySlug: "kota-solok", status: PLANNED }) { userErrors { code } } }`, variables: { id: await medanPractice() } }),
  updateAdoption: async () => ({ query: `mutation($id: ID!) { updateAdoption(input: { adoptionId: $id, status: DONE }) { userErrors { code } } }`, variables: { id: await solokAdoption() } }),
  requestVisit: async () => ({ query: `mutation { requestVisit(input: { visitingCityId: "${SOLOK}", hostCityId: "12.71", purpose: "Studi tiru", ${VISIT_WINDOW}, ${VISIT_DELEGATION} }) { userErrors { code } } }` }),
  confirmVisit: async () => ({ query: `mutation($id: ID!) { confirmVisit(input: { visitId: $id, windowId: "${randomUUID()}" }) { userErrors { code } } }`, variables: { id: await visitWithSolok('host') } }),
  proposeVisitWindows: async () => ({ query: `mutation($id: ID!) { proposeVisitWindows(input: { visitId: $id, ${VISIT_WINDOW} }) { userErrors { code } } }`, variables: { id: await visitWithSolok('host') } }),
  declineVisit: async () => ({ query: `mutation($id: ID!) { declineVisit(input: { visitId: $id, reason: "Penuh" }) { userErrors { code } } }`, variables: { id: await visitWithSolok('host') } }),
  rescheduleVisit: async () => ({ query: `mutation($id: ID!) { rescheduleVisit(input: { visitId: $id, ${VISIT_WINDOW} }) { userErrors { code } } }`, variables: { id: await visitWithSolok('host', 'confirmed') } }),
  updateVisitHosting: async () => ({ query: `mutation($id: ID!) { updateVisitHosting(input: { visitId: $id, venue: "Ruang Rapat I" }) { userErrors { code } } }`, variables: { id: await visitWithSolok('host') } }),
  acceptVisitProposal: async () => ({ query: `mutation($id: ID!) { acceptVisitProposal(input: { visitId: $id, windowId: "${randomUUID()}" }) { userErrors { code } } }`, variables: { id: await visitWithSolok('visiting', 'proposed') } }),
  withdrawVisit: async () => ({ query: `mutation($id: ID!) { withdrawVisit(input: { visitId: $id }) { userErrors { code } } }`, variables: { id: await visitWithSolok('visiting') } }),
  updateVisitDelegation: async () => ({ query: `mutation($id: ID!) { updateVisitDelegation(input: { visitId: $id, ${VISIT_DELEGATION} }) { userErrors { code } } }`, variables: { id: await visitWithSolok('visiting') } }),
  cancelVisit: async () => ({ query: `mutation($id: ID!) { cancelVisit(input: { visitId: $id }) { userErrors { code } } }`, variables: { id: await visitWithSolok('visiting', 'confirmed') } }),
  completeVisit: async () => ({ query: `mutation($id: ID!) { completeVisit(input: { visitId: $id }) { userErrors { code } } }`, variables: { id: await visitWithSolok('visiting', 'confirmed') } }),
  setVisitAvailability: async () => ({ query: `mutation { setVisitAvailability(input: { citySlug: "kota-solok", capacity: 1, rules: [] }) { userErrors { code } } }` }),
  visitInbox: async () => ({ query: `{ visitInbox { totalCount } }` }),
  myVisits: async () => ({ query: `{ myVisits { totalCount } }` }),
  notifications: async () => ({ query: `{ notifications { totalCount } }` }),
  unreadNotificationCount: async () => ({ query: `{ unreadNotificationCount }` }),
  markNotificationsRead: async () => ({ query: `mutation { markNotificationsRead(input: { all: true }) { markedCount userErrors { code } } }` }),
  fileVisitReport: async () => ({ query: `mutation($id: ID!) { fileVisitReport(input: { visitId: $id, summary: "Ringkas", learnings: "Pelajaran", followUps: [] }) { userErrors { code } } }`, variables: { id: await solokVisit() } }),
  updateVisitFollowUp: async () => ({ query: `mutation($id: ID!) { updateVisitFollowUp(input: { followUpId: $id, status: DONE }) { userErrors { code } } }`, variables: { id: await solokFollowUp() } }),
  cityVisitOutcomes: async () => ({ query: `{ cityVisitOutcomes(citySlug: "kota-solok") { citySlug } }` }),
  calendarFeed: async () => ({ query: `{ calendarFeed(citySlug: "kota-solok") { url } }` }),
  rotateCalendarFeedToken: async () => ({ query: `mutation { rotateCalendarFeedToken(input: { citySlug: "kota-solok" }) { userErrors { code } } }` }),
  createIndicator: async () => ({ query: `mutation($c: String!) { createIndicator(input: { code: $c, ${INDICATOR_FIELDS} }) { userErrors { code } } }`, variables: { c: `m_${unique()}` } }),
  updateIndicator: async () => ({ query: `mutation { updateIndicator(input: { code: "assets_registered", ${INDICATOR_FIELDS} }) { userErrors { code } } }` }),
  metricImport: async () => ({ query: `query($id: String!) { metricImport(id: $id) { id } }`, variables: { id: await solokImport('uploaded') } }),
  previewMetricImport: async () => ({ query: `mutation($id: ID!) { previewMetricImport(input: { importId: $id }) { userErrors { code } } }`, variables: { id: await solokImport('uploaded') } }),
  commitMetricImport: async () => ({ query: `mutation($id: ID!) { commitMetricImport(input: { importId: $id }) { userErrors { code } } }`, variables: { id: await solokImport('uploaded') } }),
  undoMetricImport: async () => ({ query: `mutation($id: ID!) { undoMetricImport(input: { importId: $id }) { userErrors { code } } }`, variables: { id: await solokImport('committed') } }),
  setPracticeIndicators: async () => ({
    query: `mutation($id: ID!) { setPracticeIndicators(input: { practiceId: $id, indicatorCodes: ["assets_registered"] }) { userErrors { code } } }`,
    variables: { id: await solokPractice('published') },
  }),
  recordObservation: async () => ({
    query: `mutation { recordObservation(input: { cityCode: "${SOLOK}", indicatorCode: "population", period: "2020", value: 75000, quality: SELF_REPORTED, source: { organisation: "Matriks", title: "Uji" } }) { userErrors { code } } }`,
  }),
};

const ROLE_NAMES = ['anonymous', 'member of another city', 'member', 'editor', 'admin', 'researcher', 'platform admin'] as const;
type Role = (typeof ROLE_NAMES)[number];

/**
 * What each role may do, written out by hand (not computed with the policy), so a changed rule
 * fails here. "member", "editor" and "admin" are of Kota Solok, the city the calls act on; "member
 * of another city" is the editor of Kota Medan. Y: allowed, N: refused (UNAUTHENTICATED when
 * anonymous, else FORBIDDEN). A new mutation or non-public query needs a row and a call.
 */
const Y = true;
const N = false;
const EXPECTED: Record<string, Record<Role, boolean>> = table({
  //                              anonymous  other city  member  editor  admin  researcher  platform admin
  signUp:                        [Y,         Y,          Y,      Y,      Y,     Y,          Y],
  signIn:                        [Y,         Y,          Y,      Y,      Y,     Y,          Y],
  signOut:                       [N,         Y,          Y,      Y,      Y,     Y,          Y],
  updateProfile:                 [N,         Y,          Y,      Y,      Y,     Y,          Y],
  requestPasswordReset:          [Y,         Y,          Y,      Y,      Y,     Y,          Y],
  resetPassword:                 [Y,         Y,          Y,      Y,      Y,     Y,          Y],
  confirmEmail:                  [Y,         Y,          Y,      Y,      Y,     Y,          Y],
  resendEmailConfirmation:       [N,         Y,          Y,      Y,      Y,     Y,          Y],
  requestCityRepresentation:     [N,         Y,          Y,      Y,      Y,     Y,          Y],
  confirmOfficialEmail:          [Y,         Y,          Y,      Y,      Y,     Y,          Y],
  approveRepresentationRequest:  [N,         N,          N,      N,      N,     N,          Y],
  rejectRepresentationRequest:   [N,         N,          N,      N,      N,     N,          Y],
  inviteCityMember:              [N,         N,          N,      N,      Y,     N,          Y],
  revokeInvitation:              [N,         N,          N,      N,      Y,     N,          Y],
  acceptInvitation:              [N,         Y,          Y,      Y,      Y,     Y,          Y],
  changeMemberRole:              [N,         N,          N,      N,      Y,     N,          Y],
  removeCityMember:              [N,         N,          N,      N,      Y,     N,          Y],
  myRepresentationRequests:      [N,         Y,          Y,      Y,      Y,     Y,          Y],
  myAdministeredCities:          [N,         Y,          Y,      Y,      Y,     Y,          Y],
  myPendingCounts:               [N,         Y,          Y,      Y,      Y,     Y,          Y],
  representationRequests:        [N,         N,          N,      N,      N,     N,          Y],
  cityMembers:                   [N,         N,          N,      N,      Y,     N,          Y],
  cityInvitations:               [N,         N,          N,      N,      Y,     N,          Y],
  auditLog:                      [N,         N,          N,      N,      N,     N,          Y],
  failedJobs:                    [N,         N,          N,      N,      N,     N,          Y],
  createPractice:                [N,         N,          N,      Y,      Y,     N,          N],
  updatePractice:                [N,         N,          N,      Y,      Y,     N,          N],
  submitPractice:                [N,         N,          N,      Y,      Y,     N,          N],
  publishPractice:               [N,         N,          N,      N,      Y,     N,          Y],
  returnPractice:                [N,         N,          N,      N,      Y,     N,          Y],
  archivePractice:               [N,         N,          N,      N,      Y,     N,          Y],
  myPractices:                   [N,         Y,          Y,      Y,      Y,     Y,          Y],
  practicesToReview:             [N,         Y,          Y,      Y,      Y,     Y,          Y],
  recordAdoption:                [N,         N,          N,      Y,      Y,     N,          Y],
  updateAdoption:                [N,         N,          N,      Y,      Y,     N,          Y],
  // Visits: Kota Solok requests, accepts, withdraws and edits its delegation as the visiting city (its
  // editors and admins); it confirms, proposes, declines, reschedules and edits the hosting as the host
  // (its admins). Cancel and complete act on a visit Solok makes. The other city is Kota Padang.
  requestVisit:                  [N,         N,          N,      Y,      Y,     N,          N],
  confirmVisit:                  [N,         N,          N,      N,      Y,     N,          N],
  proposeVisitWindows:           [N,         N,          N,      N,      Y,     N,          N],
  declineVisit:                  [N,         N,          N,      N,      Y,     N,          N],
  rescheduleVisit:               [N,         N,          N,      N,      Y,     N,          N],
  updateVisitHosting:            [N,         N,          N,      N,      Y,     N,          N],
  acceptVisitProposal:           [N,         N,          N,      Y,      Y,     N,          N],
  withdrawVisit:                 [N,         N,          N,      Y,      Y,     N,          N],
  updateVisitDelegation:         [N,         N,          N,      Y,      Y,     N,          N],
  cancelVisit:                   [N,         N,          N,      Y,      Y,     N,          N],
  completeVisit:                 [N,         N,          N,      Y,      Y,     N,          N],
  setVisitAvailability:          [N,         N,          N,      N,      Y,     N,          N],
  visitInbox:                    [N,         Y,          Y,      Y,      Y,     Y,          Y],
  myVisits:                      [N,         Y,          Y,      Y,      Y,     Y,          Y],
  notifications:                 [N,         Y,          Y,      Y,      Y,     Y,          Y],
  unreadNotificationCount:       [N,         Y,          Y,      Y,      Y,     Y,          Y],
  markNotificationsRead:         [N,         Y,          Y,      Y,      Y,     Y,          Y],
  fileVisitReport:               [N,         N,          N,      Y,      Y,     N,          N],
  updateVisitFollowUp:           [N,         N,          N,      Y,      Y,     N,          N],
  cityVisitOutcomes:             [N,         N,          Y,      Y,      Y,     N,          Y],
  calendarFeed:                  [N,         N,          N,      N,      Y,     N,          N],
  rotateCalendarFeedToken:       [N,         N,          N,      N,      Y,     N,          N],
  createIndicator:               [N,         N,          N,      N,      N,     N,          Y],
  updateIndicator:               [N,         N,          N,      N,      N,     N,          Y],
  recordObservation:             [N,         N,          N,      Y,      Y,     N,          Y],
  metricImport:                  [N,         N,          N,      Y,      Y,     N,          Y],
  previewMetricImport:           [N,         N,          N,      Y,      Y,     N,          Y],
  commitMetricImport:            [N,         N,          N,      Y,      Y,     N,          Y],
  undoMetricImport:              [N,         N,          N,      Y,      Y,     N,          Y],
  // A practice's related indicators (metrics): whoever may edit the practice.
  setPracticeIndicators:         [N,         N,          N,      Y,      Y,     N,          N],
});

function table(rows: Record<string, boolean[]>): Record<string, Record<Role, boolean>> {
  return Object.fromEntries(
    Object.entries(rows).map(([operation, cells]) => {
      if (cells.length !== ROLE_NAMES.length) throw new Error(`${operation}: one cell per role`);
      return [operation, Object.fromEntries(ROLE_NAMES.map((role, i) => [role, cells[i]])) as Record<Role, boolean>];
    }),
  );
}

const ROLES: Record<Role, string | null> = {
  anonymous: null,
  'member of another city': DEMO.medanEditor[0],
  member: DEMO.solokMember[0],
  editor: 'editor.solok@example.id',
  admin: 'admin.solok@example.id',
  researcher: DEMO.researcher[0],
  'platform admin': DEMO.admin[0],
};

beforeAll(async () => {
  t = await startTestApp();
  await user(ROLES.editor as string, 'EDITOR');
  await user(ROLES.admin as string, 'ADMIN');
});
afterAll(() => t.close());

describe('policy coverage', () => {
  const operations = (kind: 'getMutationType' | 'getQueryType') => Object.keys(t.app.get(GraphQLSchemaHost).schema[kind]()?.getFields() ?? {});

  it('has a policy for every mutation of the schema', () => {
    expect(operations('getMutationType').filter((name) => !POLICY_BY_OPERATION.has(name))).toEqual([]);
  });

  it('has a policy (or an explicit Public) for every query of the schema', () => {
    expect(operations('getQueryType').filter((name) => !POLICY_BY_OPERATION.has(name))).toEqual([]);
  });

  it('has a row in the table, and a call, for every mutation and every query that is not public', () => {
    const guarded = operations('getQueryType').filter((name) => {
      const policy = POLICY_BY_OPERATION.get(name);
      return policy && !('public' in policy);
    });
    const expected = [...operations('getMutationType'), ...guarded].sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(expected);
    expect(Object.keys(CALLS).sort()).toEqual(expected);
  });
});

describe('authorization matrix', () => {
  const cases = Object.entries(EXPECTED).flatMap(([operation, byRole]) => ROLE_NAMES.map((role) => [operation, role, byRole[role]] as const));

  it.each(cases)('%s as %s: allowed %s', async (operation, role, allowed) => {
    const email = ROLES[role];
    const call = await CALLS[operation]();
    let req = t.http().post('/graphql').set('apollo-require-preflight', 'true').set('content-type', 'application/json');
    if (email) req = req.set('cookie', await cookieFor(email));
    const res = await req.send({ query: call.query, variables: call.variables });

    if (allowed) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data[operation]).toBeDefined();
      if (operation in (t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {})) {
        expect(res.body.data[operation]).toEqual(expect.objectContaining({ userErrors: expect.any(Array) }));
      }
    } else {
      expect(res.body.errors?.[0]?.extensions?.code).toBe(email ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      expect(res.body.data?.[operation] ?? null).toBeNull();
    }
  });
});
