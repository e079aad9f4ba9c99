import {
  FIRST_PRACTICE_YEAR,
  LAST_PRACTICE_YEAR,
  PRACTICE_LIMITS as LIMITS,
} from '@citybridge/domain';
import type { Attachment } from '../attachment-list';
import type { CreatePracticeInput, EditorPracticeFieldsFragment, PracticeLanguage, PracticeTextInput } from '../../gql/features/graphql';

export type EditorPractice = EditorPracticeFieldsFragment;

/** The Markdown bodies of a language version, in the order the editor shows them. */
export const BODY_FIELDS = ['problem', 'approach', 'results', 'lessons'] as const;
export const TEXT_FIELDS = ['title', 'summary', ...BODY_FIELDS] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextValues = Record<TextField, string>;

/** Bahasa Indonesia first: its tab comes first and a new practice starts there. */
export const EDITOR_LANGUAGES: readonly PracticeLanguage[] = ['ID', 'EN'];

export interface LinkValues {
  url: string;
  label: string;
}

/** What the form holds: text as typed (numbers too), one text block per language. */
export interface EditorValues {
  citySlug: string;
  agency: string;
  topic: string;
  dimensions: string[];
  sdgs: number[];
  /** Comma-separated, as typed. */
  tags: string;
  costAmount: string;
  costCurrency: string;
  costYear: string;
  startYear: string;
  endYear: string;
  contact: string;
  links: LinkValues[];
  /** Uploaded files, in order (their ids are sent as attachmentIds). */
  attachments: Attachment[];
  texts: Record<PracticeLanguage, TextValues>;
}

const emptyText = (): TextValues => ({ title: '', summary: '', problem: '', approach: '', results: '', lessons: '' });

export function emptyValues(citySlug = ''): EditorValues {
  return {
    citySlug,
    agency: '',
    topic: '',
    dimensions: [],
    sdgs: [],
    tags: '',
    costAmount: '',
    costCurrency: 'IDR',
    costYear: '',
    startYear: '',
    endYear: '',
    contact: '',
    links: [],
    attachments: [],
    texts: { ID: emptyText(), EN: emptyText() },
  };
}

const asText = (value: number | null | undefined) => (value == null ? '' : String(value));

/** The form's values for a stored practice. */
export function valuesOf(practice: EditorPractice): EditorValues {
  const texts = { ID: emptyText(), EN: emptyText() };
  for (const text of practice.texts) {
    texts[text.language] = {
      title: text.title,
      summary: text.summary,
      problem: text.problem,
      approach: text.approach,
      results: text.results,
      lessons: text.lessons,
    };
  }
  return {
    citySlug: practice.city.slug,
    agency: practice.agency ?? '',
    topic: practice.topic,
    dimensions: [...practice.dimensions],
    sdgs: [...practice.sdgs],
    tags: practice.tags.join(', '),
    costAmount: asText(practice.cost?.amount),
    costCurrency: practice.cost?.currency ?? 'IDR',
    costYear: asText(practice.cost?.year),
    startYear: asText(practice.startYear),
    endYear: asText(practice.endYear),
    contact: practice.contact ?? '',
    links: practice.links.map((link) => ({ url: link.url, label: link.label ?? '' })),
    attachments: practice.attachments.map(({ id, filename, contentType, byteSize, url }) => ({ id, filename, contentType, byteSize, url })),
    texts,
  };
}

/** A language version exists when any of its fields has text. */
export const hasText = (text: TextValues) => TEXT_FIELDS.some((field) => text[field].trim() !== '');

export const splitTags = (tags: string) =>
  tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

/** "1.500.000" (Indonesian grouping), "1500000" or "1500000,5" → a number; NaN when it is none. */
export function parseAmount(text: string): number {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return Number.NaN;
  const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact);
  const normal = grouped ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

const parseYear = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The mutation's fields for the form's values, and where each sent list item came from, so that a
 * userError on `texts.0.title` or `links.1.url` lands on the right field of the form.
 */
export function inputOf(values: EditorValues): {
  input: Omit<CreatePracticeInput, 'citySlug'>;
  textLanguages: PracticeLanguage[];
  linkRows: number[];
} {
  const textLanguages = EDITOR_LANGUAGES.filter((language) => hasText(values.texts[language]));
  const texts: PracticeTextInput[] = textLanguages.map((language) => ({ language, ...values.texts[language] }));
  const linkRows = values.links.flatMap((link, row) => (link.url.trim() || link.label.trim() ? [row] : []));
  const amount = values.costAmount.trim() === '' ? null : parseAmount(values.costAmount);
  const year = (text: string) => (text.trim() === '' ? null : parseYear(text));
  return {
    input: {
      texts,
      agency: orNull(values.agency),
      topic: values.topic,
      dimensions: values.dimensions,
      sdgs: values.sdgs,
      tags: splitTags(values.tags),
      costAmount: amount,
      costCurrency: amount == null ? null : orNull(values.costCurrency.toUpperCase()),
      costYear: amount == null ? null : year(values.costYear),
      startYear: year(values.startYear),
      endYear: year(values.endYear),
      contact: orNull(values.contact),
      links: linkRows.map((row) => ({ url: (values.links[row] as LinkValues).url.trim(), label: orNull((values.links[row] as LinkValues).label) })),
      attachmentIds: values.attachments.map((file) => file.id),
    },
    textLanguages,
    linkRows,
  };
}

