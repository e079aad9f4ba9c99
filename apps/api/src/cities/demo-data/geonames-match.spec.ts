import { GeoNamesPlace, matchRegenciesToGeoNames, Regency } from './geonames-match';

const place = (over: Partial<GeoNamesPlace>): GeoNamesPlace => ({
  cityId: 1, name: 'Solok', country: 'ID', featureCode: 'PPLA2', adminCode: '24', population: 48372,
  loc: { coordinates: [100.6571, -0.8006] }, ...over,
});
const kotaSolok: Regency = { code: '13.72', provinceCode: '13', kind: 'KOTA', baseName: 'Solok' };
const kabSolok: Regency = { code: '13.02', provinceCode: '13', kind: 'KABUPATEN', baseName: 'Solok' };

describe('matchRegenciesToGeoNames', () => {
  it('matches a kota to its one namesake place in the same province, with population', () => {
    const m = matchRegenciesToGeoNames([kotaSolok], [place({})]);
    expect(m.get('13.72')).toEqual({ geonameId: 1, latitude: -0.8006, longitude: 100.6571, population: 48372 });
  });

  it('ignores places of another province or country', () => {
    expect(matchRegenciesToGeoNames([kotaSolok], [place({ adminCode: '26' })]).size).toBe(0);
    expect(matchRegenciesToGeoNames([kotaSolok], [place({ country: 'MY' })]).size).toBe(0);
  });

  it('leaves a regency empty when two places could be it', () => {
    const m = matchRegenciesToGeoNames([kotaSolok], [place({ cityId: 1 }), place({ cityId: 2 })]);
    expect(m.has('13.72')).toBe(false);
  });

  it('gives a kabupaten that shares its name with a kota of its province nothing', () => {
    const m = matchRegenciesToGeoNames([kotaSolok, kabSolok], [place({})]);
    expect(m.has('13.72')).toBe(true);
    expect(m.has('13.02')).toBe(false);
  });

  it('gives a kabupaten coordinates but not the population of its namesake town', () => {
    const kab: Regency = { code: '13.03', provinceCode: '13', kind: 'KABUPATEN', baseName: 'Sijunjung' };
    const m = matchRegenciesToGeoNames([kab], [place({ name: 'Sijunjung', population: 9000 })]);
    expect(m.get('13.03')).toMatchObject({ latitude: -0.8006, population: null });
  });

  it('matches on the alternative name and ignores case and accents', () => {
    const m = matchRegenciesToGeoNames([kotaSolok], [place({ name: 'Kota X', altName: 'SÓLOK' })]);
    expect(m.has('13.72')).toBe(true);
  });

  it('maps the old Papua code to the provinces split off in 2022', () => {
    const kab: Regency = { code: '94.01', provinceCode: '94', kind: 'KABUPATEN', baseName: 'Nabire' };
    const m = matchRegenciesToGeoNames([kab], [place({ name: 'Nabire', adminCode: '36' })]);
    expect(m.has('94.01')).toBe(true);
  });

  it('treats an unknown population (0) as missing', () => {
    expect(matchRegenciesToGeoNames([kotaSolok], [place({ population: 0 })]).get('13.72')?.population).toBeNull();
  });
});
