import { Actor, allowedActions, isAllowed } from './policy.js';

const user = (over: Partial<Actor> = {}): Actor => ({ userId: 'u1', isPlatformAdmin: false, isResearcher: false, memberships: [], ...over });
const solok = { cityId: '13.72' };
const medan = { cityId: '12.71' };

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
    expect(allowedActions(null)).toEqual(['ACCOUNT_SIGN_UP', 'ACCOUNT_SIGN_IN', 'ACCOUNT_REQUEST_PASSWORD_RESET', 'ACCOUNT_RESET_PASSWORD']);
    const admin = user({ memberships: [{ cityId: '13.72', role: 'ADMIN' }] });
    expect(allowedActions(admin, solok)).toEqual(['CITY_MEMBERS_VIEW', 'CITY_MEMBERS_INVITE', 'CITY_MEMBERS_CHANGE_ROLE', 'CITY_MEMBERS_REMOVE', 'CITY_INVITATIONS_REVOKE']);
    expect(allowedActions(admin, medan)).toEqual([]);
  });
});
