/**
 * The working visit (kunjungan kerja) between two cities: its states, who acts on which side, and
 * which action leads where. The API decides with it; the web app shows the allowed actions with it.
 */

export const VISIT_STATES = ['requested', 'proposed', 'confirmed', 'declined', 'withdrawn', 'cancelled', 'completed'] as const;
export type VisitState = (typeof VISIT_STATES)[number];

export const VISIT_ACTIONS = ['CONFIRM', 'PROPOSE', 'DECLINE', 'ACCEPT', 'WITHDRAW', 'RESCHEDULE', 'CANCEL', 'COMPLETE'] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/** The side a city (and those acting for it) takes in a visit. */
export type VisitSide = 'host' | 'visiting';
export const VISIT_SIDES: readonly VisitSide[] = ['host', 'visiting'];

/** Which side may take each action. */
export const VISIT_ACTION_SIDES: Record<VisitAction, readonly VisitSide[]> = {
  CONFIRM: ['host'],
  PROPOSE: ['host'],
  DECLINE: ['host'],
  ACCEPT: ['visiting'],
  WITHDRAW: ['visiting'],
  RESCHEDULE: ['host'],
  CANCEL: ['host', 'visiting'],
  COMPLETE: ['host', 'visiting'],
};

/** From which states an action may be taken, and where it leads. */
export const VISIT_TRANSITIONS: Record<VisitAction, { from: readonly VisitState[]; to: VisitState }> = {
  CONFIRM: { from: ['requested'], to: 'confirmed' },
  PROPOSE: { from: ['requested', 'proposed'], to: 'proposed' },
  DECLINE: { from: ['requested', 'proposed'], to: 'declined' },
  ACCEPT: { from: ['proposed'], to: 'confirmed' },
  WITHDRAW: { from: ['requested', 'proposed'], to: 'withdrawn' },
  RESCHEDULE: { from: ['confirmed'], to: 'proposed' },
  CANCEL: { from: ['confirmed'], to: 'cancelled' },
  COMPLETE: { from: ['confirmed'], to: 'completed' },
};

/** Nothing leaves these. */
export const FINAL_VISIT_STATES: readonly VisitState[] = ['declined', 'withdrawn', 'cancelled', 'completed'];

export const VISIT_LIMITS = {
  /** Windows a request, proposal or reschedule offers. */
  minWindows: 1,
  maxWindows: 3,
  minDelegates: 1,
  maxDelegates: 100,
  purposeMax: 2000,
  topicsMax: 10,
  topicMax: 80,
  practicesMax: 10,
  nameMax: 200,
  venueMax: 500,
  reasonMax: 2000,
  agendaMax: 50,
  hostParticipantsMax: 100,
  capacityMax: 20,
} as const;

export interface VisitClock {
  now: Date;
  /** The confirmed slot's end; a visit is completed only once it has ended. */
  endsAt: Date | null;
}

export const isVisitState = (value: unknown): value is VisitState => VISIT_STATES.includes(value as VisitState);

/** The state after `action`, or null when it cannot be taken now (an INVALID_TRANSITION). */
export function nextVisitState(state: VisitState, action: VisitAction, { now, endsAt }: VisitClock): VisitState | null {
  const rule = VISIT_TRANSITIONS[action];
  if (!rule.from.includes(state)) return null;
  if (action === 'COMPLETE' && (endsAt === null || now.getTime() < endsAt.getTime())) return null;
  return rule.to;
}

/** The actions someone acting for `sides` may take on a visit in `state` now, in VISIT_ACTIONS order. */
export function visitActionsFor(state: VisitState, sides: readonly VisitSide[], clock: VisitClock): VisitAction[] {
  return VISIT_ACTIONS.filter(
    (action) => VISIT_ACTION_SIDES[action].some((side) => sides.includes(side)) && nextVisitState(state, action, clock) !== null,
  );
}
