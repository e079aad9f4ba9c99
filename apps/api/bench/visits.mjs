// The working visits part of the bench (issue 11): 10,000 generated visits across the 514 cities
// (set-based SQL), then p50/p95 at 20 connections for a city's visit list (cityVisits) and its
// calendar feed; 20 clients confirming overlapping visits of one host at once (p95, and how many
// won: as many as the capacity); and a randomised run of 10,000 confirm / reschedule / accept
// attempts over a few hosts that ends with an SQL check: no overlap beyond a host's capacity.
import { createHmac, randomBytes } from 'node:crypto';

const lit = (words) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(', ')}]`;
const PURPOSES = ['mempelajari pengelolaan aset daerah', 'mempelajari pelayanan perizinan terpadu', 'studi tiru pengelolaan sampah', 'mempelajari inovasi pelayanan kesehatan', 'mempelajari digitalisasi pajak daerah', 'studi banding pengendalian banjir'];
const TOPICS = ['aset daerah', 'perizinan', 'sampah', 'kesehatan', 'pajak daerah', 'banjir', 'pariwisata', 'UMKM'];
const pick = (words, k) => `(${lit(words)})[1 + abs(hashint4(g.i * 31 + ${k})) % ${words.length}]`;

/** Cities the randomised runs use as hosts: left out of the generated visits, so only the runs book them. */
const RUN_HOSTS = 5;

/**
 * 10,000 visits in one transaction, marked demo: the host and the visiting city drawn over the 514
 * cities (not the run hosts), states mixed (60% confirmed, 15% completed, 10% requested, 5% each
 * proposed, cancelled, declined), slots over two years around now, three delegates and a window each.
 */
export async function generateVisits(client, count = 10_000) {
  const started = performance.now();
  await client.query('BEGIN');
  await client.query(
    `CREATE TEMP TABLE bench_cities ON COMMIT DROP AS
       SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM city_refs WHERE id NOT IN (SELECT id FROM city_refs ORDER BY code DESC LIMIT ${RUN_HOSTS})`,
  );
  const [{ n: cities }] = (await client.query('SELECT count(*)::int AS n FROM bench_cities')).rows;
  await client.query(
    `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, topics, is_private, starts_at, ends_at, host_time_zone, venue, sequence, is_demo, created_at, updated_at)
     SELECT v.id, h.id, s.state, ${pick(PURPOSES, 1)}, ARRAY[${pick(TOPICS, 2)}], g.i % 10 = 0,
       CASE WHEN s.state IN ('requested', 'proposed', 'declined') THEN NULL ELSE s.at END,
       CASE WHEN s.state IN ('requested', 'proposed', 'declined') THEN NULL ELSE s.at + interval '3 hours' END,
       'Asia/Jakarta', 'Ruang Rapat ' || (1 + g.i % 5), g.i % 3, true, s.at - interval '30 days', s.at - interval '20 days'
     FROM generate_series(1, $1) g(i)
     CROSS JOIN LATERAL (SELECT CASE WHEN g.i % 20 < 12 THEN 'confirmed' WHEN g.i % 20 < 15 THEN 'completed' WHEN g.i % 20 < 17 THEN 'requested'
                                     WHEN g.i % 20 = 17 THEN 'proposed' WHEN g.i % 20 = 18 THEN 'cancelled' ELSE 'declined' END AS state,
                                date_trunc('hour', now()) + make_interval(days => (abs(hashint4(g.i * 31 + 3)) % 730) - 365, hours => abs(hashint4(g.i * 31 + 4)) % 6) AS at) s
     JOIN bench_cities h ON h.n = abs(hashint4(g.i * 31 + 5)) % $2
     JOIN bench_cities v ON v.n = (h.n + 1 + abs(hashint4(g.i * 31 + 6)) % ($2 - 1)) % $2`,
    [count, cities],
  );
  // Completed visits lie in the past: move those drawn in the future back by a year.
  await client.query(`UPDATE visits SET starts_at = starts_at - interval '1 year', ends_at = ends_at - interval '1 year' WHERE is_demo AND state = 'completed' AND starts_at > now()`);
  await client.query(
    `INSERT INTO visit_delegates (visit_id, position, name, title, agency, email, is_leader)
     SELECT v.id, d.p, 'Delegasi ' || d.p, (ARRAY['Wakil Wali Kota', 'Kepala Dinas', 'Staf Ahli'])[d.p], 'Pemerintah Kota', CASE WHEN d.p < 3 THEN 'delegasi' || d.p || '@kota.example.id' END, d.p = 1
     FROM visits v CROSS JOIN generate_series(1, 3) d(p) WHERE v.is_demo`,
  );
  await client.query(
    `INSERT INTO visit_windows (visit_id, round, position, starts_at, ends_at, proposed_by)
     SELECT v.id, 1, 1, COALESCE(v.starts_at, v.created_at + interval '40 days'), COALESCE(v.ends_at, v.created_at + interval '40 days 3 hours'), 'visiting' FROM visits v WHERE v.is_demo`,
  );
  await client.query('COMMIT');
  for (const table of ['visits', 'visit_delegates', 'visit_windows']) await client.query(`ANALYZE ${table}`);
  const [row] = (await client.query(`SELECT count(*)::int AS visits, count(*) FILTER (WHERE state = 'confirmed')::int AS confirmed FROM visits`)).rows;
  return { seconds: (performance.now() - started) / 1000, ...row };
}

/** The city whose list and feed are measured: the one with the most visits (hosted and made). */
export const BUSIEST_CITY_SQL = `SELECT c.slug, c.id, count(*)::int AS visits FROM visits v JOIN city_refs c ON c.id IN (v.host_city_id, v.visiting_city_id) GROUP BY c.slug, c.id ORDER BY count(*) DESC, c.slug LIMIT 1`;

/** An account with a role in some cities and a session for it (made in SQL: no sign-in limits); returns its cookie. */
export async function benchSession(client, sessionSecret, label, roles) {
  const token = randomBytes(32).toString('base64url');
  const hash = createHmac('sha256', sessionSecret).update(token).digest('hex');
  const email = `bench-${label}-${randomBytes(4).toString('hex')}@bench.example.id`;
  const [{ id }] = (await client.query(`INSERT INTO users (email, display_name, password_hash, email_confirmed_at) VALUES ($1, $1, 'not-a-hash', now()) RETURNING id`, [email])).rows;
  for (const [cityId, role] of roles) await client.query(`INSERT INTO city_memberships (user_id, city_id, role) VALUES ($1, $2, $3)`, [id, cityId, role]);
  await client.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [hash, id]);
  return `cb_session=${token}`;
}

/** The next weekday (Monday–Friday) at least `days` ahead, as a local date "YYYY-MM-DD" (host zone WIB). */
function weekday(days) {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `n` different weekdays from two days ahead on, "YYYY-MM-DD". */
export function distinctWeekdays(n) {
  const days = [];
  for (let offset = 2; days.length < n; offset++) {
    const day = weekday(offset);
    if (!days.includes(day)) days.push(day);
  }
  return days;
}

/** A window inside the default availability (Monday–Friday 08:00–16:00 WIB): a weekday 2–29 days ahead, 2 or 3 hours from 08:00–13:00. */
export function randomWindow(random = Math.random) {
  const day = weekday(2 + Math.floor(random() * 28));
  const start = 8 + Math.floor(random() * 6);
  const hours = 2 + Math.floor(random() * 2);
  const hh = (h) => String(h).padStart(2, '0');
  return { start: `${day}T${hh(start)}:00`, end: `${day}T${hh(start + hours)}:00` };
}

/**
 * The run hosts (the last `hostCount` of RUN_HOSTS cities by code; their zone set to WIB so the
 * windows are plain): capacity 1 for the first three, 2 for the others; `perHost` requested visits
 * each, from 20 other cities, with the windows `windowsOf(k)` gives for the k-th visit of a host.
 * Returns the hosts and the visits (with their window ids).
 */
export async function prepareRun(client, { hostCount = RUN_HOSTS, perHost, windowsOf }) {
  const hosts = (await client.query(`SELECT id, slug, code FROM city_refs ORDER BY code DESC LIMIT ${Math.min(hostCount, RUN_HOSTS)}`)).rows;
  const visiting = (await client.query(`SELECT id FROM city_refs ORDER BY code LIMIT 20`)).rows;
  for (const [i, host] of hosts.entries()) {
    host.capacity = i < 3 ? 1 : 2;
    await client.query(
      `INSERT INTO visit_host_settings (city_id, capacity, time_zone) VALUES ($1, $2, 'Asia/Jakarta') ON CONFLICT (city_id) DO UPDATE SET capacity = EXCLUDED.capacity, time_zone = EXCLUDED.time_zone`,
      [host.id, host.capacity],
    );
  }
  const visits = [];
  for (const host of hosts) {
    for (let k = 0; k < perHost; k++) {
      const from = visiting[(k + host.id) % visiting.length];
      const [{ id }] = (
        await client.query(
          `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, host_time_zone, is_demo) VALUES ($1, $2, 'requested', 'bench: uji konfirmasi', 'Asia/Jakarta', true) RETURNING id`,
          [from.id, host.id],
        )
      ).rows;
      await client.query(`INSERT INTO visit_delegates (visit_id, position, name, title, agency, is_leader) VALUES ($1, 1, 'Ketua Bench', 'Kepala Dinas', 'Pemerintah Kota', true)`, [id]);
      const windows = [];
      for (const [position, w] of windowsOf(k).entries()) {
        const [row] = (
          await client.query(
            `INSERT INTO visit_windows (visit_id, round, position, starts_at, ends_at, proposed_by)
             VALUES ($1, 1, $2, ($3::timestamp AT TIME ZONE 'Asia/Jakarta'), ($4::timestamp AT TIME ZONE 'Asia/Jakarta'), 'visiting') RETURNING id`,
            [id, position + 1, w.start, w.end],
          )
        ).rows;
        windows.push(row.id);
      }
      visits.push({ id, host, visitingCityId: from.id, state: 'requested', windows });
    }
  }
  return { hosts, visits };
}

/** Confirmed visits of the run hosts that overlap more visits than the host's capacity (exact: counted at each start). */
export const OVERLAPS_SQL = `
  SELECT count(*)::int AS overlaps FROM visits a
  WHERE a.state = 'confirmed' AND a.host_city_id = ANY($1::int[])
    AND (SELECT count(*) FROM visits b WHERE b.host_city_id = a.host_city_id AND b.state = 'confirmed' AND b.starts_at <= a.starts_at AND b.ends_at > a.starts_at)
        > COALESCE((SELECT capacity FROM visit_host_settings s WHERE s.city_id = a.host_city_id), 1)`;

const VISIT_FIELDS = 'visit { id state windows { id } } userErrors { field code }';
export const VISIT_MUTATIONS = {
  confirm: (visitId, windowId) => ({ query: `mutation($i: ConfirmVisitInput!) { confirmVisit(input: $i) { ${VISIT_FIELDS} } }`, variables: { i: { visitId, windowId, venue: 'Ruang Rapat I' } } }),
  reschedule: (visitId, windows) => ({ query: `mutation($i: RescheduleVisitInput!) { rescheduleVisit(input: $i) { ${VISIT_FIELDS} } }`, variables: { i: { visitId, windows, reason: 'bench' } } }),
  accept: (visitId, windowId) => ({ query: `mutation($i: AcceptVisitProposalInput!) { acceptVisitProposal(input: $i) { ${VISIT_FIELDS} } }`, variables: { i: { visitId, windowId } } }),
};

export const VISIT_QUERIES = {
  cityVisits: (slug) => ({
    query: `query CityVisits($s: String!) { cityVisits(citySlug: $s, first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id state purpose startsAt endsAt venue isPrivate hostTimeZone visitingCity { name slug } hostCity { name slug } } } }`,
    variables: { s: slug },
  }),
};
