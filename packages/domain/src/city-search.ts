import { normalizeForSearch } from './city-kind.js';

// "Kota Administrasi Jakarta Pusat" before "Kota Jakarta …": the longer prefix first.
const ADMINISTRATIVE_PREFIX = /^(kota administrasi|kabupaten administrasi|kota adm\.|kab\. adm\.|kota|kabupaten|kab\.)\s+/;

/**
 * The key the directory sorts by: the name without "Kota"/"Kabupaten"/"Kab." (and "Administrasi"),
 * lower-case and accent-free, so Kota Medan sits under M beside Kabupaten Mandailing Natal instead of
 * after every kabupaten. "Kota Administrasi Jakarta Pusat" → "jakarta pusat".
 */
export function citySortName(name: string): string {
  const normalized = normalizeForSearch(name);
  return normalized.replace(ADMINISTRATIVE_PREFIX, '');
}

const JAKARTA = { pusat: '31.71', utara: '31.72', barat: '31.73', selatan: '31.74', timur: '31.75' } as const;
const JAKARTA_ALL = Object.values(JAKARTA);

/**
 * Names people search for that are not in the official name (keys normalised like search text),
 * each to the Kemendagri codes it means. Only exact searches use it: "solo" finds Kota Surakarta,
 * "sol" does not. Keep it small and say why each entry is here.
 */
export const CITY_SEARCH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // Everyday short forms of Yogyakarta (signs, tickets, news); none contains "yogyakarta".
  jogja: ['34.71'],
  yogya: ['34.71'],
  jogjakarta: ['34.71'],
  // Pre-1972 spelling, still in old documents and hotel names.
  djokja: ['34.71'],
  // "DKI" (Daerah Khusus Ibukota) is how forms and plates name Jakarta: its five kota administrasi.
  dki: JAKARTA_ALL,
  // The colonial name, still used in histories and tourism.
  batavia: JAKARTA_ALL,
  // The standard abbreviations of the five Jakarta cities (news, traffic reports).
  jakpus: [JAKARTA.pusat],
  jakut: [JAKARTA.utara],
  jakbar: [JAKARTA.barat],
  jaksel: [JAKARTA.selatan],
  jaktim: [JAKARTA.timur],
  // Surakarta is called Solo by nearly everyone, including its own government.
  solo: ['33.72'],
  // Tangerang Selatan's usual short name.
  tangsel: ['36.74'],
  // Pematangsiantar is "Siantar" in speech and on buses.
  siantar: ['12.72'],
  // The local spelling of Padangsidimpuan.
  sidempuan: ['12.77'],
  'padang sidempuan': ['12.77'],
  // Makassar's official name from 1971 to 1999.
  'ujung pandang': ['73.71'],
  // Written as one word as often as the official two words.
  pangkalpinang: ['19.71'],
  tanjungpinang: ['21.72'],
  baubau: ['74.72'],
  'bau-bau': ['74.72'],
};

/** The Kemendagri codes a search names through an alias (empty when it is no alias). */
export function citySearchAliasCodes(search: string): readonly string[] {
  const key = normalizeForSearch(search);
  return Object.hasOwn(CITY_SEARCH_ALIASES, key) ? CITY_SEARCH_ALIASES[key] : [];
}
