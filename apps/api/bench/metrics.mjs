// The metrics part of the bench (issue 12): 514 cities x 120 indicators x 20 years of demo
// observations generated in SQL, then p50/p95 at 20 connections for `compare` (20 cities x 10
// indicators x 20 years, raw and per 100,000 people) and a `ranking` of all cities; the import of a
// 100,000-row CSV through the HTTP upload + preview + commit (then undone); the whole-dataset CSV
// export with the API's RSS sampled while it streams.

export const YEARS = { from: 2005, to: 2024 };
const INDICATORS = 120;
const CATEGORIES = ['demography', 'geography', 'governance', 'economy', 'environment', 'mobility', 'safety', 'health', 'education', 'ict', 'housing'];
const DEMO_SOURCE = ['CityBridge bench', 'Data bangkitan uji kecepatan (demo), bukan data sebenarnya / generated bench data (demo)'];

/**
 * Fills the catalogue up to 120 numeric indicators with demo indicators (named as such, normalisable counts),
 * then one observation per city, indicator and year (quality demo, is_demo, the bench's demo source)
 * in one INSERT ... SELECT. Values: a population of 50,000–2,050,000 growing 1.5% a year, shares
 * within 0–100, other indicators a per-city level with a drift.
 */
export async function generateMetrics(client) {
  const started = performance.now();
  await client.query('BEGIN');
  const { rowCount: demoIndicators } = await client.query(
    `INSERT INTO metric_indicators (code, name_id, name_en, definition_id, definition_en, unit, direction, category, standard, normalisable)
     SELECT 'demo_indicator_' || lpad(g::text, 3, '0'), 'Indikator demo ' || g, 'Demo indicator ' || g,
       'Indikator contoh untuk uji kecepatan (demo), bukan indikator sebenarnya.', 'Invented indicator for the speed bench (demo), not a real one.',
       'count', 'neutral', ($2::text[])[1 + g % ${CATEGORIES.length}], 'custom', true
     FROM generate_series(1, GREATEST(0, $1 - (SELECT count(*) FROM metric_indicators WHERE unit <> 'text')::int)) g`,
    [INDICATORS, CATEGORIES],
  );
  const [source] = (await client.query(`INSERT INTO metric_sources (organisation, title, licence) VALUES ($1, $2, 'CC0-1.0') RETURNING id`, DEMO_SOURCE)).rows;
  const { rowCount: observations } = await client.query(
    `INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality, is_demo)
     SELECT c.id, i.id, y, CASE
         WHEN i.code = 'population' THEN round((50000 + abs(hashint4(c.id)) % 2000000) * power(1.015, y - $2))
         WHEN i.unit = '%' THEN round(((abs(hashint4(c.id * 1000 + i.id)) % 800) / 10.0 + (y - $2) * 0.5)::numeric, 1)
         ELSE round(((1 + abs(hashint4(c.id * 1000 + i.id)) % 10000) * (1 + 0.03 * (y - $2)) + abs(hashint4(c.id * 7 + i.id * 131 + y)) % 50)::numeric, 2)
       END, $1, 'demo', true
     FROM (SELECT id FROM city_refs ORDER BY code LIMIT 514) c
     CROSS JOIN (SELECT id, code, unit FROM metric_indicators WHERE unit <> 'text' ORDER BY id LIMIT ${INDICATORS}) i
     CROSS JOIN generate_series($2::int, $3::int) y`,
    [source.id, YEARS.from, YEARS.to],
  );
  await client.query('COMMIT');
  const insertSeconds = (performance.now() - started) / 1000;
  // What autovacuum does within a minute of a bulk insert (its insert threshold): the statistics, and the
  // visibility map that lets compare read its covering index without visiting the heap.
  await client.query('VACUUM (ANALYZE) metric_observations');
  await client.query('ANALYZE metric_indicators');
  const [counts] = (
    await client.query(
      `SELECT (SELECT count(*) FROM metric_observations)::int AS total, (SELECT count(DISTINCT city_id) FROM metric_observations WHERE source_id = $1)::int AS cities,
              (SELECT count(*) FROM metric_indicators WHERE unit <> 'text')::int AS indicators`,
      [source.id],
    )
  ).rows;
  return { seconds: (performance.now() - started) / 1000, insertSeconds, observations, demoIndicators, ...counts };
}

/** 20 cities spread over the directory (every 25th by code) and the 10 indicators compared. */
export async function compareSelection(client) {
  const cities = (await client.query(`SELECT code FROM (SELECT code, row_number() OVER (ORDER BY code) AS n FROM city_refs) c WHERE n % 25 = 1 ORDER BY code LIMIT 20`)).rows.map((r) => r.code);
  // Catalogue indicators (counts, shares, rates) and normalisable ones, so PER_100K divides some and notes the others.
  const wanted = ['population', 'unemployment_rate', 'poverty_rate', 'hdi', 'waste_per_capita', 'complaints_received', 'assets_registered'];
  const found = (await client.query(`SELECT code FROM metric_indicators WHERE code = ANY($1) ORDER BY code`, [wanted])).rows.map((r) => r.code);
  const demo = (await client.query(`SELECT code FROM metric_indicators WHERE code LIKE 'demo_indicator_%' ORDER BY code LIMIT $1`, [10 - found.length])).rows.map((r) => r.code);
  return { cities, indicators: [...found, ...demo] };
}

