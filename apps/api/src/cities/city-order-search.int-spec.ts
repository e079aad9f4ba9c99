import { CITY_SEARCH_ALIASES } from '@citybridge/domain';
import { startTestApp, TestApp } from '../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Row {
  name: string;
  kind: string;
  code: string;
  province: { code: string };
  matchedDistrict: string | null;
  matchedAlias: string | null;
}
const FIELDS = 'name kind code province { code } matchedDistrict matchedAlias';

async function list(args: string, vars: Record<string, unknown> = {}): Promise<Row[]> {
  const res = await t.gql(`query($s: String, $o: CityOrder, $k: CityKind, $p: String) { cities(first: 100, orderBy: $o, filter: { search: $s, kind: $k, provinceCode: $p }) { nodes { ${FIELDS} } } }`, {
    ...vars,
    ...JSON.parse(args || '{}'),
  });
  expect(res.errors).toBeUndefined();
  return res.data?.cities.nodes;
}
const sortName = (name: string) => name.replace(/^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten) /, '').toLowerCase();

/** Every city in the given order, read page by page (50 a page, as the directory does). */
async function all(order: string | null, filter = '{}'): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  do {
    const res: any = await t.gql(`query($o: CityOrder, $a: String) { cities(first: 50, after: $a, orderBy: $o, filter: ${filter}) { pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } }`, {
      o: order,
      a: after,
    });
    expect(res.errors).toBeUndefined();
    rows.push(...res.data.cities.nodes);
    after = res.data.cities.pageInfo.hasNextPage ? res.data.cities.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

describe('directory order', () => {
  it('sorts by the name without "Kota"/"Kabupaten": Kota Medan among the M names, not after every kabupaten', async () => {
    const rows = await all(null);
    expect(rows).toHaveLength(514);
    const keys = rows.map((r) => sortName(r.name));
    expect(keys).toEqual([...keys].sort());
    // The first kota is no longer number 417: kota and kabupaten are interleaved.
    expect(rows.findIndex((r) => r.kind === 'KOTA')).toBeLessThan(20);
    const medan = rows.findIndex((r) => r.name === 'Kota Medan');
    expect(rows[medan - 1].name < 'Kota Medan' || sortName(rows[medan - 1].name) <= 'medan').toBe(true);
    expect(sortName(rows[medan + 1].name) >= 'medan').toBe(true);
  });

  it('breaks ties of the same name by kind (kabupaten first), then code', async () => {
    const solok = (await all(null, '{ provinceCode: "13" }')).filter((r) => sortName(r.name) === 'solok');
    expect(solok.map((r) => r.name)).toEqual(['Kabupaten Solok', 'Kota Solok']);
  });

  it('reverses the order with NAME_DESC', async () => {
    const asc = await all('NAME');
    const desc = await all('NAME_DESC');
    expect(desc.map((r) => r.code)).toEqual(asc.map((r) => r.code).reverse());
  });

  it('sorts by province (Kemendagri order), then by name, with and without filters', async () => {
    const rows = await all('PROVINCE');
    const provinces = rows.map((r) => r.province.code);
    expect(provinces).toEqual([...provinces].sort());
    expect(rows[0].province.code).toBe('11');
    const kota = await all('PROVINCE_DESC', '{ kind: KOTA }');
    expect(kota.every((r) => r.kind === 'KOTA')).toBe(true);
    expect(kota[0].province.code > (kota.at(-1)?.province.code ?? '')).toBe(true);
  });

  it('reads each order and filter on an index, in list order (no sort of all rows)', async () => {
    const orders: [string, string][] = [
      ['c.sort_name, c.kind, c.code', ''],
      ['c.sort_name DESC, c.kind DESC, c.code DESC', ''],
      ['c.sort_name, c.kind, c.code', `AND c.kind = 'KOTA'`],
      ['c.sort_name, c.kind, c.code', `AND c.province_code = '13'`],
      ['c.province_code, c.sort_name, c.kind, c.code', ''],
      ['c.province_code, c.sort_name, c.kind, c.code', `AND c.kind = 'KOTA'`],
      ['c.province_code DESC, c.sort_name DESC, c.kind DESC, c.code DESC', `AND c.kind = 'KABUPATEN'`],
    ];
    for (const [order, where] of orders) {
      // With sorts and full scans priced out, a Sort step (or a Seq Scan) remains only when no index gives
      // the order; on 19 rows the planner may rightly prefer a bitmap scan and a sort otherwise.
      const plan = await t.dataSource.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        await m.query('SET LOCAL enable_sort = off');
        await m.query('SET LOCAL enable_bitmapscan = off');
        return m.query(`EXPLAIN SELECT c.id FROM cities c WHERE true ${where} ORDER BY ${order} LIMIT 51`);
      });
      const text = plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Scan/);
      expect(text).not.toMatch(/Sort/);
    }
  });
});

