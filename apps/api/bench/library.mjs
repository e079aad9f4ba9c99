// The practice library part of the bench (issue 8): 100,000 generated practices across the 514
// cities in the bench's own database, then req/s, p50 and p95 at 20 connections for a search with
// facets, the library's first page and the practice page.

/** Words the generator draws from: what Indonesian city programs are called, and their English versions. */
const ID_ACTIONS = ['pengelolaan', 'digitalisasi', 'penataan', 'peningkatan', 'pemantauan', 'pendataan', 'pelayanan', 'pembangunan', 'pemberdayaan', 'pengendalian', 'penanganan', 'integrasi', 'inovasi', 'aplikasi', 'sistem informasi', 'gerakan', 'program', 'layanan daring', 'sentra', 'dasbor'];
const ID_SUBJECTS = ['aset daerah', 'sampah', 'air bersih', 'pengaduan warga', 'perizinan usaha', 'pajak daerah', 'kesehatan ibu dan anak', 'sekolah', 'banjir', 'angkutan kota', 'pasar rakyat', 'UMKM', 'pariwisata', 'data kependudukan', 'puskesmas', 'jalan lingkungan', 'drainase', 'taman kota', 'bantuan sosial', 'arsip', 'anggaran', 'pengadaan barang', 'penerangan jalan', 'parkir', 'posyandu', 'stunting', 'ruang terbuka hijau', 'limbah cair', 'kebakaran', 'perpustakaan'];
const ID_SUFFIXES = ['terpadu', 'berbasis data', 'untuk warga', 'di kelurahan', 'satu pintu', 'berbasis aplikasi', 'partisipatif', 'kota cerdas'];
const ID_VERBS = ['mengelola', 'mendata', 'memantau', 'melayani', 'membangun', 'menata', 'mengadukan', 'melaporkan', 'mengurangi', 'meningkatkan', 'mengintegrasikan', 'menerbitkan', 'mengawasi', 'memperbaiki'];
const ID_PLACES = ['kelurahan', 'kecamatan', 'perangkat daerah', 'dinas', 'pemerintah kota', 'rukun warga', 'sekolah', 'pasar', 'puskesmas'];
const EN_ACTIONS = ['management', 'digitalisation', 'monitoring', 'registry', 'one-stop service', 'integration', 'app', 'dashboard', 'programme', 'reform'];
const EN_SUBJECTS = ['regional assets', 'waste', 'clean water', 'citizen complaints', 'business permits', 'local tax', 'maternal health', 'schools', 'floods', 'city transport', 'markets', 'small business', 'tourism', 'population data', 'clinics', 'roads', 'drainage', 'parks', 'social aid', 'archives'];
const EN_VERBS = ['manages', 'records', 'monitors', 'serves', 'builds', 'reports', 'reduces', 'improves', 'integrates', 'publishes'];
const TOPICS = ['governance', 'public_services', 'finance_assets', 'digital_infrastructure', 'health', 'education', 'economy', 'tourism_culture', 'environment', 'waste', 'water_sanitation', 'transport', 'disaster', 'social_welfare'];
const DIMENSIONS = ['governance', 'branding', 'economy', 'living', 'society', 'environment'];

