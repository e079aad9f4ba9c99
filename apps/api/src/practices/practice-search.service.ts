import { normalizeForSearch, practiceSearchWords } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { type Language, message } from '../common/messages.js';
import { type Page, readPage } from '../common/pagination.js';
import { SqlReader, type Statement, statement } from '../common/sql-reader.js';
import { PRACTICE_COLUMNS, type PracticeRow, toPractice } from './practice-rows.js';
import { type FacetCountType, type PracticeFacetsType, type PracticeSearchFilter, type PracticeSearchHitType, PracticeSort } from './practice-search.types.js';
import type { PracticeType } from './practices.types.js';

/** The library's pages are at most this long. */
export const MAX_SEARCH_PAGE = 50;

// Headline markers: control characters no practice text keeps, turned into <mark> after escaping.
const START = '\u0001';
const STOP = '\u0002';
const HEADLINE_TITLE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
const HEADLINE_SNIPPET = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Everything escaped, then the headline markers (and only they) become <mark>. */
export function highlightHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(START, '<mark>')
    .replaceAll(STOP, '</mark>');
}
/** Markdown marks read as noise in a snippet. */
const plainSnippet = (text: string) => text.replace(/[*_`#>]+/g, '').replace(/\s+/g, ' ').trim();

/** The filters a request sets, as a key (which ones) and values; each key is a statement of its own. */
interface Filters {
  key: string;
  values: unknown[];
  /** `column condition` per facet letter, with its placeholder. */
  conditions: Map<string, string>;
}
const FACETS = [
  // letter, filter field, SQL condition on the base row (placeholder filled in), cast
  ['t', 'topics', (n: number) => `p.topic = ANY($${n}::text[])`],
  ['d', 'dimensions', (n: number) => `p.dimensions && $${n}::text[]`],
  ['s', 'sdgs', (n: number) => `p.sdgs && $${n}::smallint[]`],
  ['p', 'provinceCodes', (n: number) => `c.province_code = ANY($${n}::text[])`],
  ['c', 'citySlugs', (n: number) => `c.slug = ANY($${n}::text[])`],
  ['y', 'years', (n: number) => `p.start_year = ANY($${n}::smallint[])`],
  ['l', 'languages', (n: number) => `EXISTS (SELECT 1 FROM practice_texts l WHERE l.practice_id = p.id AND l.lang = ANY($${n}::text[]))`],
] as const;

function filtersOf(filter: PracticeSearchFilter | null | undefined, first: number): Filters {
  const values: unknown[] = [];
  const conditions = new Map<string, string>();
  let key = '';
  for (const [letter, field, condition] of FACETS) {
    const value = filter?.[field];
    if (value == null || value.length === 0) continue;
    key += letter;
    conditions.set(letter, condition(first + values.length));
    values.push(value);
  }
  return { key, values, conditions };
}
const and = (conditions: Iterable<string>) => [...conditions].map((c) => ` AND ${c}`).join('');

const statements = new Map<string, Statement>();
function named(name: string, text: () => string): Statement {
  let found = statements.get(name);
  if (!found) {
    found = statement(name, text());
    statements.set(name, found);
  }
  return found;
}

/**
 * The practices a query matches, with the language that matched best and a score (`$1` the words
 * for the full-text queries, `$2` the normalised query for trigrams): the search document of either
 * language (ts_rank_cd, weighted title > summary > body); only when no document matches, a title
 * within a typo of the query (as the city search does: fuzzy matches beside exact ones are noise);
 * and a city whose name is the query or a typo of it (trigram word similarity on the cities' index,
 * through city_refs).
 */
const MATCHED = `q AS MATERIALIZED (SELECT plainto_tsquery('indonesian', $1) AS qi, plainto_tsquery('english', $1) AS qe),
  text_hits AS (
    SELECT t.practice_id, t.lang, ts_rank_cd(t.search, CASE WHEN t.lang = 'id' THEN q.qi ELSE q.qe END) AS score
    FROM practice_texts t CROSS JOIN q
    WHERE (t.lang = 'id' AND t.search @@ q.qi) OR (t.lang = 'en' AND t.search @@ q.qe)),
  typo_hits AS (
    SELECT t.practice_id, t.lang, word_similarity($2, lower(t.title)) AS score
    FROM practice_texts t WHERE $2 <% lower(t.title) AND NOT EXISTS (SELECT 1 FROM text_hits)),
  city_hits AS (
    SELECT p.id AS practice_id, NULL::text AS lang, word_similarity($2, c.search_text) * 0.5 AS score
    FROM city_refs c JOIN practices p ON p.city_id = c.id AND p.state = 'published'
    WHERE $2 <% c.search_text),
  m AS (
    SELECT practice_id AS id, (array_agg(lang ORDER BY score DESC) FILTER (WHERE lang IS NOT NULL))[1] AS lang, sum(score) AS score
    FROM (SELECT * FROM text_hits UNION ALL SELECT * FROM typo_hits UNION ALL SELECT * FROM city_hits) h GROUP BY practice_id)`;

/** The first language of a practice (Bahasa Indonesia first), for rows that matched no text. */
const FIRST_LANG = `(SELECT t.lang FROM practice_texts t WHERE t.practice_id = p.id ORDER BY t.lang <> 'id' LIMIT 1)`;
const HIT_COLUMNS = (withQuery: boolean) => {
  const lang = withQuery ? `coalesce(m.lang, ${FIRST_LANG})` : FIRST_LANG;
  // The hit's text (h) and its headline, in that language's configuration.
  const config = `CASE WHEN h.lang = 'id' THEN 'indonesian'::regconfig ELSE 'english'::regconfig END`;
  const query = `CASE WHEN h.lang = 'id' THEN q.qi ELSE q.qe END`;
  const highlight = withQuery
    ? `ts_headline(${config}, h.title, ${query}, '${HEADLINE_TITLE}') AS title_hl,
       ts_headline(${config}, h.summary || ' ' || left(h.problem || ' ' || h.approach || ' ' || h.results, 3000), ${query}, '${HEADLINE_SNIPPET}') AS snippet_hl`
    : `h.title AS title_hl, left(h.summary, 300) AS snippet_hl`;
  return { lang, highlight };
};
const HIT_TEXT = 'JOIN practice_texts h ON h.practice_id = hit.id AND h.lang = hit.lang';

/** A page of hits. Filters are numbered after `$1`-`$2` (query) or from `$1`; limit and offset come last. */
function results(withQuery: boolean, sort: PracticeSort, f: Filters): Statement {
  const order = withQuery && sort === PracticeSort.RELEVANCE ? 'score DESC, p.published_at DESC, p.id DESC' : 'p.published_at DESC, p.id DESC';
  const n = (withQuery ? 2 : 0) + f.values.length;
  const { lang, highlight } = HIT_COLUMNS(withQuery);
  return named(`practice_search_${withQuery ? 'q' : 'all'}_${withQuery ? sort : ''}_${f.key}`, () =>
    withQuery
      ? `WITH ${MATCHED},
         page AS (
           SELECT p.id, m.score, ${lang} AS lang FROM m JOIN practices p ON p.id = m.id JOIN city_refs c ON c.id = p.city_id
           WHERE p.state = 'published'${and(f.conditions.values())}
           ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2})
         SELECT ${PRACTICE_COLUMNS}, h.lang AS hit_lang, ${highlight}
         FROM page hit JOIN practices p ON p.id = hit.id JOIN city_refs c ON c.id = p.city_id ${HIT_TEXT} CROSS JOIN q
         ORDER BY ${order.replace('score', 'hit.score')}`
      : `WITH page AS (
           SELECT p.id, p.published_at, ${lang} AS lang FROM practices p JOIN city_refs c ON c.id = p.city_id
           WHERE p.state = 'published'${and(f.conditions.values())}
           ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2})
         SELECT ${PRACTICE_COLUMNS}, h.lang AS hit_lang, ${highlight}
         FROM page hit JOIN practices p ON p.id = hit.id JOIN city_refs c ON c.id = p.city_id ${HIT_TEXT}
         ORDER BY ${order}`,
  );
}

/**
 * The facet counts and the total, in one statement: each facet counted over the matches with every
 * other facet's filter applied (so choosing a topic leaves the other topics' counts visible).
 */
function summary(withQuery: boolean, f: Filters): Statement {
  return named(`practice_search_facets_${withQuery ? 'q' : 'all'}_${f.key}`, () => {
    const flags = FACETS.map(([letter]) => `${f.conditions.get(letter) ?? 'true'} AS f_${letter}`).join(', ');
    const others = (letter: string) => ['true', ...FACETS.filter(([l]) => l !== letter && f.conditions.has(l)).map(([l]) => `f_${l}`)].join(' AND ');
    const all = ['true', ...[...f.conditions.keys()].map((l) => `f_${l}`)].join(' AND ');
    const from = withQuery ? 'm JOIN practices p ON p.id = m.id' : 'practices p';
    return `WITH ${withQuery ? `${MATCHED},` : ''}
      base AS MATERIALIZED (
        SELECT p.topic, p.dimensions, p.sdgs, p.start_year, c.province_code, c.province_name, c.slug, c.name AS city_name,
          ARRAY(SELECT l.lang FROM practice_texts l WHERE l.practice_id = p.id) AS langs, ${flags}
        FROM ${from} JOIN city_refs c ON c.id = p.city_id WHERE p.state = 'published')
      SELECT 't' AS facet, topic AS value, NULL AS label, count(*)::int AS n FROM base WHERE ${others('t')} GROUP BY topic
      UNION ALL SELECT 'd', d, NULL, count(*)::int FROM base, unnest(dimensions) d WHERE ${others('d')} GROUP BY d
      UNION ALL SELECT 's', s::text, NULL, count(*)::int FROM base, unnest(sdgs) s WHERE ${others('s')} GROUP BY s
      UNION ALL SELECT 'p', province_code, min(province_name), count(*)::int FROM base WHERE ${others('p')} GROUP BY province_code
      UNION ALL SELECT 'c', slug, min(city_name), count(*)::int FROM base WHERE ${others('c')} GROUP BY slug
      UNION ALL SELECT 'y', start_year::text, NULL, count(*)::int FROM base WHERE start_year IS NOT NULL AND ${others('y')} GROUP BY start_year
      UNION ALL SELECT 'l', l, NULL, count(*)::int FROM base, unnest(langs) l WHERE ${others('l')} GROUP BY l
      UNION ALL SELECT 'total', NULL, NULL, count(*)::int FROM base WHERE ${all}`;
  });
}

/** The library's version (practice_library_version): answers kept under an older one are not reused. */
const VERSION = statement('practice_library_version', 'SELECT n::text AS n FROM practice_library_version WHERE id = 1');
/** How many answers the search keeps (LRU); a page of 20 hits is about 50 kB. */
const CACHE_SIZE = 200;

interface HitRow extends PracticeRow {
  hit_lang: string;
  title_hl: string;
  snippet_hl: string;
}
interface FacetRow {
  facet: string;
  value: string | null;
  label: string | null;
  n: number;
}

/** Other published practices like each of `$1`: the 120 newest of the same topic and the 40 newest overall, scored by shared topic, dimensions, SDGs and tags. */
const SIMILAR = statement(
  'practices_similar',
  `SELECT sp.id AS source_id, ${PRACTICE_COLUMNS}
   FROM practices sp
   CROSS JOIN LATERAL (
     SELECT x.id, x.published_at,
       2 * (x.topic = sp.topic)::int + cardinality(ARRAY(SELECT unnest(x.dimensions) INTERSECT SELECT unnest(sp.dimensions)))
       + 0.5 * cardinality(ARRAY(SELECT unnest(x.sdgs) INTERSECT SELECT unnest(sp.sdgs))) + (x.tags && sp.tags)::int AS score
     FROM ((SELECT id FROM practices WHERE state = 'published' AND topic = sp.topic AND id <> sp.id ORDER BY published_at DESC LIMIT 120)
           UNION (SELECT id FROM practices WHERE state = 'published' AND id <> sp.id ORDER BY published_at DESC LIMIT 40)) cand
     JOIN practices x ON x.id = cand.id
     ORDER BY score DESC, x.published_at DESC, x.id LIMIT $2) best
   JOIN practices p ON p.id = best.id JOIN city_refs c ON c.id = p.city_id
   WHERE sp.id = ANY($1::uuid[])
   ORDER BY sp.id, best.score DESC, best.published_at DESC, best.id`,
);
const BY_IDS = statement('practices_by_ids', `SELECT ${PRACTICE_COLUMNS} FROM practices p JOIN city_refs c ON c.id = p.city_id WHERE p.id = ANY($1::uuid[])`);
/** At most this many similar practices per practice. */
export const MAX_SIMILAR = 20;

const byCount = (a: FacetCountType, b: FacetCountType) => b.count - a.count || a.label.localeCompare(b.label);

/** The library's search: full text in both languages, typos in titles and city names, facets. */
@Injectable()
export class PracticeSearchService {
  /** Answers of the search statements by statement and values, with the library version they were read at. */
  private readonly kept = new Map<string, { version: string; rows: Promise<unknown[]> }>();

  constructor(private readonly sql: SqlReader) {}

  /**
   * The rows of a search statement, reused while the library is unchanged: counting facets over the
   * whole library or ranking thousands of matches takes far longer than a page may (issue 8's bench),
   * and the same first pages and common queries are asked again and again. Concurrent askers of the
   * same answer share one statement.
   */
  private async rows<R>(version: Promise<string>, st: Statement, values: unknown[]): Promise<R[]> {
    const key = `${st.name}|${JSON.stringify(values)}`;
    const current = await version;
    const found = this.kept.get(key);
    this.kept.delete(key);
    if (found && found.version === current) {
      this.kept.set(key, found); // most recently used last
      return found.rows as Promise<R[]>;
    }
    const rows = this.sql.rows(st, values);
    this.kept.set(key, { version: current, rows });
    rows.catch(() => this.kept.delete(key));
    if (this.kept.size > CACHE_SIZE) this.kept.delete(this.kept.keys().next().value as string);
    return rows as Promise<R[]>;
  }

  async search(
    language: Language,
    args: { query?: string | null; filter?: PracticeSearchFilter | null; sort?: PracticeSort | null; first?: number | null; after?: string | null },
  ): Promise<Page<PracticeSearchHitType> & { facets: Promise<PracticeFacetsType> }> {
    const words = practiceSearchWords(args.query);
    const withQuery = words.length > 0;
    const terms = withQuery ? [words.join(' '), normalizeForSearch(words.join(' '))] : [];
    const f = filtersOf(args.filter, terms.length + 1);
    const sort = args.sort ?? PracticeSort.RELEVANCE;
    const first = args.first == null ? undefined : Math.min(args.first, MAX_SEARCH_PAGE);
    const version = this.sql.rows<{ n: string }>(VERSION, []).then(([row]) => row.n);
    let counted: Promise<FacetRow[]> | undefined;
    const counts = () => {
      counted ??= this.rows<FacetRow>(version, summary(withQuery, f), [...terms, ...f.values]);
      return counted;
    };
    const page = await readPage(first, args.after, {
      rows: (limit, offset) => this.rows<HitRow>(version, results(withQuery, sort, f), [...terms, ...f.values, limit, offset]),
      count: async () => (await counts()).find((r) => r.facet === 'total')?.n ?? 0,
      map: (row): PracticeSearchHitType => ({
        practice: toPractice(row),
        language: row.hit_lang,
        titleHtml: highlightHtml(row.title_hl ?? ''),
        snippetHtml: highlightHtml(plainSnippet(row.snippet_hl ?? '')),
      }),
    });
    let facets: Promise<PracticeFacetsType> | undefined;
    return Object.defineProperty(page, 'facets', {
      get: () => {
        facets ??= counts().then((rows) => this.facets(language, rows));
        return facets;
      },
    }) as Page<PracticeSearchHitType> & { facets: Promise<PracticeFacetsType> };
  }

  async similar(ids: readonly string[], first: number): Promise<PracticeType[][]> {
    const rows = await this.sql.rows<PracticeRow & { source_id: string }>(SIMILAR, [ids, Math.max(0, Math.min(first, MAX_SIMILAR))]);
    return ids.map((id) => rows.filter((r) => r.source_id === id).map(toPractice));
  }

  async byIds(ids: readonly string[]): Promise<(PracticeType | undefined)[]> {
    const rows = await this.sql.rows<PracticeRow>(BY_IDS, [ids]);
    const found = new Map(rows.map((r) => [r.id, toPractice(r)]));
    return ids.map((id) => found.get(id));
  }

  private facets(language: Language, rows: FacetRow[]): PracticeFacetsType {
    const of = (facet: string, label: (r: FacetRow) => string) =>
      rows
        .filter((r) => r.facet === facet && r.value != null)
        .map((r) => ({ value: r.value as string, label: label(r), count: r.n }))
        .sort(byCount);
    return {
      topics: of('t', (r) => message(language, `practices.topics.${r.value}`)),
      dimensions: of('d', (r) => message(language, `practiceSearch.dimensions.${r.value}`)),
      sdgs: of('s', (r) => message(language, 'practiceSearch.sdg', { n: r.value as string })),
      provinces: of('p', (r) => r.label ?? (r.value as string)),
      cities: of('c', (r) => r.label ?? (r.value as string)),
      years: of('y', (r) => r.value as string),
      languages: of('l', (r) => message(language, `practiceSearch.languages.${r.value}`)),
    };
  }
}

