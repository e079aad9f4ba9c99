import { ACTIONS, Action, Actor, allOf, CITY_ACTIONS, allowedActions, anyOf, cityRole, inCity, inState, isAllowed, owner, platformAdmin, Resource } from './policy.js';

const user = (over: Partial<Actor> = {}): Actor => ({ userId: 'u1', isPlatformAdmin: false, isResearcher: false, memberships: [], ...over });
const solok = inCity('13.72');
const medan = inCity('12.71');

describe('policy', () => {
  it('lets anyone sign up, sign in and reset a password, and nobody anonymous do more', () => {
    expect(isAllowed(null, 'ACCOUNT_SIGN_UP')).toBe(true);
    expect(isAllowed(null, 'ACCOUNT_SIGN_IN')).toBe(true);
    expect(isAllowed(null, 'ACCOUNT_RESET_PASSWORD')).toBe(true);
    expect(isAllowed(null, 'REPRESENTATION_REQUEST')).toBe(false);
    expect(isAllowed(null, 'CITY_MEMBERS_INVITE', solok)).toBe(false);
  });

  it('lets a city admin manage the members of that city only', () => {
    const admin = user({ memberships: [{ cityId: '13.72', role: 'ADMIN' }] });
    expect(isAllowed(admin, 'CITY_MEMBERS_INVITE', solok)).toBe(true);
    expect(isAllowed(admin, 'CITY_MEMBERS_REMOVE', solok)).toBe(true);
    expect(isAllowed(admin, 'CITY_MEMBERS_INVITE', medan)).toBe(false);
    expect(isAllowed(admin, 'CITY_MEMBERS_INVITE')).toBe(false); // no city named, nothing allowed
  });

  it('does not let editors or members manage members', () => {
    for (const role of ['EDITOR', 'MEMBER'] as const) {
      expect(isAllowed(user({ memberships: [{ cityId: '13.72', role }] }), 'CITY_MEMBERS_INVITE', solok)).toBe(false);
    }
  });

  it('lets a platform admin review requests, read the audit log, see failed jobs and manage any city', () => {
    const admin = user({ isPlatformAdmin: true });
    expect(isAllowed(admin, 'REPRESENTATION_REVIEW')).toBe(true);
    expect(isAllowed(admin, 'AUDIT_LOG_VIEW')).toBe(true);
    expect(isAllowed(admin, 'JOBS_VIEW')).toBe(true);
    expect(isAllowed(user({ memberships: [{ cityId: '13.72', role: 'ADMIN' }] }), 'JOBS_VIEW')).toBe(false);
    expect(isAllowed(admin, 'CITY_MEMBERS_CHANGE_ROLE', medan)).toBe(true);
    expect(isAllowed(user({ isResearcher: true }), 'AUDIT_LOG_VIEW')).toBe(false);
  });

  it('lists allowed actions separately for global and city scope', () => {
    expect(allowedActions(null)).toEqual(['ACCOUNT_SIGN_UP', 'ACCOUNT_SIGN_IN', 'ACCOUNT_REQUEST_PASSWORD_RESET', 'ACCOUNT_RESET_PASSWORD', 'ACCOUNT_CONFIRM_EMAIL', 'REPRESENTATION_CONFIRM_OFFICIAL_EMAIL']);
    const admin = user({ memberships: [{ cityId: '13.72', role: 'ADMIN' }] });
    expect(allowedActions(admin, solok)).toEqual([
      'CITY_MEMBERS_VIEW',
      'CITY_MEMBERS_INVITE',
      'CITY_MEMBERS_CHANGE_ROLE',
      'CITY_MEMBERS_REMOVE',
      'CITY_INVITATIONS_REVOKE',
      'PRACTICE_CREATE',
      'PRACTICE_EDIT',
      'PRACTICE_SUBMIT',
      'PRACTICE_PUBLISH',
      'PRACTICE_RETURN',
      'PRACTICE_ARCHIVE',
      'PRACTICE_VIEW_DRAFT',
      'ADOPTION_RECORD',
      'ADOPTION_UPDATE',
      'VISIT_AVAILABILITY_EDIT',
      'VISIT_OUTCOMES_VIEW',
      'CALENDAR_FEED_MANAGE',
      'METRICS_OBSERVATION_EDIT',
      'METRICS_IMPORT',
      'PRACTICE_INDICATORS_EDIT',
    ]);
    expect(allowedActions(admin, medan)).toEqual([]);
  });

  it("lets only a city's own admins manage its calendar feed (its token shows private visits)", () => {
    const as = (role: 'ADMIN' | 'EDITOR' | 'MEMBER') => user({ memberships: [{ cityId: '13.72', role }] });
    expect(isAllowed(as('ADMIN'), 'CALENDAR_FEED_MANAGE', solok)).toBe(true);
    expect(isAllowed(as('EDITOR'), 'CALENDAR_FEED_MANAGE', solok)).toBe(false);
    expect(isAllowed(as('MEMBER'), 'CALENDAR_FEED_MANAGE', solok)).toBe(false);
    expect(isAllowed(as('ADMIN'), 'CALENDAR_FEED_MANAGE', medan)).toBe(false);
    expect(isAllowed(user({ isPlatformAdmin: true }), 'CALENDAR_FEED_MANAGE', solok)).toBe(false);
    expect(isAllowed(null, 'CALENDAR_FEED_MANAGE', solok)).toBe(false);
  });

  it('lets an admin of any city of a resource act on it, and nobody on a resource without cities', () => {
    const admin = user({ memberships: [{ cityId: '13.72', role: 'ADMIN' }] });
    const visit: Resource = { cities: [{ cityId: '12.71', part: 'host' }, { cityId: '13.72', part: 'visiting' }] };
    expect(isAllowed(admin, 'CITY_MEMBERS_VIEW', visit)).toBe(true);
    expect(isAllowed(admin, 'CITY_MEMBERS_VIEW', { cities: [{ cityId: '12.71', part: 'host' }] })).toBe(false);
    expect(isAllowed(admin, 'CITY_MEMBERS_VIEW', { cities: [] })).toBe(false);
    expect(isAllowed(admin, 'CITY_MEMBERS_VIEW', { ownerId: 'u1' })).toBe(false); // owning is not administering
  });
});

