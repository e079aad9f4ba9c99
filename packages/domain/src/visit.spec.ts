import { nextVisitState, VISIT_ACTIONS, VISIT_STATES, VisitAction, visitActionsFor, VisitState } from './visit.js';

const now = new Date('2018-10-05T10:00:00Z');
const ended = { now, endsAt: new Date('2018-10-05T09:00:00Z') };
const ongoing = { now, endsAt: new Date('2018-10-05T11:00:00Z') };

// The contract's table, written out by hand for every state and action (null = INVALID_TRANSITION).
const EXPECTED: Record<VisitState, Record<VisitAction, VisitState | null>> = {
  requested: { CONFIRM: 'confirmed', PROPOSE: 'proposed', DECLINE: 'declined', ACCEPT: null, WITHDRAW: 'withdrawn', RESCHEDULE: null, CANCEL: null, COMPLETE: null },
  proposed: { CONFIRM: null, PROPOSE: 'proposed', DECLINE: 'declined', ACCEPT: 'confirmed', WITHDRAW: 'withdrawn', RESCHEDULE: null, CANCEL: null, COMPLETE: null },
  confirmed: { CONFIRM: null, PROPOSE: null, DECLINE: null, ACCEPT: null, WITHDRAW: null, RESCHEDULE: 'proposed', CANCEL: 'cancelled', COMPLETE: 'completed' },
  declined: { CONFIRM: null, PROPOSE: null, DECLINE: null, ACCEPT: null, WITHDRAW: null, RESCHEDULE: null, CANCEL: null, COMPLETE: null },
  withdrawn: { CONFIRM: null, PROPOSE: null, DECLINE: null, ACCEPT: null, WITHDRAW: null, RESCHEDULE: null, CANCEL: null, COMPLETE: null },
  cancelled: { CONFIRM: null, PROPOSE: null, DECLINE: null, ACCEPT: null, WITHDRAW: null, RESCHEDULE: null, CANCEL: null, COMPLETE: null },
  completed: { CONFIRM: null, PROPOSE: null, DECLINE: null, ACCEPT: null, WITHDRAW: null, RESCHEDULE: null, CANCEL: null, COMPLETE: null },
};

describe('nextVisitState', () => {
  it('has a row for each of the 7 states and a column for each of the 8 actions', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...VISIT_STATES].sort());
    for (const state of VISIT_STATES) expect(Object.keys(EXPECTED[state]).sort()).toEqual([...VISIT_ACTIONS].sort());
  });

  const pairs = VISIT_STATES.flatMap((state) => VISIT_ACTIONS.map((action) => [state, action, EXPECTED[state][action]] as const));
  it.each(pairs)('%s + %s → %s (after the visit ended)', (state, action, to) => {
    expect(nextVisitState(state, action, ended)).toBe(to);
  });

  it('completes a confirmed visit only once it has ended', () => {
    expect(nextVisitState('confirmed', 'COMPLETE', ongoing)).toBeNull();
    expect(nextVisitState('confirmed', 'COMPLETE', { now, endsAt: now })).toBe('completed'); // exactly at the end
    expect(nextVisitState('confirmed', 'COMPLETE', ended)).toBe('completed');
    expect(nextVisitState('confirmed', 'COMPLETE', { now, endsAt: null })).toBeNull();
  });

  it('lets the other actions ignore the clock', () => {
    expect(nextVisitState('confirmed', 'CANCEL', ongoing)).toBe('cancelled');
    expect(nextVisitState('confirmed', 'RESCHEDULE', ongoing)).toBe('proposed');
    expect(nextVisitState('requested', 'CONFIRM', { now, endsAt: null })).toBe('confirmed');
  });
});

describe('visitActionsFor', () => {
  it('gives the host confirm, propose and decline on a request, the visiting side withdraw', () => {
    expect(visitActionsFor('requested', ['host'], ended)).toEqual(['CONFIRM', 'PROPOSE', 'DECLINE']);
    expect(visitActionsFor('requested', ['visiting'], ended)).toEqual(['WITHDRAW']);
  });

  it('gives the visiting side accept on a proposal', () => {
    expect(visitActionsFor('proposed', ['visiting'], ended)).toEqual(['ACCEPT', 'WITHDRAW']);
    expect(visitActionsFor('proposed', ['host'], ended)).toEqual(['PROPOSE', 'DECLINE']);
  });

  it('lets both sides cancel a confirmed visit and complete it after its end; only the host reschedules', () => {
    expect(visitActionsFor('confirmed', ['host'], ongoing)).toEqual(['RESCHEDULE', 'CANCEL']);
    expect(visitActionsFor('confirmed', ['visiting'], ongoing)).toEqual(['CANCEL']);
    expect(visitActionsFor('confirmed', ['visiting'], ended)).toEqual(['CANCEL', 'COMPLETE']);
    expect(visitActionsFor('confirmed', ['host', 'visiting'], ended)).toEqual(['RESCHEDULE', 'CANCEL', 'COMPLETE']);
  });

  it('gives nothing to someone acting for no side, nor on a final state', () => {
    expect(visitActionsFor('requested', [], ended)).toEqual([]);
    for (const state of ['declined', 'withdrawn', 'cancelled', 'completed'] as const) {
      expect(visitActionsFor(state, ['host', 'visiting'], ended)).toEqual([]);
    }
  });
});
