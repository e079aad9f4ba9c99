/**
 * Searching the practice library. PostgreSQL's `indonesian` configuration stems (pengelolaan and
 * mengelola both become "elola"; pengaduan and aduan "adu") but ships no stop-word list, and a
 * managed PostgreSQL allows no dictionary files. So the list lives here: the query drops these words
 * before it reaches PostgreSQL, and the search documents drop their stems (the practices migration
 * wrote the stems of this list into the generated column; changing the list needs a new migration).
 */
export const INDONESIAN_STOP_WORDS: readonly string[] = [
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'ini', 'itu', 'dalam', 'atau', 'juga',
  'akan', 'oleh', 'adalah', 'ialah', 'sebagai', 'tidak', 'karena', 'agar', 'serta', 'telah', 'sudah',
  'para', 'secara', 'hingga', 'antara', 'kepada', 'maupun', 'bahwa', 'yaitu', 'yakni', 'namun',
  'tetapi', 'sehingga', 'jika', 'bila', 'masih', 'kami', 'kita', 'mereka', 'ia', 'dia', 'saya',
  'anda', 'pun', 'lalu', 'tersebut', 'sangat', 'nya', 'sang', 'si', 'pula', 'begitu', 'demikian',
];

const STOP = new Set(INDONESIAN_STOP_WORDS);
/** Longer queries do not find better; the rest is cut, not refused. */
export const MAX_PRACTICE_QUERY_LENGTH = 200;

/**
 * The words of a search query that count: letters and digits, lower case, stop words dropped, at
 * most 12. Empty when nothing is left (the library then lists everything).
 */
export function practiceSearchWords(query: string | null | undefined): string[] {
  if (!query) return [];
  const words = query
    .slice(0, MAX_PRACTICE_QUERY_LENGTH)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP.has(w));
  return [...new Set(words)].slice(0, 12);
}
