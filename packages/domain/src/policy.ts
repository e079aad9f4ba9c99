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
  'ACCOUNT_CONFIRM_EMAIL',
  'ACCOUNT_RESEND_EMAIL_CONFIRMATION',
  'REPRESENTATION_REQUEST',
  'REPRESENTATION_REVIEW',
  'REPRESENTATION_CONFIRM_OFFICIAL_EMAIL',
  'MY_CITIES_VIEW',
  'INVITATION_ACCEPT',
  'CITY_MEMBERS_VIEW',
  'CITY_MEMBERS_INVITE',
  'CITY_MEMBERS_CHANGE_ROLE',
  'CITY_MEMBERS_REMOVE',
  'CITY_INVITATIONS_REVOKE',
  'AUDIT_LOG_VIEW',
  'JOBS_VIEW',
  'PRACTICE_CREATE',
  'PRACTICE_EDIT',
  'PRACTICE_SUBMIT',
  'PRACTICE_PUBLISH',
  'PRACTICE_RETURN',
  'PRACTICE_ARCHIVE',
  'PRACTICE_VIEW_DRAFT',
  'PRACTICE_LIST_MINE',
  'PRACTICE_REVIEW_QUEUE',
  'UPLOAD_CREATE',
  'ADOPTION_RECORD',
  'ADOPTION_UPDATE',
  'VISIT_REQUEST',
  'VISIT_ACCEPT',
  'VISIT_WITHDRAW',
  'VISIT_EDIT_DELEGATION',
  'VISIT_REPORT',
  'VISIT_CONFIRM',
  'VISIT_PROPOSE',
  'VISIT_DECLINE',
  'VISIT_RESCHEDULE',
  'VISIT_EDIT_HOSTING',
  'VISIT_CANCEL',
  'VISIT_COMPLETE',
  'VISIT_VIEW_DETAILS',
  'VISIT_AVAILABILITY_EDIT',
  'VISIT_INBOX',
  'NOTIFICATIONS_VIEW',
  'VISIT_OUTCOMES_VIEW',
  'CALENDAR_FEED_MANAGE',
  'METRICS_INDICATOR_EDIT',
  'METRICS_OBSERVATION_EDIT',
  'METRICS_IMPORT',
  'PRACTICE_INDICATORS_EDIT',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  userId: string;
  isPlatformAdmin: boolean;
  isResearcher: boolean;
  /** cityId is the city's official code, e.g. "13.72". */
  memberships: readonly { cityId: string; role: CityRole }[];
}

/**
 * How a city takes part in what an action is taken on: `home` is the one city a thing belongs to
 * (a membership, an invitation, a practice); a visit has a `host` and a `visiting` city.
 */
export type CityPart = 'home' | 'host' | 'visiting';

/** What an action is taken on: its cities, its owner (e.g. a practice's author) and its workflow state. */
export interface Resource {
  cities?: readonly { cityId: string; part: CityPart }[];
  ownerId?: string;
  state?: string;
}

/** The resource of something that belongs to one city. */
export const inCity = (cityId: string): Resource => ({ cities: [{ cityId, part: 'home' }] });

export type Rule = (actor: Actor | null, resource: Resource) => boolean;

// Rules are built from these, so a new domain states its rules without special cases.
export const anyone: Rule = () => true;
export const signedIn: Rule = (actor) => actor !== null;
export const platformAdmin: Rule = (actor) => actor?.isPlatformAdmin === true;
/** The actor has one of `roles` in a city of the resource (in one of `parts`, when given). */
export const cityRole =
  (roles: readonly CityRole[], parts?: readonly CityPart[]): Rule =>
  (actor, { cities = [] }) =>
    !!actor && cities.some((c) => (!parts || parts.includes(c.part)) && actor.memberships.some((m) => m.cityId === c.cityId && roles.includes(m.role)));
export const owner: Rule = (actor, { ownerId }) => !!actor && ownerId !== undefined && actor.userId === ownerId;
export const inState =
  (...states: string[]): Rule =>
  (_, { state }) =>
    state !== undefined && states.includes(state);
export const anyOf =
  (...rules: Rule[]): Rule =>
  (actor, resource) =>
    rules.some((rule) => rule(actor, resource));
export const allOf =
  (...rules: Rule[]): Rule =>
  (actor, resource) =>
    rules.every((rule) => rule(actor, resource));

const cityAdmin = anyOf(platformAdmin, cityRole(['ADMIN']));
/** Those who write a city's practices: its editors and admins. */
const cityWriter = cityRole(['EDITOR', 'ADMIN']);
const visitingWriter = cityRole(['EDITOR', 'ADMIN'], ['visiting']);
const hostAdmin = cityRole(['ADMIN'], ['host']);

/**
 * The actor has one of `roles` in some city: in a city of the resource when it names cities, else
 * in any city (e.g. an upload made before the practice it will be attached to exists).
 */
export const roleInSomeCity =
  (roles: readonly CityRole[]): Rule =>
  (actor, resource) =>
    resource.cities?.length ? cityRole(roles)(actor, resource) : !!actor && actor.memberships.some((m) => roles.includes(m.role));

