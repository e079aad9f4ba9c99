// The scale test's visit race: 20 visits requested from Kota Solok to Kota Medan with overlapping
// windows, then confirmed at the same time through the proxy (spread over the three instances).
// Exactly Medan's capacity succeeds; the rest are SLOT_TAKEN; no 5xx.
const SOLOK_EDITOR = { email: 'editor.solok@citybridge.demo', password: 'Demo-Editor-Solok-2026' };
const MEDAN_ADMIN = { email: 'admin.medan@citybridge.demo', password: 'Demo-Admin-Medan-Kota-2026' };

/** A Tuesday far enough ahead that no demo visit is near it (a different one each run). */
function tuesdayAhead(run) {
  const date = new Date(Date.now() + (400 + (Number.parseInt(run, 16) % 300)) * 86_400_000);
  while (date.getUTCDay() !== 2) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function confirmRace({ gql, signIn, PROXY, RUN, db }) {
  const solok = await signIn(PROXY, SOLOK_EDITOR);
  const medan = await signIn(PROXY, MEDAN_ADMIN);
  const ids = await gql(PROXY, `query { medan: city(slug: "kota-medan") { id } solok: city(slug: "kota-solok") { id } }`);
  const { medan: host, solok: visiting } = ids.body.data;
  const day = tuesdayAhead(RUN);
  const from = `${day}T00:00:00Z`;
  const to = `${day}T23:59:59Z`;
  const availability = await gql(PROXY, `query($from: DateTime!, $to: DateTime!) { visitAvailability(citySlug: "kota-medan", from: $from, to: $to) { capacity } }`, { from, to }, { cookie: medan });
  const capacity = availability.body?.data?.visitAvailability?.capacity ?? 1;
  const visits = [];
  for (let i = 0; i < 20; i++) {
    const minute = String(i).padStart(2, '0');
    const res = await gql(
      PROXY,
      `mutation($input: RequestVisitInput!) { requestVisit(input: $input) { visit { id windows { id } } userErrors { field code } } }`,
      {
        input: {
          visitingCityId: visiting.id,
          hostCityId: host.id,
          purpose: `Uji skala ${RUN} ${i}`,
          windows: [{ start: `${day}T09:${minute}`, end: `${day}T11:${minute}` }],
          delegation: [{ name: `Ketua ${i}`, title: 'Kepala Bagian', agency: 'Pemerintah Kota Solok', isLeader: true }],
        },
      },
      { cookie: solok },
    );
    const visit = res.body?.data?.requestVisit.visit;
    if (!visit) return { ok: false, summary: `request ${i} refused: ${JSON.stringify(res.body?.data?.requestVisit.userErrors ?? res.body?.errors)}` };
    visits.push(visit);
  }
  const answers = await Promise.all(
    visits.map((v) =>
      gql(PROXY, `mutation($input: ConfirmVisitInput!) { confirmVisit(input: $input) { visit { state } userErrors { code } } }`, { input: { visitId: v.id, windowId: v.windows[0].id } }, { cookie: medan }),
    ),
  );
  const servedBy = new Set(answers.map((a) => a.servedBy));
  const fivexx = answers.filter((a) => a.status >= 500).length;
  const confirmed = answers.filter((a) => a.body?.data?.confirmVisit.visit?.state === 'CONFIRMED').length;
  const taken = answers.filter((a) => a.body?.data?.confirmVisit.userErrors?.[0]?.code === 'SLOT_TAKEN').length;
  const { rows } = await db.query(
    `SELECT max((SELECT count(*) FROM visit_bookings o WHERE o.host_city_id = b.host_city_id AND o.during && b.during))::int AS most
       FROM visit_bookings b JOIN visits v ON v.id = b.visit_id WHERE v.purpose LIKE $1`,
    [`Uji skala ${RUN} %`],
  );
  const ok = confirmed === capacity && taken === 20 - capacity && fivexx === 0 && rows[0].most <= capacity;
  return { ok, summary: `capacity ${capacity}: ${confirmed} confirmed, ${taken} SLOT_TAKEN, ${fivexx} 5xx, at most ${rows[0].most} booked at once, served by ${servedBy.size} instances` };
}
