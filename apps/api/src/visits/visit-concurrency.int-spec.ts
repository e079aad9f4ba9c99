import { startTestApp, type TestApp } from '../../test/support/test-app';
import { dayAhead, parties, requestVisit } from '../../test/support/visits';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CONFIRM = `mutation($input: ConfirmVisitInput!) { confirmVisit(input: $input) { visit { state startsAt } userErrors { field code } } }`;

/**
 * 20 visits requested to one host, their windows all overlapping (09:00+i to 11:00+i minutes), then
 * confirmed at the same time over HTTP: the database's exclusion constraint lets exactly `capacity`
 * through, whatever the timing.
 */
async function raceConfirmations(capacity: number) {
  const p = await parties(t);
  const set = await p.hostAdmin.gql(`mutation($input: SetVisitAvailabilityInput!) { setVisitAvailability(input: $input) { userErrors { code } } }`, {
    input: { citySlug: p.host.slug, capacity, timeZone: 'Asia/Jakarta', rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: '08:00', endTime: '17:00' })) },
  });
  expect(set.data?.setVisitAvailability.userErrors).toEqual([]);
  const day = dayAhead(21, 2);
  const visits = [];
  for (let i = 0; i < 20; i++) {
    const minute = String(i).padStart(2, '0');
    const { visit, userErrors } = await requestVisit(p, { windows: [{ start: `${day}T09:${minute}`, end: `${day}T11:${minute}` }] });
    expect(userErrors).toEqual([]);
    visits.push(visit);
  }
  const answers = await Promise.all(visits.map((v) => p.hostAdmin.gql(CONFIRM, { input: { visitId: v.id, windowId: v.windows[0].id } })));

  expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
  expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
  const payloads = answers.map((a) => a.data?.confirmVisit);
  const confirmed = payloads.filter((x) => x.visit?.state === 'CONFIRMED');
  const taken = payloads.filter((x) => x.visit === null);
  expect(confirmed).toHaveLength(capacity);
  expect(taken).toHaveLength(20 - capacity);
  expect(taken.every((x) => x.userErrors.length === 1 && x.userErrors[0].code === 'SLOT_TAKEN' && x.userErrors[0].field === 'windowId')).toBe(true);

  // The database agrees: `capacity` confirmed visits with a booking each, in distinct lanes, and at
  // no instant more bookings at once than the capacity.
  const [db] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM visits WHERE host_city_id = $1 AND state = 'confirmed')::int AS confirmed,
            (SELECT count(*) FROM visits WHERE host_city_id = $1 AND state = 'requested')::int AS requested,
            (SELECT count(*) FROM visit_bookings WHERE host_city_id = $1)::int AS bookings,
            (SELECT count(DISTINCT lane) FROM visit_bookings WHERE host_city_id = $1)::int AS lanes,
            (SELECT max((SELECT count(*) FROM visit_bookings o WHERE o.host_city_id = b.host_city_id AND o.during @> lower(b.during)))
               FROM visit_bookings b WHERE b.host_city_id = $1)::int AS most_at_once`,
    [p.host.id],
  );
  expect(db).toEqual({ confirmed: capacity, requested: 20 - capacity, bookings: capacity, lanes: capacity, most_at_once: capacity });
  // The refused ones changed nothing: no event besides their request.
  const [events] = await t.dataSource.query(`SELECT count(*)::int AS n FROM visit_events e JOIN visits v ON v.id = e.visit_id WHERE v.host_city_id = $1 AND e.action = 'CONFIRM'`, [p.host.id]);
  expect(events.n).toBe(capacity);
}

describe('no double booking under concurrent confirmations', () => {
  it('20 concurrent confirmations of overlapping slots, capacity 1: one succeeds, 19 SLOT_TAKEN, no 500', async () => {
    await raceConfirmations(1);
  }, 120_000);

  it('20 concurrent confirmations of overlapping slots, capacity 3: three succeed, 17 SLOT_TAKEN, no 500', async () => {
    await raceConfirmations(3);
  }, 120_000);

  it('lets the database itself refuse an overlapping booking in the same lane', async () => {
    const p = await parties(t);
    const insert = (visitId: string, lane: number) =>
      t.dataSource.query(`INSERT INTO visit_bookings (visit_id, host_city_id, during, lane) VALUES ($1, $2, tstzrange(now() + interval '10 days', now() + interval '10 days 2 hours'), $3)`, [
        visitId,
        p.host.id,
        lane,
      ]);
    const day = dayAhead(21, 3);
    const a = (await requestVisit(p, { windows: [{ start: `${day}T09:00`, end: `${day}T10:00` }] })).visit;
    const b = (await requestVisit(p, { windows: [{ start: `${day}T09:00`, end: `${day}T10:00` }] })).visit;
    await insert(a.id, 1);
    await expect(insert(b.id, 1)).rejects.toThrow(/visit_bookings_no_overlap/);
    await insert(b.id, 2);
  });
});