describe('directory search', () => {
  it('finds a city through a common name and says which', async () => {
    expect((await list('', { s: 'Jogja' })).map((r) => [r.name, r.matchedAlias])).toEqual([['Kota Yogyakarta', 'jogja']]);
    expect((await list('', { s: 'solo' }))[0]).toMatchObject({ name: 'Kota Surakarta', matchedAlias: 'solo' });
    const dki = await list('', { s: 'DKI' });
    expect(dki.map((r) => r.name).sort()).toEqual([
      'Kota Administrasi Jakarta Barat',
      'Kota Administrasi Jakarta Pusat',
      'Kota Administrasi Jakarta Selatan',
      'Kota Administrasi Jakarta Timur',
      'Kota Administrasi Jakarta Utara',
    ]);
  });

  it('names only existing cities in the alias table', async () => {
    const codes = [...new Set(Object.values(CITY_SEARCH_ALIASES).flat())];
    const found = await t.dataSource.query(`SELECT code FROM cities WHERE code = ANY($1::text[])`, [codes]);
    expect(found).toHaveLength(codes.length);
  });

  it('finds a city by its kecamatan and names the kecamatan', async () => {
    expect(await list('', { s: 'Lubuk Sikarah' })).toEqual([
      expect.objectContaining({ name: 'Kota Solok', matchedDistrict: 'Lubuk Sikarah', matchedAlias: null }),
    ]);
  });

  it('lists name matches before kecamatan matches, and a typo of a city name before a kecamatan spelled so', async () => {
    const makasar = await list('', { s: 'makasar' });
    expect(makasar[0]).toMatchObject({ name: 'Kota Makassar', matchedDistrict: null });
    // Kecamatan Makasar is in Jakarta Timur.
    expect(makasar).toContainEqual(expect.objectContaining({ name: 'Kota Administrasi Jakarta Timur', matchedDistrict: 'Makasar' }));
  });

  it('keeps the filters on every kind of match, and an asked-for order over relevance', async () => {
    expect(await list('', { s: 'Lubuk Sikarah', k: 'KABUPATEN' })).toEqual([]);
    expect(await list('', { s: 'jogja', p: '13' })).toEqual([]);
    const byName = await list('', { s: 'solok', o: 'NAME_DESC' });
    expect(byName.map((r) => r.name).slice(0, 1)).toEqual(['Kabupaten Solok Selatan']);
  });

  it('matches a kecamatan by whole words only', async () => {
    // Kecamatan Solokanjeruk (Kabupaten Bandung) is no match for "solok".
    expect((await list('', { s: 'solok' })).map((r) => r.name)).toEqual(['Kabupaten Solok', 'Kota Solok', 'Kabupaten Solok Selatan']);
    expect((await list('', { s: 'sikarah' })).map((r) => [r.name, r.matchedDistrict])).toEqual([['Kota Solok', 'Lubuk Sikarah']]);
  });

  it('counts the matches of a search once per city', async () => {
    const res = await t.gql(`{ cities(first: 1, filter: { search: "makasar" }) { totalCount } }`);
    const rows = await list('', { s: 'makasar' });
    expect(res.data?.cities.totalCount).toBe(rows.length);
  });
});

describe('nearest names', () => {
  it('offers the most similar names for a search that finds nothing', async () => {
    const res = await t.gql(`{ nearestCityNames(search: "Bukitingi", first: 3) { name slug } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.nearestCityNames[0]).toEqual({ name: 'Kota Bukittinggi', slug: 'kota-bukittinggi' });
    expect(res.data?.nearestCityNames.length).toBeLessThanOrEqual(3);
  });

  it('offers a city that the filters left out (the directory\'s empty state)', async () => {
    expect(await list('', { s: 'ambon', p: '13' })).toEqual([]);
    const res = await t.gql(`{ nearestCityNames(search: "ambon") { name } }`);
    expect(res.data?.nearestCityNames[0]).toEqual({ name: 'Kota Ambon' });
  });

  it('offers nothing for text like no name, and caps the list', async () => {
    expect((await t.gql(`{ nearestCityNames(search: "qqqqxz") { name } }`)).data?.nearestCityNames).toEqual([]);
    expect((await t.gql(`{ nearestCityNames(search: "kota", first: 500) { name } }`)).data?.nearestCityNames.length).toBeLessThanOrEqual(10);
  });
});