describe('uploads', () => {
  it('lets editors and admins of some city and platform admins upload; with a city named, of that city', () => {
    const role = (r: 'ADMIN' | 'EDITOR' | 'MEMBER') => user({ memberships: [{ cityId: '13.72', role: r }] });
    expect(['ADMIN', 'EDITOR', 'MEMBER'].map((r) => isAllowed(role(r as 'ADMIN'), 'UPLOAD_CREATE'))).toEqual([true, true, false]);
    expect(isAllowed(null, 'UPLOAD_CREATE')).toBe(false);
    expect(isAllowed(user({ isResearcher: true }), 'UPLOAD_CREATE')).toBe(false);
    expect(isAllowed(user({ isPlatformAdmin: true }), 'UPLOAD_CREATE')).toBe(true);
    expect([isAllowed(role('EDITOR'), 'UPLOAD_CREATE', solok), isAllowed(role('EDITOR'), 'UPLOAD_CREATE', medan)]).toEqual([true, false]);
    expect(isAllowed(user({ isPlatformAdmin: true }), 'UPLOAD_CREATE', medan)).toBe(true);
  });
});

describe('rules for resources with several cities, an owner and a state', () => {
  const visit: Resource = { cities: [{ cityId: '12.71', part: 'host' }, { cityId: '13.72', part: 'visiting' }], state: 'PROPOSED' };
  const medanAdmin = user({ userId: 'a', memberships: [{ cityId: '12.71', role: 'ADMIN' }] });
  const solokAdmin = user({ userId: 'b', memberships: [{ cityId: '13.72', role: 'ADMIN' }] });

  it('tells the host city from the visiting city', () => {
    const confirm = allOf(cityRole(['ADMIN'], ['host']), inState('PROPOSED'));
    expect(confirm(medanAdmin, visit)).toBe(true);
    expect(confirm(solokAdmin, visit)).toBe(false);
    expect(confirm(medanAdmin, { ...visit, state: 'CONFIRMED' })).toBe(false);
    expect(cityRole(['ADMIN'])(solokAdmin, visit)).toBe(true); // either part when none is named
    expect(cityRole(['EDITOR'])(solokAdmin, visit)).toBe(false);
  });

  it("lets a practice's author edit a draft, an editor of its city any state, and a platform admin anything", () => {
    const edit = anyOf(platformAdmin, allOf(owner, inState('DRAFT')), cityRole(['EDITOR', 'ADMIN'], ['home']));
    const draft: Resource = { ...inCity('13.72'), ownerId: 'author', state: 'DRAFT' };
    const published = { ...draft, state: 'PUBLISHED' };
    const author = user({ userId: 'author' });
    const editor = user({ userId: 'e', memberships: [{ cityId: '13.72', role: 'EDITOR' }] });
    const member = user({ userId: 'm', memberships: [{ cityId: '13.72', role: 'MEMBER' }] });
    expect([edit(author, draft), edit(author, published)]).toEqual([true, false]);
    expect([edit(editor, draft), edit(editor, published)]).toEqual([true, true]);
    expect([edit(member, draft), edit(null, draft)]).toEqual([false, false]);
    expect(edit(user({ isPlatformAdmin: true }), published)).toBe(true);
    expect(owner(author, { state: 'DRAFT' })).toBe(false); // no owner named, nobody owns it
  });
});

