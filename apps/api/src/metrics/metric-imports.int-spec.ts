import { DEMO, startTestApp, type TestApp, type TestClient } from '../../test/support/test-app';

let t: TestApp;
let solokEditor: TestClient;
let medanEditor: TestClient;
let platformAdmin: TestClient;

const SOLOK = '13.72';
const PREVIEW = `mutation($input: MetricImportOptionsInput!) { previewMetricImport(input: $input) { preview {
  encoding hasBom delimiter decimalStyle decimalStyleDetected columns mapping { field column } rowCount sampleRows { cells }
  errors { line column code message candidates } warnings { line column code } alreadyImported } userErrors { field code } } }`;
const COMMIT = `mutation($input: CommitMetricImportInput!) { commitMetricImport(input: $input) { import { id status rowCount } alreadyImported userErrors { field code message } } }`;
const UNDO = `mutation($id: ID!) { undoMetricImport(input: { importId: $id }) { import { status } userErrors { field code } } }`;

async function upload(client: TestClient, csv: string | Buffer, city: string | null = SOLOK) {
  let req = client.agent.post('/metrics/imports').set('apollo-require-preflight', 'true');
  if (city) req = req.field('city', city);
  return req.attach('file', typeof csv === 'string' ? Buffer.from(csv) : csv, 'data.csv');
}
async function uploaded(client: TestClient, csv: string | Buffer, city: string | null = SOLOK): Promise<string> {
  const res = await upload(client, csv, city);
  expect(res.status).toBe(201);
  return res.body.import.importId;
}
const observationCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM metric_observations`))[0].n;

/** An editor of Kota Solok's spreadsheet, saved by Excel in an Indonesian locale: BOM, semicolons, CRLF, decimal commas. */
const SOLOK_SHEET = `\uFEFFkode_kota;indikator;tahun;nilai;sumber;judul_sumber\r\n13.72;area_km2;2020;57,64;BPS Kota Solok;Kota Solok dalam Angka 2021\r\n13.72;population;2020;73.438;BPS Kota Solok;Kota Solok dalam Angka 2021\r\n13.72;waste_per_capita;2020;1.234,5;BPS Kota Solok;Kota Solok dalam Angka 2021\r\n`;

beforeAll(async () => {
  t = await startTestApp();
  // These tests make their own population and complaint numbers; the demo series of the two would be
  // other sources beside them (peer groups, normalisation and the import's sanity checks read them).
  await t.dataSource.query(
    `DELETE FROM metric_observations WHERE is_demo AND indicator_id IN (SELECT id FROM metric_indicators WHERE code IN ('population', 'complaints_received'))`,
  );
  const editor = await t.fixtures.user({ role: 'EDITOR', city: 'kota-solok' });
  solokEditor = await t.signedIn(editor.email, editor.password);
  medanEditor = await t.signedIn(...DEMO.medanEditor);
  platformAdmin = await t.signedIn(...DEMO.admin);
});
afterAll(() => t.close());

describe("an editor of Kota Solok imports the city's spreadsheet", () => {
  let importId: string;

  it('previews it: BOM, semicolons and decimal commas detected, columns mapped, the first rows parsed, nothing stored', async () => {
    const before = await observationCount();
    importId = await uploaded(solokEditor, SOLOK_SHEET);
    const res = await solokEditor.gql(PREVIEW, { input: { importId } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.previewMetricImport.userErrors).toEqual([]);
    const preview = res.data?.previewMetricImport.preview;
    expect(preview).toMatchObject({ encoding: 'UTF-8 BOM', hasBom: true, delimiter: 'SEMICOLON', decimalStyle: 'INDONESIAN', decimalStyleDetected: true, rowCount: 3, errors: [], warnings: [], alreadyImported: false });
    expect(preview.mapping).toEqual(expect.arrayContaining([{ field: 'cityCode', column: 'kode_kota' }, { field: 'value', column: 'nilai' }, { field: 'sourceOrganisation', column: 'sumber' }]));
    expect(preview.sampleRows[0].cells).toEqual(['13.72', 'area_km2', '2020', '57,64', 'BPS Kota Solok', 'Kota Solok dalam Angka 2021']);
    expect(await observationCount()).toBe(before);
  });

  it('commits every row in one go, with its source, in the audit log; the same file again changes nothing; undo removes it all', async () => {
    const before = await observationCount();
    const res = await solokEditor.gql(COMMIT, { input: { importId, confirmWarnings: false } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.commitMetricImport).toMatchObject({ import: { status: 'committed', rowCount: 3 }, alreadyImported: false, userErrors: [] });
    expect(await observationCount()).toBe(before + 3);
    const stored = await t.dataSource.query(
      `SELECT i.code, o.value::float8 AS value, o.quality, s.organisation FROM metric_observations o JOIN metric_indicators i ON i.id = o.indicator_id JOIN metric_sources s ON s.id = o.source_id
       WHERE o.import_id = $1 ORDER BY i.code`,
      [importId],
    );
    expect(stored).toEqual([
      { code: 'area_km2', value: 57.64, quality: 'self_reported', organisation: 'BPS Kota Solok' },
      { code: 'population', value: 73438, quality: 'self_reported', organisation: 'BPS Kota Solok' },
      { code: 'waste_per_capita', value: 1234.5, quality: 'self_reported', organisation: 'BPS Kota Solok' },
    ]);
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'metrics.import.commit' AND entity_id = $1`, [importId]);
    expect(audit.n).toBe(1);

    const twin = await uploaded(solokEditor, SOLOK_SHEET);
    const preview = await solokEditor.gql(PREVIEW, { input: { importId: twin } });
    expect(preview.data?.previewMetricImport.preview.alreadyImported).toBe(true);
    const again = await solokEditor.gql(COMMIT, { input: { importId: twin, confirmWarnings: false } });
    expect(again.data?.commitMetricImport).toMatchObject({ import: { id: importId }, alreadyImported: true, userErrors: [] });
    expect(await observationCount()).toBe(before + 3);

    const undone = await solokEditor.gql(UNDO, { id: importId });
    expect(undone.data?.undoMetricImport).toEqual({ import: { status: 'UNDONE'.toLowerCase() }, userErrors: [] });
    expect(await observationCount()).toBe(before);
    const twice = await solokEditor.gql(UNDO, { id: importId });
    expect(twice.data?.undoMetricImport.userErrors).toEqual([{ field: 'importId', code: 'IMPORT_NOT_COMMITTED' }]);
  });
});

