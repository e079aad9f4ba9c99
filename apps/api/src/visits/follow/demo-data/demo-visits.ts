import type { EntityManager } from 'typeorm';
import type { DemoDataLoader } from '../../../common/domain-module.js';

/** Where the seed visit comes from (docs/sources.md cites it). */
export const SEED_SOURCE =
  'Beritasumut.com (BS06), "Kota Solok Pelajari Pengelolaan Aset dan Program Smart City ke Kota Medan", Politik & Pemerintahan, 5 Oktober 2018. Jam kunjungan tidak disebut dalam berita; 09.00–12.00 WIB adalah perkiraan.';

/** A fixed id, so pages and journeys can link to the seed visit: its date and the two cities' codes. */
export const SEED_VISIT_ID = '20181005-1372-4271-8000-000000000001';

const SOLOK = '13.72';
const MEDAN = '12.71';

/**
 * The working visit of the seed article, as the article tells it: who came (the Deputy Mayor of
 * Solok with the heads of agencies) and who received them (the Mayor of Medan with the Deputy Mayor,
 * the Assistant for General Affairs and agency heads). Names only where the article gives them.
 */
const SEED = {
  purpose:
    'Bersilaturahmi, mempelajari pengelolaan aset daerah Kota Medan, dan menggali informasi tentang program Smart City yang diterapkan Kota Medan, agar dapat diterapkan untuk pembangunan Kota Solok.',
  topics: ['aset daerah', 'smart city'],
  venue: 'Ruang Rapat I, Kantor Wali Kota Medan',
  // Friday 5 October 2018; the article gives no hours (see SEED_SOURCE).
  startsAt: '2018-10-05T09:00:00+07:00',
  endsAt: '2018-10-05T12:00:00+07:00',
  delegation: [
    { name: 'Reiner, S.T., M.M.', title: 'Wakil Wali Kota Solok', agency: 'Pemerintah Kota Solok', isLeader: true },
    { name: 'Pimpinan OPD Kota Solok', title: 'Pimpinan Organisasi Perangkat Daerah', agency: 'Pemerintah Kota Solok', isLeader: false },
  ],
  hosts: [
    { name: 'Drs. H.T. Dzulmi Eldin S., M.Si.', title: 'Wali Kota Medan', agency: 'Pemerintah Kota Medan', role: 'Menerima kunjungan' },
    { name: 'Wakil Wali Kota Medan', title: 'Wakil Wali Kota Medan', agency: 'Pemerintah Kota Medan', role: 'Memaparkan visi, misi, dan program Smart City Kota Medan' },
    { name: 'Ikhwan Habibi Daulay', title: 'Asisten Umum', agency: 'Sekretariat Daerah Kota Medan', role: 'Mendampingi Wakil Wali Kota' },
    { name: 'Topan Ginting, S.STP', title: 'Kepala Bidang Persandian', agency: 'Dinas Komunikasi dan Informatika Kota Medan', role: 'Mendampingi Wakil Wali Kota' },
    { name: 'Perwakilan Pimpinan OPD Kota Medan', title: 'Pimpinan Organisasi Perangkat Daerah', agency: 'Pemerintah Kota Medan', role: 'Mendampingi Wakil Wali Kota' },
  ],
  // The two practices studied, by their titles in the demo library (linked when the library has them).
  practices: ['Pengelolaan aset daerah Kota Medan', 'Aplikasi Medan Rumah Kita'],
  report: {
    summary:
      'Pemerintah Kota Solok, dipimpin Wakil Wali Kota Solok Reiner, mempelajari dua hal di Kota Medan: pengelolaan aset daerah, yang dinilai sangat baik, dan program Smart City (Aplikasi Medan Rumah Kita; Data Center dan Command Center yang sedang dibangun).',
    learnings: [
      '- Pengelolaan aset daerah: Pemerintah Kota Solok menilai pengelolaan aset Kota Medan sangat baik dan datang untuk mempelajarinya.',
      '- Smart City: Kota Medan memiliki Aplikasi Medan Rumah Kita, dan saat itu sedang membangun Data Center dan Command Center.',
      '- Arah pembangunan Medan: kota jasa, industri, perdagangan, dan pendidikan, dengan misi yang antara lain mengembangkan Medan sebagai smart city.',
      '- Bagi Kota Solok (kota kecil dengan sekitar 62.000 jiwa di 3 kecamatan): belajar dari kota yang sudah maju agar dapat berkembang mengikuti zaman dengan teknologi.',
    ].join('\n'),
  },
};

