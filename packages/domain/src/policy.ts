/**
 * Who may do what: the one place where every permission is decided. The API asks it before every
 * mutation (and the queries that are not public); the web app asks it to decide what to show.
 */
export type CityRole = 'ADMIN' | 'EDITOR' | 'MEMBER';

export const ACTIONS = [
  'ACCOUNT_SIGN_UP',
  'ACCOUNT_SIGN_IN',
  'ACCOUNT_SIGN_OUT',
  'ACCOUNT_UPDATE_PROFILE',
  'ACCOUNT_REQUEST_PASSWORD_RESET',
  'ACCOUNT_RESET_PASSWORD',
  'REPRESENTATION_REQUEST',
  'REPRESENTATION_REVIEW',
  'INVITATION_ACCEPT',
  'CITY_MEMBERS_VIEW',
  'CITY_MEMBERS_INVITE',
  'CITY_MEMBERS_CHANGE_ROLE',
  'CITY_MEMBERS_REMOVE',
  'CITY_INVITATIONS_REVOKE',
  'AUDIT_LOG_VIEW',
  'JOBS_VIEW',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  userId: string;
  isPlatformAdmin: boolean;
  isResearcher: boolean;
  /** cityId is the city's official code, e.g. "13.72". */
  memberships: readonly { cityId: string; role: CityRole }[];
}

/** What an action is taken on; city actions need the city. */
export interface Resource {
  cityId?: string;
}

type Rule = (actor: Actor | null, resource: Resource) => boolean;

const anyone: Rule = () => true;
const signedIn: Rule = (actor) => actor !== null;
const platformAdmin: Rule = (actor) => actor?.isPlatformAdmin === true;
const cityAdmin: Rule = (actor, { cityId }) =>
  platformAdmin(actor, {}) || (cityId !== undefined && !!actor?.memberships.some((m) => m.cityId === cityId && m.role === 'ADMIN'));

export const RULES: Record<Action, Rule> = {
  ACCOUNT_SIGN_UP: anyone,
  ACCOUNT_SIGN_IN: anyone,
  ACCOUNT_REQUEST_PASSWORD_RESET: anyone,
  ACCOUNT_RESET_PASSWORD: anyone, // the single-use token is the proof
  INVITATION_ACCEPT: signedIn, // and the invitation's e-mail must be the account's (checked with the token)
  ACCOUNT_SIGN_OUT: signedIn,
  ACCOUNT_UPDATE_PROFILE: signedIn,
  REPRESENTATION_REQUEST: signedIn,
  REPRESENTATION_REVIEW: platformAdmin,
  AUDIT_LOG_VIEW: platformAdmin,
  JOBS_VIEW: platformAdmin,
  CITY_MEMBERS_VIEW: cityAdmin,
  CITY_MEMBERS_INVITE: cityAdmin,
  CITY_MEMBERS_CHANGE_ROLE: cityAdmin,
  CITY_MEMBERS_REMOVE: cityAdmin,
  CITY_INVITATIONS_REVOKE: cityAdmin,
};

/** Actions that are taken on one city and need its id. */
export const CITY_ACTIONS: readonly Action[] = [
  'CITY_MEMBERS_VIEW',
  'CITY_MEMBERS_INVITE',
  'CITY_MEMBERS_CHANGE_ROLE',
  'CITY_MEMBERS_REMOVE',
  'CITY_INVITATIONS_REVOKE',
];

export function isAllowed(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  return RULES[action](actor, resource);
}

/** The actions an actor may take without naming a city, or on the given city. */
export function allowedActions(actor: Actor | null, resource?: Resource): Action[] {
  const scoped = resource?.cityId !== undefined;
  return ACTIONS.filter((action) => CITY_ACTIONS.includes(action) === scoped && isAllowed(actor, action, resource));
}
