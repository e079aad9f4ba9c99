import type { EntityManager } from 'typeorm';
import type { DemoDataLoader } from '../../common/domain-module.js';
import { DEMO_PRACTICES } from './demo-practices.js';

/**
 * Demo adoptions (is_demo), outside production only, into a database without adoptions: Kota Solok
 * adopted Kota Medan's regional asset management (the 2018 working visit of the seed article), and
 * a few invented ones between the other demo practices. A practice is found by its Indonesian or
 * English title; one the library does not have is skipped.
 */
const DEMO_ADOPTIONS = [
  { title: 'Pengelolaan aset daerah Kota Medan', city: '13.72', status: 'in_progress', adoptedOn: '2018-10-05', notes: 'Demo: berdasarkan kunjungan kerja Pemerintah Kota Solok ke Kota Medan, 5 Oktober 2018.' },
  { title: 'Aplikasi Medan Rumah Kita', city: '13.72', status: 'planned', adoptedOn: null, notes: 'Demo: contoh rekaan.' },
  { title: 'Bank sampah di setiap kelurahan', city: '12.71', status: 'done', adoptedOn: '2024-03-01', notes: 'Demo: contoh rekaan.' },
  { title: 'Perizinan usaha daring satu pintu', city: '13.72', status: 'dropped', adoptedOn: null, notes: 'Demo: contoh rekaan.' },
];

async function seedDemoAdoptions(m: EntityManager, { production }: { production: boolean }): Promise<Record<string, number> | null> {
  if (production) return null;
  const [{ exists }] = await m.query(`SELECT EXISTS (SELECT 1 FROM practice_adoptions) AS exists`);
  if (exists) return null;
  let adoptions = 0;
  for (const a of DEMO_ADOPTIONS) {
    const rows = await m.query(
      `INSERT INTO practice_adoptions (practice_id, city_id, status, adopted_on, notes, is_demo)
       SELECT p.id, c.id, $3, $4, $5, true FROM practices p JOIN city_refs c ON c.code = $2
       WHERE p.is_demo AND p.city_id <> c.id AND p.id = (SELECT practice_id FROM practice_texts WHERE title = $1 LIMIT 1)
       ON CONFLICT DO NOTHING RETURNING id`,
      [a.title, a.city, a.status, a.adoptedOn, a.notes],
    );
    adoptions += rows.length;
  }
  return { adoptions };
}

/** The practices' demo data, then the adoptions between them (one loader per domain, in this order). */
export const DEMO_LIBRARY: DemoDataLoader = {
  order: DEMO_PRACTICES.order,
  async load(m, options) {
    const practices = await DEMO_PRACTICES.load(m, options);
    const adoptions = await seedDemoAdoptions(m, options);
    return practices || adoptions ? { ...practices, ...adoptions } : null;
  },
};