describe('bad files', () => {
  const commitErrors = async (csv: string, input: Record<string, unknown> = {}, client = platformAdmin, city: string | null = null) => {
    const before = await observationCount();
    const importId = await uploaded(client, csv, city);
    const res = await client.gql(COMMIT, { input: { importId, confirmWarnings: false, ...input } });
    expect(res.data?.commitMetricImport.import).toBeNull();
    expect(await observationCount()).toBe(before); // nothing half-imported
    return res.data?.commitMetricImport.userErrors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`);
  };
  const future = new Date().getUTCFullYear() + 1;

  it('lists every bad row by line and column and stores none of the file', async () => {
    const csv = [
      'city_code,city,indicator,year,value,source_organisation',
      '13.72,,population,2020,75000,BPS', // fine alone
      '13.72,,population,2021,banyak,BPS',
      '99.99,,population,2021,1,BPS',
      '13.72,,no_such_indicator,2021,1,BPS',
      ',Solok,population,2021,1,BPS',
      '13.72,,population,2020,75000,BPS',
      '13.72,,population,2019,-5,BPS',
      `13.72,,population,${future},1,BPS`,
      '13.72,,population,2018,1,',
    ].join('\n');
    expect(await commitErrors(csv)).toEqual([
      'importId FILE_HAS_ERRORS',
      'line:3:value NOT_A_NUMBER',
      'line:4:city_code UNKNOWN_CITY',
      'line:5:indicator UNKNOWN_INDICATOR',
      'line:6:city AMBIGUOUS_CITY',
      'line:7:value DUPLICATE_ROW',
      'line:8:value NEGATIVE_VALUE',
      'line:9:year PERIOD_IN_FUTURE',
      'line:10:source_organisation REQUIRED',
    ]);
    const importId = await uploaded(platformAdmin, csv, null);
    const preview = await platformAdmin.gql(PREVIEW, { input: { importId } });
    const ambiguous = preview.data?.previewMetricImport.preview.errors.find((e: { code: string }) => e.code === 'AMBIGUOUS_CITY');
    expect(ambiguous.candidates).toEqual(expect.arrayContaining(['13.72 Kota Solok', '13.02 Kabupaten Solok']));
  });

  it('refuses a file that gives again a value its source already gave for the period, naming the line, and stores none of it', async () => {
    const header = 'city_code,indicator,year,value,source_organisation,source_title';
    const first = await uploaded(platformAdmin, `${header}\n13.72,hdi,2016,70.1,BPS,Uji sumber ganda\n`, null);
    const committed = await platformAdmin.gql(COMMIT, { input: { importId: first, confirmWarnings: false } });
    expect(committed.data?.commitMetricImport.userErrors).toEqual([]);
    expect(await commitErrors(`${header}\n13.72,hdi,2015,69.9,BPS,Uji sumber ganda\n13.72,hdi,2016,70.2,BPS,Uji sumber ganda\n`)).toEqual([
      'importId FILE_HAS_ERRORS',
      'line:3:value ALREADY_RECORDED',
    ]);
  });

  it('refuses "1.234,5" in a file declared English, and an ambiguous value column until a style is chosen', async () => {
    expect(await commitErrors('city_code,indicator,year,value,source\n13.72,population,2020,"1.234,5",BPS\n', { decimalStyle: 'ENGLISH' })).toEqual([
      'importId FILE_HAS_ERRORS',
      'line:2:value WRONG_DECIMAL_STYLE',
    ]);
    const ambiguous = 'city_code;indicator;year;value;source\n13.72;population;2020;73.438;BPS\n13.72;population;2021;74.102;BPS\n';
    expect(await commitErrors(ambiguous)).toEqual(['importId FILE_HAS_ERRORS', 'line:1:value DECIMAL_STYLE_AMBIGUOUS']);
    const importId = await uploaded(platformAdmin, ambiguous, null);
    const chosen = await platformAdmin.gql(PREVIEW, { input: { importId, decimalStyle: 'INDONESIAN' } });
    expect(chosen.data?.previewMetricImport.preview).toMatchObject({ decimalStyle: 'INDONESIAN', decimalStyleDetected: false, errors: [] });
  });

  it('refuses an empty file, a file that is not CSV, a row with a cell too many and a file over 20 MB', async () => {
    expect(await commitErrors('city_code,indicator,year,value,source\r\n')).toEqual(['importId FILE_HAS_ERRORS', 'line:1: EMPTY_FILE']);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(100, 1)]);
    const notCsv = await uploaded(platformAdmin, png, null);
    const res = await platformAdmin.gql(COMMIT, { input: { importId: notCsv, confirmWarnings: false } });
    expect(res.data?.commitMetricImport.userErrors.map((e: { code: string }) => e.code)).toEqual(['FILE_HAS_ERRORS', 'NOT_CSV']);
    expect(await commitErrors('city_code,indicator,year,value,source\n13.72,population,2020,1,BPS,extra\n')).toEqual(['importId FILE_HAS_ERRORS', 'line:2: CSV_MALFORMED']);
    const big = await upload(platformAdmin, Buffer.alloc(21 * 1024 * 1024, 'a'), null);
    expect(big.status).toBe(413);
    expect(big.body.userErrors[0]).toMatchObject({ field: 'file', code: 'FILE_TOO_LARGE' });
  });

  it("keeps an editor to their own city's rows and refuses an upload for another city", async () => {
    expect(await commitErrors('city_code,indicator,year,value,source\n12.71,population,2020,2400000,BPS\n', {}, solokEditor, SOLOK)).toEqual([
      'importId FILE_HAS_ERRORS',
      'line:2:city_code CITY_NOT_ALLOWED',
    ]);
    expect((await upload(medanEditor, SOLOK_SHEET, SOLOK)).status).toBe(403);
    expect((await upload(solokEditor, SOLOK_SHEET, null)).status).toBe(403);
  });
});

describe('sanity warnings', () => {
  it('warns of an area about 100 times too large and a population that jumps tenfold, and stores them only when confirmed', async () => {
    await t.dataSource.query(
      `WITH s AS (INSERT INTO metric_sources (organisation, title) VALUES ('Kemendagri', 'Luas wilayah') RETURNING id)
       INSERT INTO metric_observations (city_id, indicator_id, year, value, source_id, quality) SELECT c.id, i.id, 2019, 57.64, s.id, 'official' FROM cities c, metric_indicators i, s WHERE c.code = '13.72' AND i.code = 'area_km2'`,
    );
    const csv = 'city_code,indicator,year,value,source\n13.72,area_km2,2022,5764,Dinas PU\n12.71,population,2021,2400000,Dinas\n12.71,population,2022,24000000,Dinas\n';
    const importId = await uploaded(platformAdmin, csv, null);
    const preview = await platformAdmin.gql(PREVIEW, { input: { importId } });
    expect(preview.data?.previewMetricImport.preview.warnings).toEqual([
      { line: 2, column: 'value', code: 'AREA_LOOKS_LIKE_HECTARES' },
      { line: 4, column: 'value', code: 'VALUE_JUMPS' },
    ]);
    const before = await observationCount();
    const refused = await platformAdmin.gql(COMMIT, { input: { importId, confirmWarnings: false } });
    expect(refused.data?.commitMetricImport.userErrors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'confirmWarnings WARNINGS_NOT_CONFIRMED',
      'line:2:value AREA_LOOKS_LIKE_HECTARES',
      'line:4:value VALUE_JUMPS',
    ]);
    expect(await observationCount()).toBe(before);
    const confirmed = await platformAdmin.gql(COMMIT, { input: { importId, confirmWarnings: true } });
    expect(confirmed.data?.commitMetricImport).toMatchObject({ import: { rowCount: 3 }, userErrors: [] });
    expect(await observationCount()).toBe(before + 3);
  });
});