/** The form's key for a userError's field: `texts.0.title` → `texts.EN.title` when EN was sent first. */
export function formField(field: string, textLanguages: readonly PracticeLanguage[], linkRows: readonly number[]): string {
  const text = /^texts\.(\d+)\.(\w+)$/.exec(field);
  if (text) return `texts.${textLanguages[Number(text[1])] ?? 'ID'}.${text[2]}`;
  const link = /^links\.(\d+)\.(\w+)$/.exec(field);
  if (link) return `links.${linkRows[Number(link[1])] ?? 0}.${link[2]}`;
  // "Write at least one language" belongs to the first tab's title.
  if (field === 'texts') return 'texts.ID.title';
  return field;
}

/** A client-side problem: a message key in practiceEditor.errors and its parameters. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

const YEARS = { min: FIRST_PRACTICE_YEAR, max: LAST_PRACTICE_YEAR };

/**
 * The rules of packages/domain and the API's input checks, checked while typing: the form shows
 * them next to the fields and does not send a save the API would refuse.
 */
export function validate(values: EditorValues, { needsCity }: { needsCity: boolean }): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const tooLong = (key: string, text: string, max: number) => {
    if (text.trim().length > max) problems[key] = { key: 'tooLong', params: { max } };
  };
  if (needsCity && !values.citySlug) problems.citySlug = { key: 'required' };
  if (!values.topic) problems.topic = { key: 'required' };
  tooLong('agency', values.agency, LIMITS.agency);
  tooLong('contact', values.contact, LIMITS.contact);

  const written = EDITOR_LANGUAGES.filter((language) => hasText(values.texts[language]));
  if (written.length === 0) problems['texts.ID.title'] = { key: 'textRequired' };
  for (const language of written) {
    const text = values.texts[language];
    if (!text.title.trim()) problems[`texts.${language}.title`] = { key: 'titleRequired' };
    tooLong(`texts.${language}.title`, text.title, LIMITS.title);
    tooLong(`texts.${language}.summary`, text.summary, LIMITS.summary);
    for (const field of BODY_FIELDS) tooLong(`texts.${language}.${field}`, text[field], LIMITS.body);
  }

  const tags = splitTags(values.tags);
  if (tags.length > LIMITS.tags) problems.tags = { key: 'tooMany', params: { max: LIMITS.tags } };
  else if (tags.some((tag) => tag.length > LIMITS.tag)) problems.tags = { key: 'tagTooLong', params: { max: LIMITS.tag } };

  const year = (key: 'startYear' | 'endYear' | 'costYear') => {
    const text = values[key].trim();
    if (text === '') return null;
    const value = parseYear(text);
    if (Number.isNaN(value) || value < YEARS.min || value > YEARS.max) {
      problems[key] = { key: 'year', params: YEARS };
      return null;
    }
    return value;
  };
  const start = year('startYear');
  const end = year('endYear');
  if (start != null && end != null && end < start) problems.endYear = { key: 'endBeforeStart' };

  if (values.costAmount.trim() !== '') {
    const amount = parseAmount(values.costAmount);
    if (Number.isNaN(amount)) problems.costAmount = { key: 'amount' };
    else if (amount > 1e15) problems.costAmount = { key: 'tooLarge' };
    if (!/^[A-Za-z]{3}$/.test(values.costCurrency.trim())) problems.costCurrency = { key: 'currency' };
    year('costYear');
  }

  const rows = values.links.filter((link) => link.url.trim() || link.label.trim());
  if (rows.length > LIMITS.links) problems.links = { key: 'tooMany', params: { max: LIMITS.links } };
  values.links.forEach((link, row) => {
    if (!link.url.trim() && !link.label.trim()) return;
    if (!link.url.trim()) problems[`links.${row}.url`] = { key: 'required' };
    else if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(link.url.trim())) problems[`links.${row}.url`] = { key: 'url' };
    else tooLong(`links.${row}.url`, link.url, LIMITS.url);
    tooLong(`links.${row}.label`, link.label, LIMITS.linkLabel);
  });
  return problems;
}