describe('practices', () => {
  const editor = user({ memberships: [{ cityId: '13.72', role: 'EDITOR' }] });
  const admin = user({ memberships: [{ cityId: '13.72', role: 'ADMIN' }] });
  const member = user({ memberships: [{ cityId: '13.72', role: 'MEMBER' }] });

  it("lets a city's editors and admins write and submit its practices, and nobody else", () => {
    for (const action of ['PRACTICE_CREATE', 'PRACTICE_EDIT', 'PRACTICE_SUBMIT', 'PRACTICE_INDICATORS_EDIT'] as const) {
      expect(isAllowed(editor, action, solok)).toBe(true);
      expect(isAllowed(admin, action, solok)).toBe(true);
      expect(isAllowed(editor, action, medan)).toBe(false);
      expect(isAllowed(member, action, solok)).toBe(false);
      expect(isAllowed(user({ isPlatformAdmin: true }), action, solok)).toBe(false);
    }
  });

  it("lets the city's admin or a platform admin publish, return and archive, not an editor", () => {
    for (const action of ['PRACTICE_PUBLISH', 'PRACTICE_RETURN', 'PRACTICE_ARCHIVE'] as const) {
      expect(isAllowed(admin, action, solok)).toBe(true);
      expect(isAllowed(user({ isPlatformAdmin: true }), action, medan)).toBe(true);
      expect(isAllowed(admin, action, medan)).toBe(false);
      expect(isAllowed(editor, action, solok)).toBe(false);
    }
  });

  it('shows drafts to the writers of the city and platform admins only', () => {
    expect(isAllowed(editor, 'PRACTICE_VIEW_DRAFT', solok)).toBe(true);
    expect(isAllowed(user({ isPlatformAdmin: true }), 'PRACTICE_VIEW_DRAFT', solok)).toBe(true);
    expect(isAllowed(member, 'PRACTICE_VIEW_DRAFT', solok)).toBe(false);
    expect(isAllowed(null, 'PRACTICE_VIEW_DRAFT', solok)).toBe(false);
  });
});

describe('adoptions policy', () => {
  const actor = (memberships: { cityId: string; role: 'ADMIN' | 'EDITOR' | 'MEMBER' }[], isPlatformAdmin = false) => ({ userId: 'u', isPlatformAdmin, isResearcher: false, memberships });
  const solok = { cities: [{ cityId: '13.72', part: 'home' as const }] };

  it("lets the adopting city's editors and admins and platform admins record and change its adoptions, nobody else", () => {
    for (const action of ['ADOPTION_RECORD', 'ADOPTION_UPDATE'] as const) {
      expect(isAllowed(actor([{ cityId: '13.72', role: 'EDITOR' }]), action, solok)).toBe(true);
      expect(isAllowed(actor([{ cityId: '13.72', role: 'ADMIN' }]), action, solok)).toBe(true);
      expect(isAllowed(actor([], true), action, solok)).toBe(true);
      expect(isAllowed(actor([{ cityId: '13.72', role: 'MEMBER' }]), action, solok)).toBe(false);
      expect(isAllowed(actor([{ cityId: '12.71', role: 'EDITOR' }]), action, solok)).toBe(false);
      expect(isAllowed(null, action, solok)).toBe(false);
    }
  });
});