/**
 * `n` other selections of 20 cities (a seeded shuffle each) with the same indicators: a run that asks
 * each once measures compare when no answer is kept (the API keeps 100, until the next write).
 */
export async function compareVariants(client, indicators, n) {
  const all = (await client.query(`SELECT code FROM city_refs ORDER BY code`)).rows.map((r) => r.code);
  let seed = 12;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: n }, () => {
    const picked = new Set();
    while (picked.size < 20) picked.add(all[Math.floor(random() * all.length)]);
    return METRIC_QUERIES.compare([...picked], indicators, 'RAW');
  });
}

/**
 * A 100,000-row CSV (English decimals, comma) of estimated values near the generated ones (so the
 * import's jump checks find little), from a bench source of its own: no clash with stored values.
 */
export async function importCsv(client, rows = 100_000) {
  const result = await client.query(
    `SELECT c.code, i.code AS indicator, o.year, round(o.value * 1.01, 2)::text AS value
     FROM metric_observations o JOIN city_refs c ON c.id = o.city_id JOIN metric_indicators i ON i.id = o.indicator_id
     WHERE i.code LIKE 'demo_indicator_%' AND o.practice_id IS NULL
     ORDER BY i.code, c.code, o.year LIMIT $1`,
    [rows],
  );
  const lines = ['city_code,indicator,year,value,source_organisation,source_title,source_date,quality'];
  for (const r of result.rows) lines.push(`${r.code},${r.indicator},${r.year},${r.value},CityBridge bench,Impor uji 100.000 baris,2025-01-15,estimated`);
  return { csv: `${lines.join('\r\n')}\r\n`, rows: result.rows.length };
}

const USER_ERRORS = 'userErrors { field code message }';
const IMPORT_FIELDS = 'id fileName status rowCount createdAt committedAt undoneAt';

/** The web's own operations (apps/web/src/metrics/metrics.graphql). */
export const METRIC_QUERIES = {
  compare: (cityCodes, indicatorCodes, normalisation = 'RAW') => ({
    operationName: 'MetricCompare',
    query: `query MetricCompare($cityCodes: [String!]!, $indicatorCodes: [String!]!, $fromYear: Int!, $toYear: Int!, $normalisation: Normalisation!) {
      compare(cityCodes: $cityCodes, indicatorCodes: $indicatorCodes, fromYear: $fromYear, toYear: $toYear, normalisation: $normalisation) {
        normalisation fromYear toYear
        series { cityCode cityName indicatorCode values rawValues qualities sources }
        sources { id organisation title url publishedOn }
        notes { cityCode year indicatorCode code message } } }`,
    variables: { cityCodes, indicatorCodes, fromYear: YEARS.from, toYear: YEARS.to, normalisation },
  }),
  ranking: (indicatorCode, year) => ({
    operationName: 'MetricRanking',
    query: `query MetricRanking($indicatorCode: String!, $year: Int!, $scope: RankingScope!, $provinceCode: String, $cityCode: String) {
      ranking(indicatorCode: $indicatorCode, year: $year, scope: $scope, provinceCode: $provinceCode, cityCode: $cityCode) {
        year scope rows { rank cityCode cityName provinceCode value quality isDemo } } }`,
    variables: { indicatorCode, year, scope: 'ALL' },
  }),
  preview: (importId) => ({
    operationName: 'PreviewMetricImport',
    query: `mutation PreviewMetricImport($input: MetricImportOptionsInput!) { previewMetricImport(input: $input) {
      preview { importId encoding delimiter decimalStyle decimalStyleDetected rowCount errors { line column code } warnings { line column code } alreadyImported } ${USER_ERRORS} } }`,
    variables: { input: { importId, delimiter: 'COMMA', decimalStyle: 'ENGLISH' } },
  }),
  commit: (importId) => ({
    operationName: 'CommitMetricImport',
    query: `mutation CommitMetricImport($input: CommitMetricImportInput!) { commitMetricImport(input: $input) { import { ${IMPORT_FIELDS} } alreadyImported ${USER_ERRORS} } }`,
    variables: { input: { importId, delimiter: 'COMMA', decimalStyle: 'ENGLISH', confirmWarnings: true } },
  }),
  undo: (importId) => ({
    operationName: 'UndoMetricImport',
    query: `mutation UndoMetricImport($importId: ID!) { undoMetricImport(input: { importId: $importId }) { import { ${IMPORT_FIELDS} } ${USER_ERRORS} } }`,
    variables: { importId },
  }),
};
