import { type ChangeObject, diffLines, diffWords } from 'diff';
import type { PracticeRow } from './practice-rows.js';
import { DiffChange, type PracticeFieldDiffType, type PracticeLanguage } from './practices.types.js';

type Fields = Record<string, string>;

/** The fields of a snapshot as text, the way a reader compares them. */
function fieldsOf(row: PracticeRow): Fields {
  return {
    agency: row.agency ?? '',
    topic: row.topic,
    dimensions: row.dimensions.join(', '),
    sdgs: row.sdgs.join(', '),
    tags: row.tags.join(', '),
    cost: row.cost_amount == null ? '' : `${row.cost_amount} ${row.cost_currency ?? ''}${row.cost_year ? ` (${row.cost_year})` : ''}`,
    startYear: row.start_year == null ? '' : String(row.start_year),
    endYear: row.end_year == null ? '' : String(row.end_year),
    contact: row.contact ?? '',
    links: row.links.map((l) => (l.label ? `${l.label}: ${l.url}` : l.url)).join('\n'),
  };
}

const TEXT_FIELDS = ['title', 'summary', 'problem', 'approach', 'results', 'lessons'] as const;
/** Markdown bodies are compared by line, everything else by word. */
const BY_LINE = new Set<string>(['problem', 'approach', 'results', 'lessons', 'links']);

function parts(field: string, before: string, after: string) {
  const changes: ChangeObject<string>[] = BY_LINE.has(field) ? diffLines(before, after) : diffWords(before, after);
  return changes.map((c) => ({ change: c.added ? DiffChange.ADDED : c.removed ? DiffChange.REMOVED : DiffChange.SAME, text: c.value }));
}

/** The fields that differ between two published states, each as a word or line diff. */
export function diffSnapshots(from: PracticeRow, to: PracticeRow): PracticeFieldDiffType[] {
  const result: PracticeFieldDiffType[] = [];
  const [a, b] = [fieldsOf(from), fieldsOf(to)];
  for (const field of Object.keys(a)) {
    if (a[field] !== b[field]) result.push({ field, language: null, parts: parts(field, a[field], b[field]) });
  }
  const languages = [...new Set([...from.texts, ...to.texts].map((t) => t.language))] as PracticeLanguage[];
  for (const language of languages) {
    const [x, y] = [from.texts.find((t) => t.language === language), to.texts.find((t) => t.language === language)];
    for (const field of TEXT_FIELDS) {
      const [before, after] = [x?.[field] ?? '', y?.[field] ?? ''];
      if (before !== after) result.push({ field: `texts.${field}`, language, parts: parts(field, before, after) });
    }
  }
  return result;
}