describe('visits', () => {
  // Kota Solok (13.72) visits Kota Medan (12.71).
  const visit: Resource = { cities: [{ cityId: '12.71', part: 'host' }, { cityId: '13.72', part: 'visiting' }], state: 'requested' };
  type Who = 'anonymous' | 'platformAdmin' | 'hostAdmin' | 'hostEditor' | 'hostMember' | 'visitingAdmin' | 'visitingEditor' | 'visitingMember' | 'outsider';
  const WHO: Record<Who, Actor | null> = {
    anonymous: null,
    platformAdmin: user({ isPlatformAdmin: true }),
    hostAdmin: user({ memberships: [{ cityId: '12.71', role: 'ADMIN' }] }),
    hostEditor: user({ memberships: [{ cityId: '12.71', role: 'EDITOR' }] }),
    hostMember: user({ memberships: [{ cityId: '12.71', role: 'MEMBER' }] }),
    visitingAdmin: user({ memberships: [{ cityId: '13.72', role: 'ADMIN' }] }),
    visitingEditor: user({ memberships: [{ cityId: '13.72', role: 'EDITOR' }] }),
    visitingMember: user({ memberships: [{ cityId: '13.72', role: 'MEMBER' }] }),
    outsider: user({ memberships: [{ cityId: '31.71', role: 'ADMIN' }] }),
  };
  const allowedFor = (action: Action, resource: Resource = visit) =>
    (Object.keys(WHO) as Who[]).filter((who) => isAllowed(WHO[who], action, resource));

  it.each([
    ['VISIT_ACCEPT', ['visitingAdmin', 'visitingEditor']],
    ['VISIT_WITHDRAW', ['visitingAdmin', 'visitingEditor']],
    ['VISIT_EDIT_DELEGATION', ['visitingAdmin', 'visitingEditor']],
    ['VISIT_REPORT', ['visitingAdmin', 'visitingEditor']],
    ['VISIT_CONFIRM', ['hostAdmin']],
    ['VISIT_PROPOSE', ['hostAdmin']],
    ['VISIT_DECLINE', ['hostAdmin']],
    ['VISIT_RESCHEDULE', ['hostAdmin']],
    ['VISIT_EDIT_HOSTING', ['hostAdmin']],
    ['VISIT_CANCEL', ['hostAdmin', 'visitingAdmin', 'visitingEditor']],
    ['VISIT_COMPLETE', ['hostAdmin', 'visitingAdmin', 'visitingEditor']],
    ['VISIT_VIEW_DETAILS', ['platformAdmin', 'hostAdmin', 'hostEditor', 'hostMember', 'visitingAdmin', 'visitingEditor', 'visitingMember']],
  ] as const)('%s on a visit: %j', (action, who) => {
    expect(allowedFor(action)).toEqual(who);
  });

  it('lets the editors and admins of the visiting city request a visit', () => {
    expect(allowedFor('VISIT_REQUEST', { cities: [{ cityId: '13.72', part: 'visiting' }] })).toEqual(['visitingAdmin', 'visitingEditor']);
  });

  it('lets a city admin edit its own availability only', () => {
    expect(allowedFor('VISIT_AVAILABILITY_EDIT', inCity('12.71'))).toEqual(['hostAdmin']);
  });

  it('shows the inbox and notifications to anyone signed in', () => {
    expect(allowedFor('VISIT_INBOX', {})).toEqual(Object.keys(WHO).filter((who) => who !== 'anonymous'));
    expect(allowedFor('NOTIFICATIONS_VIEW', {})).toEqual(Object.keys(WHO).filter((who) => who !== 'anonymous'));
  });

  it('keeps the visit actions scoped to a resource', () => {
    for (const action of ACTIONS.filter((a) => a.startsWith('VISIT_') && a !== 'VISIT_INBOX')) expect(CITY_ACTIONS).toContain(action);
    expect(CITY_ACTIONS).not.toContain('VISIT_INBOX');
  });

  it('shows what the visits of a city cost and produced to its members only', () => {
    const solokCity: Resource = { cities: [{ cityId: '13.72', part: 'home' }] };
    expect(isAllowed(user({ memberships: [{ cityId: '13.72', role: 'MEMBER' }] }), 'VISIT_OUTCOMES_VIEW', solokCity)).toBe(true);
    expect(isAllowed(user({ memberships: [{ cityId: '12.71', role: 'ADMIN' }] }), 'VISIT_OUTCOMES_VIEW', solokCity)).toBe(false);
    expect(isAllowed(user({ isPlatformAdmin: true }), 'VISIT_OUTCOMES_VIEW', solokCity)).toBe(true);
    expect(isAllowed(null, 'VISIT_OUTCOMES_VIEW', solokCity)).toBe(false);
  });
});

describe('metrics policy', () => {
  const actor = (memberships: { cityId: string; role: 'ADMIN' | 'EDITOR' | 'MEMBER' }[], isPlatformAdmin = false) => ({ userId: 'u', isPlatformAdmin, isResearcher: false, memberships });
  const solok = { cities: [{ cityId: '13.72', part: 'home' as const }] };

  it("lets a city's editors and admins and platform admins enter and import its numbers, nobody else", () => {
    for (const action of ['METRICS_OBSERVATION_EDIT', 'METRICS_IMPORT'] as const) {
      expect(isAllowed(actor([{ cityId: '13.72', role: 'EDITOR' }]), action, solok)).toBe(true);
      expect(isAllowed(actor([{ cityId: '13.72', role: 'ADMIN' }]), action, solok)).toBe(true);
      expect(isAllowed(actor([], true), action, solok)).toBe(true);
      expect(isAllowed(actor([{ cityId: '13.72', role: 'MEMBER' }]), action, solok)).toBe(false);
      expect(isAllowed(actor([{ cityId: '12.71', role: 'EDITOR' }]), action, solok)).toBe(false);
      expect(isAllowed(null, action, solok)).toBe(false);
    }
  });

  it('lets only platform admins change the indicator catalogue', () => {
    expect(isAllowed(actor([], true), 'METRICS_INDICATOR_EDIT')).toBe(true);
    expect(isAllowed(actor([{ cityId: '13.72', role: 'ADMIN' }]), 'METRICS_INDICATOR_EDIT')).toBe(false);
    expect(isAllowed(null, 'METRICS_INDICATOR_EDIT')).toBe(false);
  });
});
