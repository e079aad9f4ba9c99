import { CITY_SEARCH_ALIASES, citySearchAliasCodes, citySortName } from './city-search';
import { normalizeForSearch } from './city-kind';

describe('citySortName', () => {
  it('drops the administrative prefix and normalises the rest', () => {
    expect(citySortName('Kota Medan')).toBe('medan');
    expect(citySortName('Kabupaten Mandailing Natal')).toBe('mandailing natal');
    expect(citySortName('Kab. Solok')).toBe('solok');
    expect(citySortName('Kota Administrasi Jakarta Pusat')).toBe('jakarta pusat');
    expect(citySortName('Kabupaten Administrasi Kepulauan Seribu')).toBe('kepulauan seribu');
  });

  it('keeps a name that only starts like a prefix', () => {
    expect(citySortName('Kotamobagu')).toBe('kotamobagu');
    expect(citySortName('Kota Kotamobagu')).toBe('kotamobagu');
  });

  it('sorts Kota Medan among the M names, not after every kabupaten', () => {
    const names = ['Kota Medan', 'Kabupaten Aceh Selatan', 'Kabupaten Mandailing Natal', 'Kabupaten Nias'];
    expect([...names].sort((a, b) => citySortName(a).localeCompare(citySortName(b)))).toEqual([
      'Kabupaten Aceh Selatan',
      'Kabupaten Mandailing Natal',
      'Kota Medan',
      'Kabupaten Nias',
    ]);
  });
});

describe('CITY_SEARCH_ALIASES', () => {
  it('has keys written as search text is normalised, each naming at least one code', () => {
    for (const [key, codes] of Object.entries(CITY_SEARCH_ALIASES)) {
      expect(normalizeForSearch(key)).toBe(key);
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(code).toMatch(/^\d{2}\.\d{2}$/);
    }
  });

  it('finds an alias in any case and spacing, and nothing for a part of one', () => {
    expect(citySearchAliasCodes('  Jogja ')).toEqual(['34.71']);
    expect(citySearchAliasCodes('SOLO')).toEqual(['33.72']);
    expect(citySearchAliasCodes('DKI')).toHaveLength(5);
    expect(citySearchAliasCodes('sol')).toEqual([]);
    expect(citySearchAliasCodes('constructor')).toEqual([]);
  });
});
