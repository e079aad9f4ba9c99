import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const names = async (search: string) => {
  const res = await t.gql(`query($s: String) { cities(first: 100, filter: { search: $s }) { totalCount nodes { name } } }`, { s: search });
  expect(res.errors).toBeUndefined();
  return res.data?.cities.nodes.map((n: { name: string }) => n.name) as string[];
};

describe('city directory', () => {
  it('lists the 38 provinces with their time zones and city counts', async () => {
    const res = await t.gql(`{ provinces { code name cityCount timeZone { iana label utcOffsetMinutes } } }`);
    expect(res.data?.provinces).toHaveLength(38);
    const byCode = Object.fromEntries(res.data?.provinces.map((p: { code: string }) => [p.code, p]));
    expect(byCode['13']).toEqual({ code: '13', name: 'Sumatera Barat', cityCount: 19, timeZone: { iana: 'Asia/Jakarta', label: 'WIB', utcOffsetMinutes: 420 } });
    expect(byCode['51'].timeZone.label).toBe('WITA');
    expect(byCode['94'].timeZone).toEqual({ iana: 'Asia/Jayapura', label: 'WIT', utcOffsetMinutes: 540 });
    expect(res.data?.provinces.reduce((sum: number, p: { cityCount: number }) => sum + p.cityCount, 0)).toBe(514);
  });

  it('counts all 514 kabupaten/kota and pages through them without gaps or repeats', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await t.gql(`query($after: String) { cities(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }`, { after });
      expect(res.data.cities.totalCount).toBe(514);
      codes.push(...res.data.cities.nodes.map((n: { code: string }) => n.code));
      after = res.data.cities.pageInfo.hasNextPage ? res.data.cities.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(6);
    expect(new Set(codes).size).toBe(514);
  });

  it('filters by province and kind', async () => {
    const res = await t.gql(`{ cities(first: 50, filter: { provinceCode: "13", kind: KOTA }) { totalCount nodes { name kind province { code } } } }`);
    expect(res.data?.cities.totalCount).toBe(7);
    expect(res.data?.cities.nodes.every((c: any) => c.kind === 'KOTA' && c.province.code === '13')).toBe(true);
    expect(res.data?.cities.nodes.map((c: any) => c.name)).toContain('Kota Solok');
  });

  it('finds Kota Solok, Kabupaten Solok and Kabupaten Solok Selatan for "solok", in any case', async () => {
    // Equally good matches in name order without the prefix; the same name, kabupaten first.
    expect(await names('solok')).toEqual(['Kabupaten Solok', 'Kota Solok', 'Kabupaten Solok Selatan']);
    expect(await names('  SOLOK ')).toEqual(['Kabupaten Solok', 'Kota Solok', 'Kabupaten Solok Selatan']);
  });

  it('ignores accents and tolerates a typo', async () => {
    expect(await names('medn')).toEqual(['Kota Medan']);
    expect((await names('Médan'))[0]).toBe('Kota Medan'); // then Kabupaten Sumedang, which contains "medan"
    // Then Jakarta Timur, whose kecamatan Makasar is spelled so.
    expect((await names('makasar'))[0]).toBe('Kota Makassar');
  });

  it('prefers names containing the search over near misses', async () => {
    const jakarta = await names('jakarta');
    expect(jakarta).toHaveLength(5);
    expect(jakarta.every((n) => n.includes('Jakarta'))).toBe(true);
  });

  it('shows a city profile: province, kecamatan, WIB, coordinates and every fact with its source', async () => {
    const res = await t.gql(`{ city(slug: "kota-solok") {
      name code kind districtCount province { name } timeZone { label iana }
      districts { code name } coordinates { latitude longitude source { name license } }
      facts { key value valueText unit asOf quality note source { name isDemo } } } }`);
    const city = res.data?.city;
    expect(city).toMatchObject({ name: 'Kota Solok', code: '13.72', kind: 'KOTA', districtCount: 2, province: { name: 'Sumatera Barat' } });
    expect(city.timeZone).toEqual({ label: 'WIB', iana: 'Asia/Jakarta' });
    expect(city.districts.map((d: any) => d.name)).toEqual(['Lubuk Sikarah', 'Tanjung Harapan']);
    expect(city.coordinates).toMatchObject({ latitude: expect.closeTo(-0.8, 1), source: { name: expect.stringContaining('GeoNames'), license: 'CC BY 4.0' } });
    // Both kecamatan counts are kept, each with its own source.
    const districtCounts = city.facts.filter((f: any) => f.key === 'district_count');
    expect(districtCounts.map((f: any) => [f.value, f.quality, f.source.name.split(',')[0]])).toEqual([
      [2, 'OFFICIAL', 'Kemendagri'],
      [3, 'REPORTED', 'Beritasumut.com'],
    ]);
    const area = city.facts.find((f: any) => f.key === 'area_km2');
    expect(area).toMatchObject({ value: null, valueText: '59.317 Km2', asOf: '2018-10-05' });
    // Every value names its source; only the metrics demo series (Kota Solok is one of its cities) is demo, and says so.
    expect(city.facts.every((f: any) => f.source.name && f.source.isDemo === (f.quality === 'DEMO'))).toBe(true);
    expect(city.facts.filter((f: any) => f.source.isDemo).map((f: any) => f.key)).toEqual(['population']);
  });

  it('gives Kota Medan the article facts beside the official ones', async () => {
    const res = await t.gql(`{ city(slug: "kota-medan") { facts { key valueText source { name } } } }`);
    const keys = res.data?.city.facts.map((f: any) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['district_count', 'population', 'smart_city_app', 'metropolitan_status']));
    expect(res.data?.city.facts.find((f: any) => f.key === 'smart_city_app').valueText).toBe('Medan Rumah Kita');
  });

  it("lists the same facts on a page as on the profile, a page's facts in one statement (the metrics domain's DataLoader)", async () => {
    const fields = 'id key value valueText unit asOf quality note recordUrl year isDefault source { id name url license package isDemo }';
    const page = await t.gql(`{ cities(filter: { search: "medan" }) { nodes { slug facts { ${fields} } } edges { node { facts { key } } } } }`);
    const profile = await t.gql(`{ city(slug: "kota-medan") { facts { ${fields} } } }`);
    const medan = page.data?.cities.nodes.find((c: any) => c.slug === 'kota-medan');
    expect(profile.data?.city.facts.length).toBeGreaterThan(3);
    expect(medan.facts).toEqual(profile.data?.city.facts);
    expect(Number(page.headers['x-sql-statements'])).toBe(2);
  });

  it('answers the fact fields asked for, through fragments too, in the same two statements', async () => {
    const full = await t.gql(`{ city(slug: "kota-medan") { facts { key value unit quality source { name } } } }`);
    const few = await t.gql(`{ cities(filter: { search: "kota medan" }) { nodes { slug facts { key ...F } } } } fragment F on Fact { value unit }`);
    const withSource = await t.gql(`{ cities(filter: { search: "kota medan" }) { nodes { slug facts { quality source { name } } } } }`);
    const medan = (res: typeof few) => res.data?.cities.nodes.find((c: { slug: string }) => c.slug === 'kota-medan').facts;
    expect(medan(few)).toEqual(full.data?.city.facts.map(({ key, value, unit }: Record<string, unknown>) => ({ key, value, unit })));
    expect(medan(withSource)).toEqual(full.data?.city.facts.map(({ quality, source }: Record<string, unknown>) => ({ quality, source })));
    expect([few, withSource].map((r) => Number(r.headers['x-sql-statements']))).toEqual([2, 2]);
  });

  it('returns null for an unknown slug', async () => {
    const res = await t.gql(`{ city(slug: "kota-atlantis") { name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.city).toBeNull();
  });
});
