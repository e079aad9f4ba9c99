import { zonedLocalToUtc } from '@citybridge/domain';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { VisitEvents, type VisitTransition } from './visit-events';
import { DELEGATION, dayAhead, parties, requestVisit, step, VISIT_FIELDS, type VisitParties } from '../../test/support/visits';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A published practice of the city, written straight into the database. */
async function practiceOf(cityId: number, state = 'published'): Promise<string> {
  const [p] = await t.dataSource.query(
    `WITH p AS (INSERT INTO practices (city_id, topic, state, published_at) VALUES ($1, 'health', $2, CASE WHEN $2 = 'published' THEN now() END) RETURNING id)
     INSERT INTO practice_texts (practice_id, lang, title) SELECT id, 'id', 'Mal Pelayanan Publik' FROM p RETURNING practice_id AS id`,
    [cityId, state],
  );
  return p.id;
}

/** Everything a failed mutation must leave as it was. */
const snapshot = () =>
  t.dataSource.query(
    `SELECT (SELECT count(*) FROM visits)::int AS visits, (SELECT count(*) FROM visit_windows)::int AS windows, (SELECT count(*) FROM visit_events)::int AS events,
            (SELECT count(*) FROM visit_delegates)::int AS delegates, (SELECT count(*) FROM visit_bookings)::int AS bookings,
            (SELECT string_agg(id || state || sequence || coalesce(starts_at::text, ''), ',' ORDER BY id) FROM visits) AS states`,
  );

// A Wednesday and a Thursday two weeks ahead: inside the default office hours (Monday–Friday 08:00–16:00).
const WED = dayAhead(14, 3);
const THU = dayAhead(14, 4);
const SAT = dayAhead(14, 6);

