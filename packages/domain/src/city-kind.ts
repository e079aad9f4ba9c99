/** A regency-level region is either a city (kota) or a regency (kabupaten). */
export type CityKind = 'KOTA' | 'KABUPATEN';

export interface RegencyName {
  kind: CityKind;
  /** Name without the "KOTA"/"KABUPATEN" prefix, e.g. "JAKARTA PUSAT". */
  baseName: string;
}

// Longest prefix first: "KOTA ADMINISTRASI X" must not leave "ADMINISTRASI X" as the base name.
// Jakarta's administrative cities/regency count as ordinary KOTA/KABUPATEN.
const PREFIXES: ReadonlyArray<readonly [string, CityKind]> = [
  ['KOTA ADMINISTRASI ', 'KOTA'],
  ['KABUPATEN ADMINISTRASI ', 'KABUPATEN'],
  ['KOTA ', 'KOTA'],
  ['KABUPATEN ', 'KABUPATEN'],
];

function collapseWhitespace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Splits an idn-area-data regency name: "KABUPATEN SOLOK SELATAN" → KABUPATEN + "SOLOK SELATAN". */
export function splitRegencyName(officialName: string): RegencyName {
  const name = collapseWhitespace(officialName);
  const upper = name.toUpperCase();
  for (const [prefix, kind] of PREFIXES) {
    if (upper.startsWith(prefix)) {
      return { kind, baseName: name.slice(prefix.length) };
    }
  }
  throw new Error(`Regency name must start with KOTA or KABUPATEN: ${JSON.stringify(officialName)}`);
}

// Only "dan" stays lower case. Not "di": in "DI Yogyakarta" it abbreviates Daerah Istimewa.
const LOWERCASE_WORDS = new Set(['dan']);

/** "KABUPATEN PANGKAJENE DAN KEPULAUAN" → "Kabupaten Pangkajene dan Kepulauan". */
export function titleCaseIndonesian(name: string): string {
  return collapseWhitespace(name)
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && LOWERCASE_WORDS.has(word)
        ? word
        : // Capitalise at the word start and after "-", "(" or "/": "Una-Una", "(Kepulauan)".
          // Not after an apostrophe: "Jum'at", not "Jum'At".
          word.replace(/(^|[-(/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()),
    )
    .join(' ');
}

function stripAccents(text: string): string {
  // Lower-case first: lower-casing can itself produce combining marks ("İ" → "i̇").
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** URL-safe slug: "Kota Solok" → "kota-solok". */
export function slugify(text: string): string {
  return stripAccents(text)
    .replace(/['’]/g, '') // "Jum'at" → "jumat", not "jum-at"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Search key shared by API and web so matching is case- and accent-insensitive:
 * "  Médan " → "medan". Apply it to both the query and the indexed text.
 */
export function normalizeForSearch(text: string): string {
  return collapseWhitespace(stripAccents(text));
}