/** A Tuesday `weeks` weeks from now at `hour` in the zone, as SQL (relative: the demo stays upcoming). */
const tuesday = (weeks: number, hour: number, zone: string) =>
  `((date_trunc('week', now() AT TIME ZONE '${zone}')::date + ${7 * weeks + 1}) + time '${String(hour).padStart(2, '0')}:00') AT TIME ZONE '${zone}'`;

/** Upcoming invented visits between cities of the demo library, one in each open state. */
const DEMO_VISITS = [
  {
    visiting: '13.71',
    host: '35.78',
    state: 'confirmed',
    purpose: 'Demo: mempelajari program dokter dan perawat datang ke rumah.',
    topics: ['kesehatan'],
    weeks: 2,
    venue: 'Demo: ruang rapat balai kota',
    budget: 45000000,
  },
  { visiting: '14.71', host: '34.71', state: 'requested', purpose: 'Demo: mempelajari gerakan membeli produk lokal.', topics: ['ekonomi lokal'], weeks: 3, venue: null, budget: 38000000 },
  { visiting: '51.71', host: '32.73', state: 'proposed', purpose: 'Demo: mempelajari kota yang ramah pejalan kaki.', topics: ['tata kota'], weeks: 4, venue: null, budget: 52000000 },
];

async function insertPeople(m: EntityManager, visitId: string, delegation: { name: string; title: string; agency: string; isLeader: boolean }[]): Promise<void> {
  for (const [i, d] of delegation.entries()) {
    await m.query(`INSERT INTO visit_delegates (visit_id, position, name, title, agency, is_leader) VALUES ($1, $2, $3, $4, $5, $6)`, [visitId, i + 1, d.name, d.title, d.agency, d.isLeader]);
  }
}

async function seedVisit(m: EntityManager): Promise<string | null> {
  const [visit] = await m.query(
    `INSERT INTO visits (id, visiting_city_id, host_city_id, state, purpose, topics, starts_at, ends_at, host_time_zone, venue, is_demo)
     SELECT $8, g.id, h.id, 'completed', $3, $4, $5, $6, 'Asia/Jakarta', $7, false FROM city_refs g, city_refs h WHERE g.code = $1 AND h.code = $2 RETURNING id`,
    [SOLOK, MEDAN, SEED.purpose, SEED.topics, SEED.startsAt, SEED.endsAt, SEED.venue, SEED_VISIT_ID],
  );
  if (!visit) return null; // a directory without the two cities
  await insertPeople(m, visit.id, SEED.delegation);
  for (const [i, h] of SEED.hosts.entries()) {
    await m.query(`INSERT INTO visit_host_participants (visit_id, position, name, title, agency, role) VALUES ($1, $2, $3, $4, $5, $6)`, [visit.id, i + 1, h.name, h.title, h.agency, h.role]);
  }
  const practices: { id: string }[] = await m.query(
    `SELECT p.id FROM practices p JOIN city_refs c ON c.id = p.city_id JOIN practice_texts t ON t.practice_id = p.id AND t.lang = 'id'
     WHERE c.code = $1 AND t.title = ANY($2) ORDER BY array_position($2, t.title)`,
    [MEDAN, SEED.practices],
  );
  for (const [i, p] of practices.entries()) {
    await m.query(`INSERT INTO visit_practices (visit_id, practice_id, position) VALUES ($1, $2, $3)`, [visit.id, p.id, i + 1]);
  }
  await m.query(`INSERT INTO visit_events (visit_id, at, side, action, from_state, to_state, detail) VALUES ($1, $2, NULL, 'COMPLETE', 'confirmed', 'completed', $3)`, [
    visit.id,
    SEED.endsAt,
    JSON.stringify({ source: SEED_SOURCE }),
  ]);
  await m.query(`INSERT INTO visit_reports (visit_id, summary, learnings, source, filed_at, is_demo) VALUES ($1, $2, $3, $4, $5, false)`, [
    visit.id,
    SEED.report.summary,
    SEED.report.learnings,
    SEED_SOURCE,
    SEED.endsAt,
  ]);
  // The demo library's adoptions by Kota Solok of the practices studied (themselves marked demo) came of this visit.
  await m.query(
    `INSERT INTO visit_adoptions (visit_id, adoption_id) SELECT $1, a.id FROM practice_adoptions a JOIN city_refs c ON c.id = a.city_id
     WHERE c.code = $2 AND a.practice_id = ANY($3::uuid[])`,
    [visit.id, SOLOK, practices.map((p) => p.id)],
  );
  return visit.id;
}