export const RULES: Record<Action, Rule> = {
  ACCOUNT_SIGN_UP: anyone,
  ACCOUNT_SIGN_IN: anyone,
  ACCOUNT_REQUEST_PASSWORD_RESET: anyone,
  ACCOUNT_RESET_PASSWORD: anyone, // the single-use token is the proof
  ACCOUNT_CONFIRM_EMAIL: anyone, // likewise: the link may be opened in a browser that is not signed in
  INVITATION_ACCEPT: signedIn, // and the invitation's e-mail must be the account's (checked with the token)
  ACCOUNT_SIGN_OUT: signedIn,
  ACCOUNT_UPDATE_PROFILE: signedIn,
  ACCOUNT_RESEND_EMAIL_CONFIRMATION: signedIn,
  REPRESENTATION_REQUEST: signedIn,
  REPRESENTATION_REVIEW: platformAdmin,
  REPRESENTATION_CONFIRM_OFFICIAL_EMAIL: anyone, // the link sent to the official address is the proof
  MY_CITIES_VIEW: signedIn, // lists only the cities the user administers
  AUDIT_LOG_VIEW: platformAdmin,
  JOBS_VIEW: platformAdmin,
  CITY_MEMBERS_VIEW: cityAdmin,
  CITY_MEMBERS_INVITE: cityAdmin,
  CITY_MEMBERS_CHANGE_ROLE: cityAdmin,
  CITY_MEMBERS_REMOVE: cityAdmin,
  CITY_INVITATIONS_REVOKE: cityAdmin,
  PRACTICE_CREATE: cityWriter,
  PRACTICE_EDIT: cityWriter,
  PRACTICE_SUBMIT: cityWriter,
  PRACTICE_PUBLISH: cityAdmin,
  PRACTICE_RETURN: cityAdmin,
  PRACTICE_ARCHIVE: cityAdmin,
  // Drafts, practices in review and archived ones: whoever writes or reviews for the city.
  PRACTICE_VIEW_DRAFT: anyOf(cityWriter, platformAdmin),
  PRACTICE_LIST_MINE: signedIn, // lists only the practices of the user's own cities and their own
  PRACTICE_REVIEW_QUEUE: signedIn, // lists only the practices the user may publish
  // Files are uploaded to be attached to a city's practices, which its editors and admins write.
  UPLOAD_CREATE: anyOf(platformAdmin, roleInSomeCity(['ADMIN', 'EDITOR'])),
  // The adopting city's editors and admins record and change its adoptions (the resource is that city).
  ADOPTION_RECORD: anyOf(cityWriter, platformAdmin),
  ADOPTION_UPDATE: anyOf(cityWriter, platformAdmin),
  // Working visits: the visiting city's editors and admins ask and prepare; the host's admins answer.
  // Which action fits the visit's state is the state machine's (visit.ts), not the policy's, to say.
  VISIT_REQUEST: visitingWriter,
  VISIT_ACCEPT: visitingWriter,
  VISIT_WITHDRAW: visitingWriter,
  VISIT_EDIT_DELEGATION: visitingWriter,
  VISIT_REPORT: visitingWriter,
  VISIT_CONFIRM: hostAdmin,
  VISIT_PROPOSE: hostAdmin,
  VISIT_DECLINE: hostAdmin,
  VISIT_RESCHEDULE: hostAdmin,
  VISIT_EDIT_HOSTING: hostAdmin,
  VISIT_CANCEL: anyOf(hostAdmin, visitingWriter),
  VISIT_COMPLETE: anyOf(hostAdmin, visitingWriter),
  // Rosters, contacts, the timeline and private visits: any member of either city.
  VISIT_VIEW_DETAILS: anyOf(cityRole(['ADMIN', 'EDITOR', 'MEMBER'], ['host', 'visiting']), platformAdmin),
  VISIT_AVAILABILITY_EDIT: cityRole(['ADMIN'], ['home']),
  VISIT_INBOX: signedIn, // lists only the visits awaiting the user's cities
  NOTIFICATIONS_VIEW: signedIn, // lists only the user's own
  // What a city's visits cost and produced: its members (any role) and platform admins.
  VISIT_OUTCOMES_VIEW: anyOf(cityRole(['ADMIN', 'EDITOR', 'MEMBER'], ['home']), platformAdmin),
  // The secret feed link shows the city's private visits and rosters: its admins see and rotate it.
  CALENDAR_FEED_MANAGE: cityRole(['ADMIN'], ['home']),
  // The catalogue is shared by every city: only platform admins change it.
  METRICS_INDICATOR_EDIT: platformAdmin,
  // A city's numbers are entered and imported by its editors and admins; platform admins for any city.
  METRICS_OBSERVATION_EDIT: anyOf(cityWriter, platformAdmin),
  METRICS_IMPORT: anyOf(cityWriter, platformAdmin),
  // A practice's related indicators (metrics): whoever may edit the practice, its city's editors and admins.
  PRACTICE_INDICATORS_EDIT: cityWriter,
};

/** Actions that are taken on a city's things and need the resource. */
export const CITY_ACTIONS: readonly Action[] = [
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
  'VISIT_REQUEST',
  'VISIT_ACCEPT',
  'VISIT_WITHDRAW',
  'VISIT_EDIT_DELEGATION',
  'VISIT_REPORT',
  'VISIT_CONFIRM',
  'VISIT_PROPOSE',
  'VISIT_DECLINE',
  'VISIT_RESCHEDULE',
  'VISIT_EDIT_HOSTING',
  'VISIT_CANCEL',
  'VISIT_COMPLETE',
  'VISIT_VIEW_DETAILS',
  'VISIT_AVAILABILITY_EDIT',
  'VISIT_OUTCOMES_VIEW',
  'CALENDAR_FEED_MANAGE',
  'METRICS_OBSERVATION_EDIT',
  'METRICS_IMPORT',
  'PRACTICE_INDICATORS_EDIT',
];

export function isAllowed(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  return RULES[action](actor, resource);
}

/** The actions an actor may take without naming a resource, or on the given one. */
export function allowedActions(actor: Actor | null, resource?: Resource): Action[] {
  const scoped = resource !== undefined;
  return ACTIONS.filter((action) => CITY_ACTIONS.includes(action) === scoped && isAllowed(actor, action, resource));
}
