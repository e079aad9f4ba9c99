import type { MockLink } from '@apollo/client/testing';
import type { Viewer } from '../app/viewer';
import { MyPendingCountsDocument } from '../gql/features/graphql';
import { MeDocument } from '../gql/graphql';

// Shapes follow the contract schema; __typename lets the cache normalise them like server data.

export const SOLOK_CITY = { __typename: 'City', id: 'city-13.72', slug: 'kota-solok', name: 'Kota Solok' } as const;
export const MEDAN_CITY = { __typename: 'City', id: 'city-12.71', slug: 'kota-medan', name: 'Kota Medan' } as const;

const CITY_ADMIN_ACTIONS = [
  'CITY_MEMBERS_VIEW',
  'CITY_MEMBERS_INVITE',
  'CITY_MEMBERS_CHANGE_ROLE',
  'CITY_MEMBERS_REMOVE',
  'CITY_INVITATIONS_REVOKE',
] as const;

const SIGNED_IN_ACTIONS = [
  'ACCOUNT_SIGN_OUT',
  'ACCOUNT_UPDATE_PROFILE',
  'ACCOUNT_RESEND_EMAIL_CONFIRMATION',
  'REPRESENTATION_REQUEST',
  'INVITATION_ACCEPT',
] as const;

type Membership = Viewer['memberships'][number];

export function membership(
  city: { __typename: 'City'; id: string; slug: string; name: string },
  role: Membership['role'],
  id = `membership-${city.slug}`,
): Membership & { __typename: string } {
  return {
    __typename: 'CityMembership',
    id,
    role,
    createdAt: '2026-01-10T03:00:00.000Z',
    allowedActions: role === 'ADMIN' ? [...CITY_ADMIN_ACTIONS] : [],
    city,
  };
}

export function viewer(overrides: Partial<Viewer> = {}): Viewer & { __typename: string } {
  return {
    __typename: 'User',
    id: 'user-1',
    email: 'warga@solok.go.id',
    displayName: 'Warga Solok',
    isPlatformAdmin: false,
    isResearcher: false,
    isDemo: false,
    emailConfirmed: true,
    createdAt: '2026-01-05T02:00:00.000Z',
    allowedActions: [...SIGNED_IN_ACTIONS],
    memberships: [],
    ...overrides,
  };
}

/** A user with no special rights. */
export const WARGA = viewer();

/** The demo platform admin: reviews requests, reads the audit log, and is Kota Solok's admin. */
export const PLATFORM_ADMIN = viewer({
  id: 'user-admin',
  email: 'admin@citybridge.demo',
  displayName: 'Admin CityBridge',
  isPlatformAdmin: true,
  isDemo: true,
  allowedActions: [...SIGNED_IN_ACTIONS, 'REPRESENTATION_REVIEW', 'AUDIT_LOG_VIEW'],
  memberships: [membership(SOLOK_CITY, 'ADMIN')],
});

/** Kota Solok's admin (and an editor of Kota Medan, where they may not manage members). */
export const SOLOK_ADMIN = viewer({
  id: 'user-solok-admin',
  email: 'admin@solok.go.id',
  displayName: 'Admin Solok',
  memberships: [membership(SOLOK_CITY, 'ADMIN'), membership(MEDAN_CITY, 'EDITOR')],
});

export function meMock(me: Viewer | null, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount };
}

/** What waits for the signed-in user (the account menu asks city and platform admins). */
export function pendingCountsMock(counts = { representationRequests: 0, invitations: 0, verificationQueue: null as number | null }, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: MyPendingCountsDocument }, result: { data: { myPendingCounts: { __typename: 'PendingCounts', ...counts } } }, maxUsageCount };
}

/** As the API answers: `message` in the request's language, `messages` in each (English: `messageEn`, else the same). */
export function userError(field: string | null, code: string, message: string, messageEn = message) {
  const messages = [
    { __typename: 'LocalizedText', language: 'id', text: message },
    { __typename: 'LocalizedText', language: 'en', text: messageEn },
  ];
  return { __typename: 'UserError', field, code, message, messages };
}

export function memberRow(id: string, displayName: string, email: string, role: Membership['role'], userId = `user-${id}`) {
  return {
    __typename: 'CityMembership',
    id,
    role,
    createdAt: '2026-02-01T01:00:00.000Z',
    allowedActions: [...CITY_ADMIN_ACTIONS],
    user: { __typename: 'MemberUser', id: userId, displayName, email },
  };
}

export function invitationRow(
  id: string,
  email: string,
  role: Membership['role'],
  status: 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED' = 'PENDING',
) {
  return {
    __typename: 'Invitation',
    id,
    email,
    role,
    status,
    expiresAt: '2026-03-08T05:00:00.000Z',
    createdAt: '2026-03-01T05:00:00.000Z',
    invitedBy: { __typename: 'MemberUser', id: 'user-solok-admin', displayName: 'Admin Solok' },
  };
}

export function requestRow(
  id: string,
  overrides: Partial<{
    status: 'PENDING' | 'APPROVED' | 'REJECTED';
    message: string;
    officialEmail: string | null;
    officialEmailIsGovernment: boolean;
    officialEmailConfirmed: boolean;
    decisionNote: string | null;
    decidedAt: string | null;
    user: { id: string; displayName: string; email: string };
    city: typeof SOLOK_CITY | typeof MEDAN_CITY;
  }> = {},
) {
  const { user, city, ...rest } = overrides;
  return {
    __typename: 'RepresentationRequest',
    id,
    status: 'PENDING',
    message: 'Saya Kepala Bagian Perencanaan Kota Solok.',
    officialEmail: 'warga@solok.go.id',
    officialEmailIsGovernment: true,
    officialEmailConfirmed: true,
    decisionNote: null,
    createdAt: '2026-03-02T03:00:00.000Z',
    decidedAt: null,
    ...rest,
    user: { __typename: 'MemberUser', ...(user ?? { id: 'user-1', displayName: 'Warga Solok', email: 'warga@solok.go.id' }) },
    city: city ?? SOLOK_CITY,
  };
}
