import { normalizeForSearch, slugify, splitRegencyName, titleCaseIndonesian } from './city-kind.js';

describe('splitRegencyName', () => {
  it.each([
    ['KOTA SOLOK', 'KOTA', 'SOLOK'],
    ['KABUPATEN SOLOK SELATAN', 'KABUPATEN', 'SOLOK SELATAN'],
    ['KOTA ADMINISTRASI JAKARTA PUSAT', 'KOTA', 'JAKARTA PUSAT'],
    ['KABUPATEN ADMINISTRASI KEPULAUAN SERIBU', 'KABUPATEN', 'KEPULAUAN SERIBU'],
    ['KABUPATEN TOJO UNA-UNA', 'KABUPATEN', 'TOJO UNA-UNA'],
    // "KOTAWARINGIN" starts with the letters KOTA but is a regency, not a city.
    ['KABUPATEN KOTAWARINGIN BARAT', 'KABUPATEN', 'KOTAWARINGIN BARAT'],
    ['  KOTA   SOLOK ', 'KOTA', 'SOLOK'],
    ['Kota Solok', 'KOTA', 'Solok'],
  ])('%j → %s %j', (name, kind, baseName) => {
    expect(splitRegencyName(name)).toEqual({ kind, baseName });
  });

  it.each(['SOLOK', 'KOTAWARINGIN BARAT', 'KOTA', 'KABUPATEN ', ''])('throws on %j', (name) => {
    expect(() => splitRegencyName(name)).toThrow(/KOTA or KABUPATEN/);
  });
});

describe('titleCaseIndonesian', () => {
  it.each([
    ['KOTA SOLOK', 'Kota Solok'],
    ['KABUPATEN SOLOK SELATAN', 'Kabupaten Solok Selatan'],
    ['KOTA ADMINISTRASI JAKARTA PUSAT', 'Kota Administrasi Jakarta Pusat'],
    ['SUMATERA BARAT', 'Sumatera Barat'],
    ['DAERAH KHUSUS IBUKOTA JAKARTA', 'Daerah Khusus Ibukota Jakarta'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
    ['KABUPATEN TOJO UNA-UNA', 'Kabupaten Tojo Una-Una'],
    ['KOTA BAU-BAU', 'Kota Bau-Bau'],
    ['KABUPATEN SIAU TAGULANDANG BIARO (SITARO)', 'Kabupaten Siau Tagulandang Biaro (Sitaro)'],
    ['DI YOGYAKARTA', 'Di Yogyakarta'], // "DI" = Daerah Istimewa, so never lower-cased like "di"
    ['DAN', 'Dan'], // a leading "dan" is still capitalised
    ["JUM'AT", "Jum'at"],
    ['  kota   solok ', 'Kota Solok'],
  ])('%j → %j', (input, expected) => {
    expect(titleCaseIndonesian(input)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Kota Solok', 'kota-solok'],
    ['KABUPATEN TOJO UNA-UNA', 'kabupaten-tojo-una-una'],
    ['Kabupaten Siau Tagulandang Biaro (Sitaro)', 'kabupaten-siau-tagulandang-biaro-sitaro'],
    ['Médan', 'medan'],
    ['  --Kota  Bau-Bau!-- ', 'kota-bau-bau'],
    ["Jum'at", 'jumat'],
    ['Kota 2', 'kota-2'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('normalizeForSearch', () => {
  it.each([
    ['Médan', 'medan'],
    ['MEDAN', 'medan'],
    ['  Kota   Médan\t\n', 'kota medan'],
    ['Tojo Una-Una', 'tojo una-una'], // punctuation is kept; only case, accents and spaces change
    ['Ǹ̃ĀÏ', 'nai'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('matches precomposed and decomposed accents alike', () => {
    expect(normalizeForSearch('Me\u0301dan')).toBe(normalizeForSearch('M\u00e9dan'));
  });
});
