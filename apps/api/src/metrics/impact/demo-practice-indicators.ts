import type { EntityManager } from 'typeorm';

/**
 * Related indicators for the demo library's practices, found by a title (either language). Like the
 * visits' demo data, this demo loader reads the practices' titles directly: it runs once, at start,
 * and only demo practices are linked. Series exist for some of them (demo-data/demo-series.ts), so
 * Kota Solok's 2018 adoption of Medan's asset management shows numbers and an indicator without
 * data shows the empty state.
 */
const LINKS: { title: string; indicators: string[] }[] = [
  { title: 'Pengelolaan aset daerah Kota Medan', indicators: ['assets_registered', 'spbe_index'] },
  { title: 'Aplikasi Medan Rumah Kita', indicators: ['complaints_resolved_7d_share', 'complaints_received'] },
  { title: 'Data Center dan Command Center Kota Medan', indicators: ['online_services_share', 'spbe_index'] },
  { title: 'Bank sampah di setiap kelurahan', indicators: ['waste_collection_share', 'waste_recycled_share'] },
  { title: 'Perizinan usaha daring satu pintu', indicators: ['online_services_share'] },
  { title: 'Dokter dan perawat datang ke rumah', indicators: ['life_expectancy', 'physicians_per_100k'] },
  { title: 'Peringatan dini banjir rob berbasis sensor', indicators: ['disaster_victims_per_100k'] },
  { title: 'A walkable city centre', indicators: ['public_transport_access_share', 'road_deaths_per_100k'] },
  { title: 'Pengolahan air limbah komunal', indicators: ['wastewater_treated_share', 'safe_water_share'] },
  { title: 'Hutan kota di tengah permukiman', indicators: ['green_area_per_100k', 'open_space_share'] },
  { title: 'Sekolah siaga bencana', indicators: ['disaster_victims_per_100k', 'school_enrolment_rate'] },
  { title: 'Dasbor kinerja perangkat daerah', indicators: ['spbe_index', 'online_services_share'] },
  { title: 'Pendataan terpadu penerima bantuan sosial', indicators: ['poverty_rate'] },
];

/** Outside production only, into a database without related indicators. */
export async function seedDemoPracticeIndicators(m: EntityManager, { production }: { production: boolean }): Promise<Record<string, number> | null> {
  if (production) return null;
  const [{ exists }] = await m.query(`SELECT EXISTS (SELECT 1 FROM practice_indicators) AS exists`);
  if (exists) return null;
  let links = 0;
  for (const link of LINKS) {
    const rows = await m.query(
      `INSERT INTO practice_indicators (practice_id, indicator_id, position)
       SELECT p.id, i.id, t.n FROM unnest($2::text[]) WITH ORDINALITY AS t(code, n)
       JOIN metric_indicators i ON i.code = t.code
       JOIN practices p ON p.is_demo AND p.id = (SELECT practice_id FROM practice_texts WHERE title = $1 LIMIT 1)
       ON CONFLICT DO NOTHING RETURNING practice_id`,
      [link.title, link.indicators],
    );
    links += rows.length;
  }
  return { practiceIndicators: links };
}