const lit = (words) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(', ')}]`;
/** The k-th pseudo-random pick of practice i from an array (hashint4: deterministic, spread). */
const pick = (words, k) => `(${lit(words)})[1 + abs(hashint4(g.i * 37 + ${k})) % ${words.length}]`;
// A practice is about one subject (its title's): most sentences speak of it; one in three brings in a second one.
const sentence = (k, lang) =>
  lang === 'id'
    ? `initcap(${pick(ID_PLACES, k)}) || ' ' || ${pick(ID_VERBS, k + 1)} || ' ' || ${pick(ID_SUBJECTS, 2)} || ' ' || ${pick(['dengan', 'untuk', 'di', 'dan', 'yang', 'bersama'], k + 3)} || ' ' || ${pick(ID_PLACES, k + 4)} || ' ' || ${pick(ID_SUFFIXES, k + 5)} || CASE WHEN abs(hashint4(g.i * 37 + ${k + 6})) % 3 = 0 THEN ' serta ' || ${pick(ID_SUBJECTS, k + 7)} ELSE '' END || '.'`
    : `'The ' || ${pick(['agency', 'district', 'city government', 'office', 'ward'], k)} || ' ' || ${pick(EN_VERBS, k + 1)} || ' ' || ${pick(EN_SUBJECTS, 2)} || CASE WHEN abs(hashint4(g.i * 37 + ${k + 6})) % 3 = 0 THEN ' and ' || ${pick(EN_SUBJECTS, k + 7)} ELSE '' END || '.'`;
const paragraph = (k, n, lang) => Array.from({ length: n }, (_, j) => sentence(k + j * 11, lang)).join(` || ' ' || `);
const PRACTICE_ID = `md5('bench-practice-' || g.i)::uuid`;

/**
 * 100,000 practices (90% published, over five years; 70% in Bahasa Indonesia only, 10% in English
 * only, 20% in both) spread over the 514 cities, in one transaction: the texts must be there at
 * commit. Generated in SQL (generate_series), so it takes seconds, not minutes; marked demo.
 */
/** The practice the practice page shows: the first generated one (published, with adoptions). */
export const BENCH_PRACTICE_SQL = `SELECT md5('bench-practice-1')::uuid AS id`;

export async function generateLibrary(client, count = 100_000) {
  const started = performance.now();
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO practices (id, city_id, agency, topic, dimensions, sdgs, tags, start_year, state, published_at, is_demo, created_at, updated_at)
     SELECT ${PRACTICE_ID}, c.id, 'Dinas ' || initcap(${pick(ID_SUBJECTS, 90)}), ${pick(TOPICS, 91)},
       ARRAY(SELECT DISTINCT d FROM unnest(ARRAY[${pick(DIMENSIONS, 92)}, ${pick(DIMENSIONS, 93)}]) d),
       ARRAY(SELECT DISTINCT s FROM unnest(ARRAY[1 + abs(hashint4(g.i * 37 + 94)) % 17, 1 + abs(hashint4(g.i * 37 + 95)) % 17]) s)::smallint[],
       ARRAY[${pick(ID_SUBJECTS, 96)}], 2010 + abs(hashint4(g.i * 37 + 97)) % 16,
       CASE WHEN g.i % 10 = 0 THEN 'draft' ELSE 'published' END,
       CASE WHEN g.i % 10 = 0 THEN NULL ELSE now() - make_interval(secs => (abs(hashint4(g.i * 37 + 98)) % (5 * 365 * 86400))) END,
       true, now(), now()
     FROM generate_series(1, $1) g(i) JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM city_refs) c ON c.n = g.i % 514`,
    [count],
  );
  const languages = { id: `g.i % 10 < 9`, en: `g.i % 10 >= 7` }; // 0-6 id, 7-8 both, 9 en
  for (const lang of ['id', 'en']) {
    const title =
      lang === 'id'
        ? `initcap(${pick(ID_ACTIONS, 1)}) || ' ' || ${pick(ID_SUBJECTS, 2)} || ' ' || ${pick(ID_SUFFIXES, 3)}`
        : `initcap(${pick(EN_SUBJECTS, 2)}) || ' ' || ${pick(EN_ACTIONS, 1)}`;
    await client.query(
      `INSERT INTO practice_texts (practice_id, lang, title, summary, problem, approach, results, lessons)
       SELECT ${PRACTICE_ID}, '${lang}', ${title}, ${paragraph(10, 2, lang)}, ${paragraph(30, 3, lang)}, ${paragraph(50, 4, lang)}, ${paragraph(70, 2, lang)}, ${paragraph(80, 2, lang)}
       FROM generate_series(1, $1) g(i) WHERE ${languages[lang]}`,
      [count],
    );
  }
  // Adoptions: about 20,000, by cities other than the practice's (the first practice gets several, for the practice page).
  await client.query(
    `INSERT INTO practice_adoptions (practice_id, city_id, status, adopted_on, is_demo)
     SELECT p.id, c.id, (ARRAY['planned', 'in_progress', 'done', 'dropped'])[1 + g.i % 4], date '2019-01-01' + g.i % 2000, true
     FROM generate_series(1, 20000) g(i)
     JOIN practices p ON p.id = md5('bench-practice-' || CASE WHEN g.i <= 12 THEN 1 ELSE g.i * 3 END)::uuid AND p.state = 'published'
     JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM city_refs) c ON c.n = (g.i * 7 + 1) % 514
     WHERE p.city_id <> c.id ON CONFLICT DO NOTHING`,
  );
  await client.query('COMMIT');
  await client.query('ANALYZE practice_adoptions');
  await client.query('ANALYZE practices');
  await client.query('ANALYZE practice_texts');
  const [{ published, texts }] = (
    await client.query(`SELECT (SELECT count(*) FROM practices WHERE state = 'published')::int AS published, (SELECT count(*) FROM practice_texts)::int AS texts`)
  ).rows;
  return { seconds: (performance.now() - started) / 1000, published, texts };
}

const HIT = 'language titleHtml snippetHtml practice { id agency topic dimensions sdgs startYear isDemo city { name slug province { name } } }';
const FACETS = 'facets { topics { value label count } dimensions { value label count } sdgs { value label count } provinces { value label count } cities { value label count } years { value label count } languages { value label count } }';

/** The library's requests, as the web pages ask them. */
export const LIBRARY_QUERIES = {
  search: (query) => ({
    query: `query Search($q: String) { searchPractices(query: $q, first: 20) { totalCount pageInfo { hasNextPage endCursor } ${FACETS} nodes { ${HIT} } } }`,
    variables: { q: query },
  }),
  firstPage: () => ({
    query: `query Library { searchPractices(first: 20, sort: NEWEST) { totalCount pageInfo { hasNextPage endCursor } ${FACETS} nodes { ${HIT} } } }`,
  }),
  practicePage: (id) => ({
    query: `query PracticePage($id: ID!) { practice(id: $id) { id agency topic dimensions sdgs tags startYear endYear isDemo state publishedAt
      cost { amount currency year } links { url label } languages city { name slug province { name } }
      texts { language title summary summaryHtml problemHtml approachHtml resultsHtml lessonsHtml }
      adoptionCount adoptions { id status adoptedOn isDemo city { name slug } }
      similar(first: 4) { id topic texts { language title } city { name slug } adoptionCount } } }`,
    variables: { id },
  }),
};