describe('a working visit from request to completion', () => {
  it('request → propose → accept → reschedule → accept → complete, with the timeline and the calendar sequence', async () => {
    const p = await parties(t);
    const practice = await practiceOf(p.host.id);
    const requested = await requestVisit(p, {
      topics: ['pelayanan publik'],
      practiceIds: [practice],
      windows: [
        { start: `${WED}T09:00`, end: `${WED}T12:00` },
        { start: `${THU}T09:00`, end: `${THU}T12:00` },
      ],
      travelBudget: 45000000,
    });
    expect(requested.userErrors).toEqual([]);
    const visit = requested.visit;
    const zone = visit.hostTimeZone;
    expect(zone).toMatch(/^Asia\/(Jakarta|Makassar|Jayapura)$/);
    expect(visit).toMatchObject({ state: 'REQUESTED', startsAt: null, sequence: 0, travelBudget: 45000000, viewerSides: ['VISITING'], allowedActions: ['WITHDRAW'] });
    // Entered as local times in the host's zone, stored and answered in UTC.
    expect(visit.windows.map((w: any) => [w.startsAt, w.proposedBy])).toEqual([
      [zonedLocalToUtc(`${WED}T09:00`, zone).toISOString(), 'VISITING'],
      [zonedLocalToUtc(`${THU}T09:00`, zone).toISOString(), 'VISITING'],
    ]);
    expect(visit.practices).toEqual([{ id: practice }]);
    expect(visit.delegation).toEqual([
      { name: 'Zul Elfian', isLeader: true },
      { name: 'Nurmansyah', isLeader: false },
    ]);

    // The host sees what it may do; the public does not see a request.
    const asHost = await p.hostAdmin.gql(`query($id: ID!) { visit(id: $id) { viewerSides allowedActions } }`, { id: visit.id });
    expect(asHost.data?.visit).toEqual({ viewerSides: ['HOST'], allowedActions: ['CONFIRM', 'PROPOSE', 'DECLINE'] });
    expect((await t.gql(`query($id: ID!) { visit(id: $id) { id } }`, { id: visit.id })).data?.visit).toBeNull();

    const proposed = await step(p.hostAdmin, 'proposeVisitWindows', 'ProposeVisitWindowsInput', {
      visitId: visit.id,
      windows: [{ start: `${THU}T13:00`, end: `${THU}T15:30` }],
      message: 'Kamis siang lebih baik',
    });
    expect(proposed.userErrors).toEqual([]);
    expect(proposed.visit).toMatchObject({ state: 'PROPOSED', allowedActions: ['PROPOSE', 'DECLINE'] });
    expect(proposed.visit.windows).toHaveLength(1);
    expect(proposed.visit.windows[0].proposedBy).toBe('HOST');

    const accepted = await step(p.visitingEditor, 'acceptVisitProposal', 'AcceptVisitProposalInput', { visitId: visit.id, windowId: proposed.visit.windows[0].id });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.visit).toMatchObject({ state: 'CONFIRMED', sequence: 0, startsAt: zonedLocalToUtc(`${THU}T13:00`, zone).toISOString(), endsAt: zonedLocalToUtc(`${THU}T15:30`, zone).toISOString() });
    expect(await t.dataSource.query('SELECT lane FROM visit_bookings WHERE visit_id = $1', [visit.id])).toEqual([{ lane: 1 }]);

    // Now public: cities, dates and purpose for anyone; rosters and the timeline only for the two cities.
    const anonymous = await t.gql(`query($id: ID!) { visit(id: $id) { state purpose delegation { name } timeline { action } allowedActions } }`, { id: visit.id });
    expect(anonymous.data?.visit).toEqual({ state: 'CONFIRMED', purpose: 'Studi tiru pelayanan publik', delegation: null, timeline: null, allowedActions: [] });
    const listed = await t.gql(`{ publicVisits(first: 100) { nodes { id } } }`);
    expect(listed.data?.publicVisits.nodes.map((n: any) => n.id)).toContain(visit.id);

    const rescheduled = await step(p.hostAdmin, 'rescheduleVisit', 'RescheduleVisitInput', {
      visitId: visit.id,
      windows: [{ start: `${WED}T10:00`, end: `${WED}T12:00` }],
      reason: 'Wali Kota ada rapat',
    });
    expect(rescheduled.userErrors).toEqual([]);
    expect(rescheduled.visit).toMatchObject({ state: 'PROPOSED', sequence: 1, startsAt: null });
    expect(await t.dataSource.query('SELECT lane FROM visit_bookings WHERE visit_id = $1', [visit.id])).toEqual([]);

    const confirmed = await step(p.visitingEditor, 'acceptVisitProposal', 'AcceptVisitProposalInput', { visitId: visit.id, windowId: rescheduled.visit.windows[0].id });
    expect(confirmed.userErrors).toEqual([]);
    expect(confirmed.visit).toMatchObject({ state: 'CONFIRMED', sequence: 2, startsAt: zonedLocalToUtc(`${WED}T10:00`, zone).toISOString() });

    // Not before its end.
    const early = await step(p.visitingEditor, 'completeVisit', 'CompleteVisitInput', { visitId: visit.id });
    expect(early.userErrors.map((e) => [e.field, e.code])).toEqual([['visitId', 'INVALID_TRANSITION']]);
    expect(confirmed.visit.allowedActions).toEqual(['CANCEL']);

    // The visit took place: its slot is moved into the past (the clock cannot be).
    await t.dataSource.query(`UPDATE visits SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [visit.id]);
    await t.dataSource.query(`UPDATE visit_bookings SET during = tstzrange(now() - interval '3 hours', now() - interval '1 hour') WHERE visit_id = $1`, [visit.id]);
    const inbox = await p.visitingEditor.gql(`{ visitInbox { nodes { id allowedActions } } }`);
    expect(inbox.data?.visitInbox.nodes).toEqual([{ id: visit.id, allowedActions: ['CANCEL', 'COMPLETE'] }]);
    const completed = await step(p.visitingEditor, 'completeVisit', 'CompleteVisitInput', { visitId: visit.id });
    expect(completed.userErrors).toEqual([]);
    expect(completed.visit.state).toBe('COMPLETED');
    expect(completed.visit.allowedActions).toEqual([]);

    expect(completed.visit.timeline.map((e: any) => [e.action, e.side, e.fromState, e.toState])).toEqual([
      ['REQUEST', 'VISITING', null, 'REQUESTED'],
      ['PROPOSE', 'HOST', 'REQUESTED', 'PROPOSED'],
      ['ACCEPT', 'VISITING', 'PROPOSED', 'CONFIRMED'],
      ['RESCHEDULE', 'HOST', 'CONFIRMED', 'PROPOSED'],
      ['ACCEPT', 'VISITING', 'PROPOSED', 'CONFIRMED'],
      ['COMPLETE', 'VISITING', 'CONFIRMED', 'COMPLETED'],
    ]);
    expect(completed.visit.timeline[1].detail).toBe('Kamis siang lebih baik');
    expect(completed.visit.timeline.every((e: any) => typeof e.actorName === 'string')).toBe(true);

    // A completed visit cannot be rescheduled; nothing changes.
    const before = await snapshot();
    const late = await step(p.hostAdmin, 'rescheduleVisit', 'RescheduleVisitInput', { visitId: visit.id, windows: [{ start: `${THU}T09:00`, end: `${THU}T10:00` }] });
    expect(late.userErrors.map((e) => [e.field, e.code])).toEqual([['visitId', 'INVALID_TRANSITION']]);
    expect(await snapshot()).toEqual(before);
  });

  it('lists a city\'s visits by side and state, and the visits of the user\'s cities', async () => {
    const p = await parties(t);
    const a = (await requestVisit(p, { windows: [{ start: `${WED}T09:00`, end: `${WED}T10:00` }] })).visit;
    await step(p.hostAdmin, 'confirmVisit', 'ConfirmVisitInput', { visitId: a.id, windowId: a.windows[0].id, venue: 'Ruang Rapat I' });
    const b = (await requestVisit(p, { windows: [{ start: `${THU}T09:00`, end: `${THU}T10:00` }], isPrivate: true })).visit;
    const list = (client: typeof t, slug: string, extra = '') => client.gql(`{ cityVisits(citySlug: "${slug}"${extra}) { totalCount nodes { id state venue } } }`);
    const publicView = await list(t, p.host.slug);
    expect(publicView.data?.cityVisits).toEqual({ totalCount: 1, nodes: [{ id: a.id, state: 'CONFIRMED', venue: 'Ruang Rapat I' }] });
    const memberView = await p.hostAdmin.gql(`{ cityVisits(citySlug: "${p.host.slug}", side: HOST) { totalCount nodes { id } } }`);
    expect(memberView.data?.cityVisits.totalCount).toBe(2);
    const madeOnly = await p.hostAdmin.gql(`{ cityVisits(citySlug: "${p.host.slug}", side: VISITING) { totalCount } }`);
    expect(madeOnly.data?.cityVisits.totalCount).toBe(0);
    const requestedOnly = await p.visitingEditor.gql(`{ cityVisits(citySlug: "${p.visiting.slug}", states: [REQUESTED]) { nodes { id } } }`);
    expect(requestedOnly.data?.cityVisits.nodes).toEqual([{ id: b.id }]);
    const mine = await p.hostAdmin.gql(`{ myVisits { totalCount } visitInbox { nodes { id } } }`);
    expect(mine.data).toEqual({ myVisits: { totalCount: 2 }, visitInbox: { nodes: [{ id: b.id }] } });
  });

  it('edits the delegation and the hosting, with the agenda in the host\'s local time', async () => {
    const p = await parties(t);
    const practice = await practiceOf(p.host.id);
    const v = (await requestVisit(p, { windows: [{ start: `${WED}T09:00`, end: `${WED}T12:00` }] })).visit;
    const delegation = await step(p.visitingEditor, 'updateVisitDelegation', 'UpdateVisitDelegationInput', { visitId: v.id, delegation: [{ ...DELEGATION[1], isLeader: true }] });
    expect(delegation.userErrors).toEqual([]);
    expect(delegation.visit.delegation).toEqual([{ name: 'Nurmansyah', isLeader: true }]);
    const res = await p.hostAdmin.gql(
      `mutation($input: UpdateVisitHostingInput!) { updateVisitHosting(input: $input) { visit { venue hostParticipants { name role } agenda { startsAt title practice { id } presenter } } userErrors { field code } } }`,
      {
        input: {
          visitId: v.id,
          venue: 'Ruang Rapat I Kantor Wali Kota',
          hostParticipants: [{ name: 'Bobby Nasution', title: 'Wali Kota', role: 'tuan rumah' }],
          agenda: [{ start: `${WED}T09:30`, title: 'Paparan Mal Pelayanan Publik', practiceId: practice, presenter: 'Kepala DPMPTSP' }],
        },
      },
    );
    expect(res.data?.updateVisitHosting.userErrors).toEqual([]);
    expect(res.data?.updateVisitHosting.visit).toEqual({
      venue: 'Ruang Rapat I Kantor Wali Kota',
      hostParticipants: [{ name: 'Bobby Nasution', role: 'tuan rumah' }],
      agenda: [{ startsAt: zonedLocalToUtc(`${WED}T09:30`, v.hostTimeZone).toISOString(), title: 'Paparan Mal Pelayanan Publik', practice: { id: practice }, presenter: 'Kepala DPMPTSP' }],
    });
  });

  it('sets availability, and refuses a confirmation outside it', async () => {
    const p = await parties(t);
    const set = await p.hostAdmin.gql(
      `mutation($input: SetVisitAvailabilityInput!) { setVisitAvailability(input: $input) { availability { timeZone capacity isDefault rules { weekday startTime endTime } exceptions { date available } } userErrors { field code } } }`,
      { input: { citySlug: p.host.slug, capacity: 2, timeZone: 'Asia/Makassar', rules: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }], exceptions: [{ date: THU, available: false }] } },
    );
    expect(set.data?.setVisitAvailability).toEqual({
      availability: { timeZone: 'Asia/Makassar', capacity: 2, isDefault: false, rules: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }], exceptions: [{ date: THU, available: false }] },
      userErrors: [],
    });
    const v = (await requestVisit(p, { windows: [{ start: `${WED}T11:00`, end: `${WED}T13:00` }, { start: `${SAT}T09:00`, end: `${SAT}T10:00` }, { start: `${WED}T09:00`, end: `${WED}T12:00` }] })).visit;
    expect(v.hostTimeZone).toBe('Asia/Makassar');
    for (const window of v.windows.slice(0, 2)) {
      const before = await snapshot();
      const refused = await step(p.hostAdmin, 'confirmVisit', 'ConfirmVisitInput', { visitId: v.id, windowId: window.id });
      expect(refused.userErrors.map((e) => [e.field, e.code])).toEqual([['windowId', 'OUTSIDE_AVAILABILITY']]);
      expect(await snapshot()).toEqual(before);
    }
    const ok = await step(p.hostAdmin, 'confirmVisit', 'ConfirmVisitInput', { visitId: v.id, windowId: v.windows[2].id });
    expect(ok.userErrors).toEqual([]);
    const availability = await t.gql(`query($from: DateTime!, $to: DateTime!) { visitAvailability(citySlug: "${p.host.slug}", from: $from, to: $to) { capacity busy { startsAt endsAt } } }`, {
      from: new Date().toISOString(),
      to: new Date(Date.now() + 60 * 86_400_000).toISOString(),
    });
    expect(availability.data?.visitAvailability).toEqual({ capacity: 2, busy: [{ startsAt: ok.visit.startsAt, endsAt: ok.visit.endsAt }] });
  });
});

describe('VisitEvents', () => {
  it('tells the listeners of every step inside the transaction, and a failing listener undoes the step', async () => {
    const p = await parties(t);
    const events = t.app.get(VisitEvents, { strict: false });
    const heard: unknown[] = [];
    const off = events.onTransition(async (step: VisitTransition) => {
      // The listener reads through the mutation's transaction: it sees the step's own writes.
      const [row] = await step.manager.query('SELECT state FROM visits WHERE id = $1', [step.visitId]);
      heard.push([step.action, step.from, step.to, step.side, row.state, step.message]);
    });
    const v = (await requestVisit(p, { windows: [{ start: `${WED}T09:00`, end: `${WED}T10:00` }] })).visit;
    await step(p.hostAdmin, 'declineVisit', 'VisitReasonInput', { visitId: v.id, reason: 'Jadwal penuh' });
    off();
    expect(heard).toEqual([
      ['REQUEST', null, 'requested', 'visiting', 'requested', null],
      ['DECLINE', 'requested', 'declined', 'host', 'declined', 'Jadwal penuh'],
    ]);

    const w = (await requestVisit(p, { windows: [{ start: `${WED}T09:00`, end: `${WED}T10:00` }] })).visit;
    const failing = events.onTransition(() => {
      throw new Error('the listener failed');
    });
    const res = await p.visitingEditor.gql(`mutation($id: ID!) { withdrawVisit(input: { visitId: $id }) { visit { id } } }`, { id: w.id });
    failing();
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const [row] = await t.dataSource.query(`SELECT state, (SELECT count(*)::int FROM visit_events WHERE visit_id = $1) AS events FROM visits WHERE id = $1`, [w.id]);
    expect(row).toEqual({ state: 'requested', events: 1 });
  });
});

describe('reading', () => {
  it('reads a page of visits with their cities, practices, windows and rosters in as many statements as one visit', async () => {
    const p = await parties(t);
    const practice = await practiceOf(p.host.id);
    const page = `{ cityVisits(citySlug: "${p.host.slug}") { totalCount nodes { ${VISIT_FIELDS} hostParticipants { name } agenda { title practice { id } } } } }`;
    const statements = async () => {
      const res = await p.hostAdmin.gql(page);
      expect(res.errors).toBeUndefined();
      return { count: res.data?.cityVisits.totalCount, statements: Number(res.headers['x-sql-statements']) };
    };
    await requestVisit(p, { practiceIds: [practice], windows: [{ start: `${WED}T09:00`, end: `${WED}T10:00` }] });
    const one = await statements();
    for (let i = 0; i < 4; i++) await requestVisit(p, { practiceIds: [practice], windows: [{ start: `${THU}T09:00`, end: `${THU}T10:00` }] });
    const five = await statements();
    expect([one.count, five.count]).toEqual([1, 5]);
    expect(five.statements).toBe(one.statements);
  });

  it("brings a city list's total and the cities' names and slugs in the list statement; other city fields are loaded as before", async () => {
    const p = await parties(t);
    for (const day of [WED, THU, WED]) await requestVisit(p, { windows: [{ start: `${day}T09:00`, end: `${day}T10:00` }] });
    const cityOf = async (slug: string) => (await t.gql(`query($s: String!) { city(slug: $s) { id code name slug kind province { code } } }`, { s: slug })).data?.city;
    const [host, visiting] = [await cityOf(p.host.slug), await cityOf(p.visiting.slug)];
    // Three times: from the second sighting on a query runs compiled (graphql-jit), and must answer the same.
    const read = async (fields: string, args = '') => {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await p.hostAdmin.gql(`{ cityVisits(citySlug: "${p.host.slug}", first: 2${args}) { ${fields} } }`));
      for (const res of answers) expect({ errors: res.errors, data: res.data, statements: res.headers['x-sql-statements'] }).toEqual({ errors: undefined, data: answers[0].data, statements: answers[0].headers['x-sql-statements'] });
      return { data: answers[0].data?.cityVisits, statements: Number(answers[0].headers['x-sql-statements']) };
    };

    const bare = await read('nodes { id }');
    const along = await read('totalCount pageInfo { hasNextPage } nodes { id hostCity { id code name slug } visitingCity { name slug } }');
    expect(along.data.totalCount).toBe(3);
    expect(along.data.pageInfo.hasNextPage).toBe(true);
    expect(along.data.nodes.map((n: any) => n.id)).toEqual(bare.data.nodes.map((n: any) => n.id));
    for (const node of along.data.nodes) {
      expect(node.hostCity).toEqual({ id: host.id, code: host.code, name: host.name, slug: host.slug });
      expect(node.visitingCity).toEqual({ name: visiting.name, slug: visiting.slug });
    }
    expect(along.statements).toBe(bare.statements);

    // A field city_refs does not hold: the cities are loaded (one more statement), and answered in full.
    const full = await read('totalCount nodes { hostCity { name kind province { code } } visitingCity { slug } }');
    expect(full.data.nodes[0].hostCity).toEqual({ name: host.name, kind: host.kind, province: host.province });
    expect(full.data.nodes[0].visitingCity).toEqual({ slug: visiting.slug });
    expect(full.statements).toBe(bare.statements + 1);

    // Past the last row: no visits, and still the total.
    const past = await read('totalCount nodes { id }', `, after: "${Buffer.from('offset:9').toString('base64url')}"`);
    expect(past.data).toEqual({ totalCount: 3, nodes: [] });
  });
});

describe('bad input: a clear userError naming the field, and nothing changed', () => {
  let p: VisitParties;
  let practice: string;
  beforeAll(async () => {
    p = await parties(t);
    practice = await practiceOf(p.host.id);
  });
  const window = { start: `${WED}T09:00`, end: `${WED}T11:00` };
  const leader = DELEGATION[0];

  it.each([
    ['end before start', { windows: [{ start: `${WED}T11:00`, end: `${WED}T09:00` }] }, [['windows.0.end', 'END_BEFORE_START']]],
    ['a slot in the past', { windows: [window, { start: '2018-10-05T09:00', end: '2018-10-05T12:00' }] }, [['windows.1.start', 'IN_PAST']]],
    ['a date that does not exist', { windows: [{ start: '2030-02-30T09:00', end: '2030-02-30T10:00' }] }, [['windows.0.start', 'INVALID_DATE'], ['windows.0.end', 'INVALID_DATE']]],
    ['no window', { windows: [] }, [['windows', 'REQUIRED']]],
    ['four windows', { windows: [window, window, window, window] }, [['windows', 'TOO_MANY_WINDOWS']]],
    ['no delegation', { windows: [window], delegation: [] }, [['delegation', 'NO_DELEGATION']]],
    ['101 delegates', { windows: [window], delegation: [leader, ...Array.from({ length: 100 }, (_, i) => ({ ...DELEGATION[1], name: `Anggota ${i}` }))] }, [['delegation', 'TOO_MANY_DELEGATES']]],
    ['no leader', { windows: [window], delegation: [DELEGATION[1]] }, [['delegation', 'ONE_LEADER']]],
    ['two leaders', { windows: [window], delegation: [leader, { ...DELEGATION[1], isLeader: true }] }, [['delegation', 'ONE_LEADER']]],
    ['an unknown practice', { windows: [window], practiceIds: ['8d2f6f7e-1111-4c2b-9e6f-0d5b0c9a1234'] }, [['practiceIds.0', 'UNKNOWN_PRACTICE']]],
  ])('requesting with %s', async (_, input, expected) => {
    const before = await snapshot();
    const res = await requestVisit(p, input);
    expect(res.visit).toBeNull();
    expect(res.userErrors.map((e) => [e.field, e.code])).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a city visiting itself, an unknown host, a practice of another city or one not published', async () => {
    const before = await snapshot();
    const draft = await practiceOf(p.host.id, 'draft');
    const elsewhere = await practiceOf(p.visiting.id);
    const after = await snapshot();
    expect((await requestVisit(p, { windows: [window], hostCityId: p.visiting.code })).userErrors.map((e) => [e.field, e.code])).toEqual([['hostCityId', 'SAME_CITY']]);
    expect((await requestVisit(p, { windows: [window], hostCityId: '99.99' })).userErrors.map((e) => [e.field, e.code])).toEqual([['hostCityId', 'NOT_FOUND']]);
    const wrong = await requestVisit(p, { windows: [window], practiceIds: [practice, draft, elsewhere] });
    expect(wrong.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['practiceIds.1', 'UNKNOWN_PRACTICE'],
      ['practiceIds.2', 'UNKNOWN_PRACTICE'],
    ]);
    expect(wrong.userErrors[0]).toMatchObject({ message: expect.stringContaining('praktik') });
    expect(await snapshot()).toEqual(after);
    expect(after.visits).toBe(before.visits);
  });

  it('refuses a step the state machine does not allow, an unknown visit and a window of another round', async () => {
    const v = (await requestVisit(p, { windows: [window] })).visit;
    const before = await snapshot();
    const accept = await step(p.visitingEditor, 'acceptVisitProposal', 'AcceptVisitProposalInput', { visitId: v.id, windowId: v.windows[0].id });
    expect(accept.userErrors.map((e) => [e.field, e.code])).toEqual([['visitId', 'INVALID_TRANSITION']]);
    const cancel = await step(p.hostAdmin, 'cancelVisit', 'VisitReasonInput', { visitId: v.id });
    expect(cancel.userErrors.map((e) => [e.field, e.code])).toEqual([['visitId', 'INVALID_TRANSITION']]);
    const unknown = await step(p.hostAdmin, 'confirmVisit', 'ConfirmVisitInput', { visitId: '8d2f6f7e-1111-4c2b-9e6f-0d5b0c9a1234', windowId: v.windows[0].id });
    expect(unknown.userErrors.map((e) => [e.field, e.code])).toEqual([['visitId', 'NOT_FOUND']]);
    const proposed = await step(p.hostAdmin, 'proposeVisitWindows', 'ProposeVisitWindowsInput', { visitId: v.id, windows: [{ start: `${THU}T09:00`, end: `${THU}T10:00` }] });
    const middle = await snapshot();
    // The visiting city's window of the first round is no longer on offer.
    const stale = await step(p.visitingEditor, 'acceptVisitProposal', 'AcceptVisitProposalInput', { visitId: v.id, windowId: v.windows[0].id });
    expect(stale.userErrors.map((e) => [e.field, e.code])).toEqual([['windowId', 'NOT_FOUND']]);
    expect(await snapshot()).toEqual(middle);
    expect(proposed.visit.state).toBe('PROPOSED');
    expect(before.visits).toBe(middle.visits);
  });

  it('refuses an availability with an unknown zone, a rule ending before it starts or a date twice, and a reversed range', async () => {
    const before = await t.dataSource.query('SELECT * FROM visit_host_settings WHERE city_id = $1', [p.host.id]);
    const res = await p.hostAdmin.gql(`mutation($input: SetVisitAvailabilityInput!) { setVisitAvailability(input: $input) { availability { capacity } userErrors { field code } } }`, {
      input: {
        citySlug: p.host.slug,
        capacity: 2,
        timeZone: 'Asia/Atlantis',
        rules: [{ weekday: 1, startTime: '16:00', endTime: '08:00' }],
        exceptions: [
          { date: THU, available: false },
          { date: THU, available: true, startTime: '09:00', endTime: '10:00' },
        ],
      },
    });
    expect(res.data?.setVisitAvailability).toEqual({
      availability: null,
      userErrors: [
        { field: 'timeZone', code: 'INVALID_TIME_ZONE' },
        { field: 'rules.0.endTime', code: 'END_BEFORE_START' },
        { field: 'exceptions.1.date', code: 'DUPLICATE_DATE' },
      ],
    });
    const capacity = await p.hostAdmin.gql(`mutation { setVisitAvailability(input: { citySlug: "${p.host.slug}", capacity: 21, rules: [] }) { userErrors { field code } } }`);
    expect(capacity.data?.setVisitAvailability.userErrors).toEqual([{ field: 'capacity', code: 'INVALID_CAPACITY' }]);
    expect(await t.dataSource.query('SELECT * FROM visit_host_settings WHERE city_id = $1', [p.host.id])).toEqual(before);
    const reversed = await t.gql(`{ visitAvailability(citySlug: "${p.host.slug}", from: "2030-01-02T00:00:00Z", to: "2030-01-01T00:00:00Z") { capacity } }`);
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a member of neither city, and hides the visit from them', async () => {
    const v = (await requestVisit(p, { windows: [window] })).visit;
    const stranger = await t.fixtures.user({ role: 'ADMIN' });
    const c = await t.signedIn(stranger.email, stranger.password);
    const res = await c.gql(`mutation($id: ID!, $w: ID!) { confirmVisit(input: { visitId: $id, windowId: $w }) { visit { id } } }`, { id: v.id, w: v.windows[0].id });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await c.gql(`query($id: ID!) { visit(id: $id) { ${VISIT_FIELDS} } }`, { id: v.id })).data?.visit).toBeNull();
    const [row] = await t.dataSource.query('SELECT state FROM visits WHERE id = $1', [v.id]);
    expect(row.state).toBe('requested');
  });
});
