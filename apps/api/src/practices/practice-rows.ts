import type { PracticeLanguage, PracticeState, PracticeTextType, PracticeType } from './practices.types.js';

/** The columns of a practice as every read returns them: its texts ride along as JSON (Bahasa Indonesia first). */
export const PRACTICE_COLUMNS = `p.id, p.city_id, c.code AS city_code, p.agency, p.topic, p.dimensions, p.sdgs::int[] AS sdgs, p.tags,
  p.cost_amount::float8 AS cost_amount, p.cost_currency, p.cost_year, p.start_year, p.end_year, p.contact, p.links, p.state,
  p.version, p.author_id, p.is_demo, p.created_at, p.updated_at, p.published_at, p.review_comment, p.reviewed_at,
  (SELECT coalesce(json_agg(json_build_object('language', t.lang, 'title', t.title, 'summary', t.summary, 'problem', t.problem,
     'approach', t.approach, 'results', t.results, 'lessons', t.lessons) ORDER BY t.lang <> 'id'), '[]')
   FROM practice_texts t WHERE t.practice_id = p.id) AS texts`;
/** city_refs is the cities domain's view: the city's code is what the policy knows it by. */
export const PRACTICES_FROM = 'practices p JOIN city_refs c ON c.id = p.city_id';

/** A practice row; also the snapshot a revision keeps (where its dates are strings). */
export interface PracticeRow {
  id: string;
  city_id: number;
  city_code: string;
  agency: string | null;
  topic: string;
  dimensions: string[];
  sdgs: number[];
  tags: string[];
  cost_amount: number | null;
  cost_currency: string | null;
  cost_year: number | null;
  start_year: number | null;
  end_year: number | null;
  contact: string | null;
  links: { url: string; label: string | null }[];
  state: PracticeState;
  version: number;
  author_id: string | null;
  is_demo: boolean;
  created_at: Date | string;
  updated_at: Date | string;
  published_at: Date | string | null;
  review_comment: string | null;
  reviewed_at: Date | string | null;
  texts: (Omit<PracticeTextType, 'language'> & { language: PracticeLanguage })[];
}

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const dateOrNull = (value: Date | string | null) => (value == null ? null : date(value));

export function toPractice(row: PracticeRow): PracticeType {
  return {
    id: row.id,
    cityId: row.city_id,
    cityCode: row.city_code,
    authorId: row.author_id,
    agency: row.agency,
    topic: row.topic,
    dimensions: row.dimensions,
    sdgs: row.sdgs,
    tags: row.tags,
    cost: row.cost_amount == null || row.cost_currency == null ? null : { amount: row.cost_amount, currency: row.cost_currency, year: row.cost_year },
    startYear: row.start_year,
    endYear: row.end_year,
    contact: row.contact,
    links: row.links,
    state: row.state,
    version: row.version,
    isDemo: row.is_demo,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    publishedAt: dateOrNull(row.published_at),
    comment: row.review_comment,
    commentedAt: dateOrNull(row.reviewed_at),
    texts: row.texts,
    languages: row.texts.map((t) => t.language),
  };
}
