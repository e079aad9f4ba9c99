// The checks of the scale test, run against three instances behind HAProxy (see scale-test.mjs).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const EDITOR = { email: 'editor.solok@citybridge.demo', password: 'Demo-Editor-Solok-2026' };
const CITIES_PAGE = `query { cities(first: 20) { nodes { name slug province { name } } totalCount } }`;

/** A GraphQL request; `cookie` carries a session, the answer tells which instance served it. */
async function gql(port, query, variables = {}, { cookie, headers = {} } = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  const setCookie = res.headers.get('set-cookie');
  return { status: res.status, body, servedBy: res.headers.get('x-served-by'), cookie: setCookie ? setCookie.split(';')[0] : undefined };
}

async function signIn(port, { email, password }) {
  const res = await gql(port, `mutation($i: SignInInput!) { signIn(input: $i) { user { id } userErrors { code } } }`, { i: { email, password } });
  if (!res.body?.data?.signIn.user) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  return res.cookie;
}

export async function scaleChecks(ctx) {
  const { PG, DB, PROXY, PORTS, RUN, instances, startInstance, waitReady, serverStatus, sleep, log, require } = ctx;
  const pg = require('pg');
  const db = new pg.Pool({ connectionString: `${PG}/${DB}`, max: 2 });
  let passed = 0;
  let failed = 0;
  const check = (ok, what, detail = '') => {
    if (ok) passed++;
    else failed++;
    log(`${ok ? 'ok' : 'not ok'} - ${what}${detail ? ` (${detail})` : ''}`);
  };
  const count = async (sql, values = []) => (await db.query(sql, values)).rows[0].n;

  // Start-up: exactly one instance ran the migrations and loaded the demo data.
  const migrated = instances.filter((i) => i.output.includes('Migrations applied')).map((i) => i.name);
  const seeded = instances.filter((i) => i.output.includes('Demo data loaded')).map((i) => i.name);
  check(migrated.length === 1, 'three instances starting at once: exactly one ran the migrations', migrated.join(', '));
  check(seeded.length === 1 && seeded[0] === migrated[0], 'and the same one loaded the demo data; the others waited', seeded.join(', '));
  check((await count(`SELECT count(*)::int AS n FROM cities`)) === 514, 'the directory was loaded once (514 cities)');

  // Requests spread over the instances.
  const served = new Set();
  for (let i = 0; i < 9; i++) served.add((await gql(PROXY, CITIES_PAGE)).servedBy);
  check(served.size === 3, 'the proxy spreads requests over the three instances', [...served].sort().join(', '));

  // Sessions: sign in on one, act on another, sign out on a third, refused on all.
  const cookie = await signIn(PORTS[0], EDITOR);
  const renamed = await gql(PORTS[1], `mutation { updateProfile(input: { displayName: "Editor Solok ${RUN}" }) { user { displayName } userErrors { code } } }`, {}, { cookie });
  check(renamed.body?.data?.updateProfile.user?.displayName === `Editor Solok ${RUN}`, 'signed in on api1, a mutation on api2 is done as that user');
  const out = await gql(PORTS[2], `mutation { signOut(input: {}) { signedOut userErrors { code } } }`, {}, { cookie });
  check(out.status === 200 && !out.body?.errors, 'signed out on api3');
  const after = await Promise.all(PORTS.map((p) => gql(p, `query { me { id } }`, {}, { cookie })));
  check(after.every((r) => r.body?.data?.me === null), 'after signing out on api3, api1, api2 and api3 all see no session');
  const refused = await Promise.all(PORTS.map((p) => gql(p, `mutation { updateProfile(input: { displayName: "x" }) { user { id } } }`, {}, { cookie })));
  check(refused.every((r) => r.body?.data?.updateProfile == null && r.body?.errors?.length), 'and refuse its mutations');

  // The sign-up rate limit (6 an hour from one address) holds across instances; a forged
  // X-Forwarded-For does not get round it (TRUST_PROXY=1 believes only the proxy's own hop).
  const signUps = [];
  for (let i = 0; i < 7; i++) {
    const email = `scale-${RUN}-${i}@example.org`;
    signUps.push({
      email,
      ...(await gql(PROXY, `mutation($i: SignUpInput!) { signUp(input: $i) { accepted userErrors { code } } }`, { i: { displayName: `Scale ${i}`, email, password: 'Scale-test-password-2026' } }, { headers: { 'x-forwarded-for': `198.51.100.${i}` } })),
    });
  }
  const accepted = signUps.filter((s) => s.body?.data?.signUp.accepted);
  const limited = signUps.at(-1).body?.data?.signUp.userErrors?.[0]?.code;
  check(accepted.length === 6 && limited === 'TOO_MANY_ATTEMPTS', 'the sign-up limit holds across instances: 6 accepted, the 7th refused', `served by ${new Set(signUps.map((s) => s.servedBy)).size} instances; 7th: ${limited}`);

  // Jobs: each accepted sign-up enqueued one mail job on the instance that took it; any instance
  // does it, once.
  let mails = 0;
  for (let i = 0; i < 40; i++) {
    mails = await count(`SELECT count(*)::int AS n FROM outbox_emails WHERE to_address LIKE $1`, [`scale-${RUN}-%`]);
    if (mails >= accepted.length) break;
    await sleep(250);
  }
  await sleep(2000); // a job done twice would show by now
  const perAddress = await db.query(`SELECT to_address, count(*)::int AS n FROM outbox_emails WHERE to_address LIKE $1 GROUP BY 1`, [`scale-${RUN}-%`]);
  check(perAddress.rows.length === accepted.length && perAddress.rows.every((r) => r.n === 1), 'jobs enqueued on any instance are done once each', `${perAddress.rows.length} addresses, mails ${perAddress.rows.map((r) => r.n).join(',')}`);

  // Visits: concurrent confirmations of overlapping slots spread over the instances.
  const visits = await import('./visits-race.mjs').catch((error) => (error.code === 'ERR_MODULE_NOT_FOUND' ? null : Promise.reject(error)));
  if (visits) {
    const outcome = await visits.confirmRace({ gql, signIn, PROXY, RUN, db });
    check(outcome.ok, `20 concurrent confirmations of overlapping slots over the instances: ${outcome.summary}`);
  }

  // Requests/s for one, two and three instances on the same load (frontends with 1, 2, 3 servers).
  const autocannon = require('autocannon');
  const seconds = Number(process.env.SCALE_RATE_SECONDS ?? 8);
  const rates = [];
  for (const [n, port] of [[1, PROXY + 10], [2, PROXY + 20], [3, PROXY]]) {
    const result = await autocannon({ url: `http://127.0.0.1:${port}/graphql`, method: 'POST', connections: 20, duration: seconds, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CITIES_PAGE }) });
    rates.push({ n, rps: Math.round(result.requests.average), p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, codes: Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code}x${s.count}`).join(' ') });
  }
  log(`requests/s, directory page (20 cities), 20 connections, ${seconds} s each:`);
  for (const r of rates) log(`  ${r.n} instance${r.n > 1 ? 's' : ''}: ${r.rps} req/s, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors} (${r.codes})`);
  check(rates.every((r) => r.non2xx === 0 && r.errors === 0), 'no failed request under load with one, two and three instances');

  // One instance killed during mixed load: the proxy routes around it, no write lost or done twice.
  const loadSeconds = Number(process.env.SCALE_LOAD_SECONDS ?? 30);
  const editor = await signIn(PROXY, EDITOR);
  const results = [];
  let stop = false;
  let written = 0;
  const worker = async (w) => {
    for (let n = 0; !stop; n++) {
      const write = n % 5 === 4;
      const title = `Skala ${RUN} ${w}-${n}`;
      const at = Date.now();
      try {
        const res = write
          ? await gql(PROXY, `mutation($i: CreatePracticeInput!) { createPractice(input: $i) { practice { id } userErrors { code } } }`, { i: { citySlug: 'kota-solok', topic: 'governance', texts: [{ language: 'ID', title }] } }, { cookie: editor })
          : await gql(PROXY, CITIES_PAGE);
        const acknowledged = write && !!res.body?.data?.createPractice.practice;
        if (acknowledged) written++;
        results.push({ at, status: res.status, write, title, acknowledged, servedBy: res.servedBy });
      } catch (error) {
        results.push({ at, status: 0, write, title, acknowledged: false, error: String(error) });
      }
    }
  };
  const loadStarted = Date.now();
  const workers = Array.from({ length: 8 }, (_, w) => worker(w));
  await sleep((loadSeconds / 3) * 1000);
  const victim = instances[1];
  const killedAt = Date.now();
  victim.child.kill('SIGKILL');
  let noticedAt = null;
  while (Date.now() - killedAt < 10_000) {
    if ((await serverStatus(victim.name)).startsWith('DOWN')) {
      noticedAt = Date.now();
      break;
    }
    await sleep(50);
  }
  await sleep((loadSeconds / 3) * 1000 - (Date.now() - killedAt));
  const restarted = startInstance(1);
  instances[1] = restarted;
  const restartedAt = Date.now();
  await sleep(Math.max(0, loadStarted + loadSeconds * 1000 - Date.now()));
  stop = true;
  await Promise.all(workers);
  // The restarted instance rejoins once it is ready and the proxy's checks see it (start-up takes
  // longer on a busy machine than the load lasts).
  const back = await waitReady(restarted.port, 180);
  let rejoinedAt = null;
  while (back && Date.now() - restartedAt < 240_000) {
    if ((await serverStatus(victim.name)) === 'UP') {
      rejoinedAt = Date.now();
      break;
    }
    await sleep(100);
  }
  const servedAfterRejoin = new Set();
  for (let i = 0; rejoinedAt && i < 12; i++) servedAfterRejoin.add((await gql(PROXY, CITIES_PAGE)).servedBy);
  const failedRequests = results.filter((r) => r.status >= 500 || r.status === 0);
  const afterNotice = failedRequests.filter((r) => noticedAt !== null && r.at >= noticedAt);
  log(`mixed load ${loadSeconds} s, 8 clients: ${results.length} requests (${results.filter((r) => r.write).length} writes), api2 killed at ${((killedAt - loadStarted) / 1000).toFixed(1)} s, marked DOWN after ${noticedAt ? noticedAt - killedAt : '?'} ms, restarted at ${((restartedAt - loadStarted) / 1000).toFixed(1)} s and back UP ${rejoinedAt ? ((rejoinedAt - restartedAt) / 1000).toFixed(1) : '?'} s later`);
  log(`5xx or dropped: ${failedRequests.length} in all, ${failedRequests.length - afterNotice.length} before the health check noticed, ${afterNotice.length} after`);
  check(noticedAt !== null, 'the proxy marks the killed instance DOWN');
  check(afterNotice.length === 0, 'no request fails after the health check noticed', `${afterNotice.length} after, ${failedRequests.length} in all`);
  const rows = await db.query(`SELECT t.title, count(*)::int AS n FROM practice_texts t WHERE t.title LIKE $1 GROUP BY 1`, [`Skala ${RUN} %`]);
  const stored = new Map(rows.rows.map((r) => [r.title, r.n]));
  const lost = results.filter((r) => r.acknowledged && !stored.has(r.title)).length;
  const doubled = rows.rows.filter((r) => r.n > 1).length;
  const unacknowledged = results.filter((r) => r.write && !r.acknowledged && stored.has(r.title)).length;
  log(`writes: ${written} acknowledged, ${stored.size} stored, ${lost} lost, ${doubled} done twice, ${unacknowledged} stored without an answer`);
  check(lost === 0 && doubled === 0, 'no acknowledged write lost, none done twice');
  check(rejoinedAt !== null && servedAfterRejoin.has('api2'), 'the restarted instance rejoins and serves again');

  // Backup and restore: pg_dump and pg_restore give back the same row counts.
  const dump = path.join(ctx.dir, 'backup.dump');
  execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, `${PG}/${DB}`]);
  execFileSync('createdb', ['--maintenance-db', `${PG}/postgres`, `${DB}_restored`]);
  execFileSync('pg_restore', ['--exit-on-error', `--dbname=${PG}/${DB}_restored`, dump]);
  const countsOf = async (url) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename);
      const out = {};
      for (const t of tables) out[t] = (await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
      return out;
    } finally {
      await c.end();
    }
  };
  for (const i of instances) i.child.kill('SIGTERM'); // nothing writes while the counts are compared
  await sleep(1500);
  const [original, restored] = await Promise.all([countsOf(`${PG}/${DB}`), countsOf(`${PG}/${DB}_restored`)]);
  const differing = Object.keys(original).filter((t) => original[t] !== restored[t]);
  const total = Object.values(original).reduce((a, b) => a + b, 0);
  check(differing.length === 0 && Object.keys(restored).length === Object.keys(original).length, `backup and restore (pg_dump -Fc, pg_restore): the same row counts in ${Object.keys(original).length} tables, ${total} rows`, differing.join(', '));
  await db.end();
  return { passed, failed };
}