/** Kota Medan receives visits Monday to Thursday 09:00–15:00 and Friday morning (before Friday prayers), one at a time. */
async function medanAvailability(m: EntityManager): Promise<number> {
  const [city] = await m.query(`SELECT id FROM city_refs WHERE code = $1`, [MEDAN]);
  if (!city) return 0;
  await m.query(`INSERT INTO visit_host_settings (city_id, capacity, time_zone) VALUES ($1, 1, 'Asia/Jakarta') ON CONFLICT DO NOTHING`, [city.id]);
  const rules = [1, 2, 3, 4].map((weekday) => [weekday, '09:00', '15:00']).concat([[5, '08:30', '11:00']]);
  for (const [weekday, start, end] of rules) {
    await m.query(`INSERT INTO visit_availability_rules (city_id, weekday, start_time, end_time) VALUES ($1, $2, $3, $4)`, [city.id, weekday, start, end]);
  }
  return rules.length;
}

async function demoVisits(m: EntityManager): Promise<number> {
  let made = 0;
  for (const d of DEMO_VISITS) {
    const start = tuesday(d.weeks, 9, 'Asia/Jakarta');
    const end = tuesday(d.weeks, 12, 'Asia/Jakarta');
    const confirmed = d.state === 'confirmed';
    const [visit] = await m.query(
      `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, topics, starts_at, ends_at, host_time_zone, venue, travel_budget, is_demo)
       SELECT g.id, h.id, $3, $4, $5, ${confirmed ? start : 'NULL'}, ${confirmed ? end : 'NULL'}, 'Asia/Jakarta', $6, $7, true
       FROM city_refs g, city_refs h WHERE g.code = $1 AND h.code = $2 RETURNING id, host_city_id, starts_at, ends_at`,
      [d.visiting, d.host, d.state, d.purpose, d.topics, d.venue, d.budget],
    );
    if (!visit) continue;
    await insertPeople(m, visit.id, [
      { name: 'Demo: Wakil Wali Kota', title: 'Wakil Wali Kota', agency: 'Pemerintah Kota (demo)', isLeader: true },
      { name: 'Demo: Kepala Bappeda', title: 'Kepala Badan Perencanaan Pembangunan Daerah', agency: 'Bappeda (demo)', isLeader: false },
      { name: 'Demo: Kepala Dinas', title: 'Kepala Dinas', agency: 'Dinas terkait (demo)', isLeader: false },
    ]);
    // The requested windows (round 1); a proposal adds the host's own (round 2).
    await m.query(`INSERT INTO visit_windows (visit_id, round, position, starts_at, ends_at, proposed_by) VALUES ($1, 1, 1, ${start}, ${end}, 'visiting')`, [visit.id]);
    await m.query(`INSERT INTO visit_events (visit_id, side, action, to_state, detail) VALUES ($1, 'visiting', 'REQUEST', 'requested', '{"demo": true}')`, [visit.id]);
    if (d.state === 'proposed') {
      await m.query(
        `INSERT INTO visit_windows (visit_id, round, position, starts_at, ends_at, proposed_by) VALUES ($1, 2, 1, ${tuesday(d.weeks + 1, 9, 'Asia/Jakarta')}, ${tuesday(d.weeks + 1, 12, 'Asia/Jakarta')}, 'host')`,
        [visit.id],
      );
      await m.query(`INSERT INTO visit_events (visit_id, side, action, from_state, to_state, detail) VALUES ($1, 'host', 'PROPOSE', 'requested', 'proposed', '{"demo": true}')`, [visit.id]);
    }
    if (confirmed) {
      await m.query(`INSERT INTO visit_bookings (visit_id, host_city_id, during, lane) VALUES ($1, $2, tstzrange($3, $4), 1)`, [visit.id, visit.host_city_id, visit.starts_at, visit.ends_at]);
      await m.query(`INSERT INTO visit_events (visit_id, side, action, from_state, to_state, detail) VALUES ($1, 'host', 'CONFIRM', 'requested', 'confirmed', '{"demo": true}')`, [visit.id]);
    }
    made += 1;
  }
  return made;
}

/**
 * The visits' data, into a database without visits: the seed visit (real, from the 2018 article,
 * also in production), and outside production Kota Medan's availability and a few upcoming demo visits.
 */
async function loadVisits(m: EntityManager, { production }: { production: boolean }): Promise<Record<string, unknown> | null> {
  const [{ exists }] = await m.query(`SELECT EXISTS (SELECT 1 FROM visits) AS exists`);
  if (exists) return null;
  const seed = await seedVisit(m);
  if (production) return { seedVisit: seed };
  return { seedVisit: seed, medanAvailabilityRules: await medanAvailability(m), demoVisits: await demoVisits(m) };
}

/** After the practices and their adoptions (30). */
export const VISITS_DEMO_DATA: DemoDataLoader = { order: 40, load: loadVisits };
