import { Readable } from 'node:stream';
import { type DecimalStyle, detectDecimalStyle, type ObservationQuality, type PeriodKind, parseNumberInStyle, parsePeriod, periodInFuture } from '@citybridge/domain';
import { parse } from 'csv-parse';

/** Largest CSV accepted (a year of every city and indicator is far smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const SAMPLE_ROWS = 20;
/** Enough to fix a file; a file with more errors is wrong as a whole. */
export const MAX_PROBLEMS = 500;

export type Delimiter = ',' | ';';

export interface ImportProblem {
  line: number;
  column: string | null;
  code: string;
  params: Record<string, string | number>;
  candidates?: string[];
}

/** The fields of a row and the header names (lower case; Indonesian aliases) that map to them. */
export const COLUMN_NAMES = {
  cityCode: ['city_code', 'kode_kota', 'kode_wilayah', 'kode'],
  city: ['city', 'kota', 'kota_kabupaten', 'nama_kota'],
  indicator: ['indicator', 'indikator', 'indicator_code', 'kode_indikator'],
  year: ['year', 'tahun'],
  period: ['period', 'periode'],
  value: ['value', 'nilai'],
  sourceOrganisation: ['source_organisation', 'source_organization', 'source', 'sumber'],
  sourceTitle: ['source_title', 'judul_sumber'],
  sourceUrl: ['source_url', 'url_sumber'],
  sourceDate: ['source_date', 'tanggal_sumber'],
  quality: ['quality', 'kualitas'],
  practiceId: ['practice_id', 'program_id'],
} as const;
export type ImportField = keyof typeof COLUMN_NAMES;

const QUALITIES: Record<string, ObservationQuality> = {
  official: 'official',
  resmi: 'official',
  self_reported: 'self_reported',
  'self-reported': 'self_reported',
  dilaporkan_sendiri: 'self_reported',
  estimated: 'estimated',
  perkiraan: 'estimated',
};

export interface CityLookup {
  byCode: Map<string, number>;
  /** Lower-case full name ("kota solok") and name without Kota/Kabupaten ("solok") → the codes that bear it. */
  byName: Map<string, { id: number; code: string; name: string }[]>;
}

export interface ParsedRow {
  line: number;
  cityId: number;
  cityCode: string;
  practiceId: string | null;
  indicatorId: number;
  indicatorCode: string;
  year: number;
  periodKind: PeriodKind;
  periodNo: number;
  value: number;
  quality: ObservationQuality;
  source: { organisation: string; title: string; url: string | null; publishedOn: string | null };
}

export interface FileShape {
  hasBom: boolean;
  delimiter: Delimiter;
  header: string[];
  mapping: Partial<Record<ImportField, string>>;
}

/** Encoding and structure read from the bytes; null with a problem when it is no UTF-8 text file. */
export function inspectFile(content: Buffer, chosen?: Delimiter | null): { shape: Omit<FileShape, 'header' | 'mapping'>; firstLine: string } | { problem: ImportProblem } {
  const problem = (code: string): { problem: ImportProblem } => ({ problem: { line: 1, column: null, code, params: {} } });
  if (content.length === 0) return problem('EMPTY_FILE');
  const hasBom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
  const head = content.subarray(0, 64 * 1024);
  // NUL bytes: a spreadsheet (xlsx is a zip), an image, UTF-16: not a CSV file in UTF-8.
  if (head.includes(0)) return problem('NOT_CSV');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return problem('NOT_UTF8');
  }
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|\r|$/));
  if (!firstLine.trim()) return problem('EMPTY_FILE');
  const delimiter = chosen ?? (count(firstLine, ';') > count(firstLine, ',') ? ';' : ',');
  return { shape: { hasBom, delimiter }, firstLine };
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Which column holds which field, from the header (case and spaces ignored). */
export function mapColumns(header: string[]): Partial<Record<ImportField, string>> {
  const normal = header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const mapping: Partial<Record<ImportField, string>> = {};
  for (const [field, names] of Object.entries(COLUMN_NAMES) as [ImportField, readonly string[]][]) {
    const i = normal.findIndex((h) => names.includes(h));
    if (i >= 0) mapping[field] = header[i];
  }
  return mapping;
}

/**
 * The records of the file with their line numbers, the header first: streamed through csv-parse, so a
 * large file does not hold the event loop (other requests of the instance, its health check) for the
 * whole parse.
 */
export async function* records(content: Buffer, delimiter: Delimiter): AsyncGenerator<{ line: number; cells: string[] }> {
  const parser = Readable.from([content]).pipe(parse({ bom: true, delimiter, info: true, skip_empty_lines: true, relax_column_count: false, trim: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { line: info.lines, cells: record };
}

export interface ReadOptions {
  delimiter?: Delimiter | null;
  decimalStyle?: DecimalStyle | null;
  cities: CityLookup;
  indicators: Map<string, number>;
  /** The only city the importer may import for; null: any (platform admins). */
  onlyCityId: number | null;
  fileName: string;
  now: Date;
}

export interface ReadResult {
  shape: FileShape | null;
  decimalStyle: DecimalStyle | null;
  decimalStyleDetected: boolean;
  rows: ParsedRow[];
  rowCount: number;
  sample: string[][];
  problems: ImportProblem[];
}

/**
 * Reads and checks a whole file: every problem by line and column (up to MAX_PROBLEMS), the rows
 * when there is none. The bytes are parsed once (csv-parse); the records kept in memory are read twice:
 * first for the value column's decimal style (unless chosen), then for the rows.
 */
export async function readImport(content: Buffer, options: ReadOptions): Promise<ReadResult> {
  const result: ReadResult = { shape: null, decimalStyle: null, decimalStyleDetected: false, rows: [], rowCount: 0, sample: [], problems: [] };
  const add = (p: ImportProblem) => {
    if (result.problems.length < MAX_PROBLEMS) result.problems.push(p);
  };
  const inspected = inspectFile(content, options.delimiter);
  if ('problem' in inspected) {
    add(inspected.problem);
    return result;
  }
  const { delimiter } = inspected.shape;
  try {
    // Pass 1 (the only parse): header, sample, the records and the value column's style.
    let header: string[] | null = null;
    const values: string[] = [];
    const kept: { line: number; cells: string[] }[] = [];
    let valueIndex = -1;
    for await (const record of records(content, delimiter)) {
      const { cells } = record;
      if (!header) {
        header = cells;
        const mapping = mapColumns(header);
        result.shape = { ...inspected.shape, header, mapping };
        valueIndex = mapping.value ? header.indexOf(mapping.value) : -1;
        continue;
      }
      result.rowCount += 1;
      kept.push(record);
      if (result.sample.length < SAMPLE_ROWS) result.sample.push(cells);
      if (valueIndex >= 0) values.push(cells[valueIndex]);
    }
    if (!result.shape || result.rowCount === 0) {
      add({ line: 1, column: null, code: 'EMPTY_FILE', params: {} });
      return result;
    }
    const { mapping } = result.shape;
    for (const field of ['indicator', 'value', 'sourceOrganisation'] as const) {
      if (!mapping[field]) add({ line: 1, column: COLUMN_NAMES[field][0], code: 'MISSING_COLUMN', params: { column: COLUMN_NAMES[field][0] } });
    }
    if (!mapping.cityCode && !mapping.city) add({ line: 1, column: 'city_code', code: 'MISSING_COLUMN', params: { column: 'city_code / city' } });
    if (!mapping.year && !mapping.period) add({ line: 1, column: 'year', code: 'MISSING_COLUMN', params: { column: 'year / period' } });
    if (result.problems.length) return result;

    if (options.decimalStyle) {
      result.decimalStyle = options.decimalStyle;
    } else {
      const detected = detectDecimalStyle(values);
      if (detected.style) {
        result.decimalStyle = detected.style;
        result.decimalStyleDetected = true;
      } else {
        add({ line: 1, column: mapping.value ?? null, code: 'conflict' in detected && detected.conflict ? 'DECIMAL_STYLE_MIXED' : 'DECIMAL_STYLE_AMBIGUOUS', params: {} });
        return result;
      }
    }
    // Pass 2: the rows, from the records kept.
    const style = result.decimalStyle;
    const seen = new Map<string, number>();
    const index = Object.fromEntries(Object.entries(mapping).map(([f, name]) => [f, (result.shape as FileShape).header.indexOf(name as string)])) as Partial<Record<ImportField, number>>;
    for (const { line, cells } of kept) {
      const cell = (f: ImportField) => (index[f] !== undefined ? (cells[index[f] as number] ?? '') : '');
      const problem = (f: ImportField, code: string, params: Record<string, string | number> = {}, candidates?: string[]) =>
        add({ line, column: mapping[f] ?? COLUMN_NAMES[f][0], code, params, ...(candidates ? { candidates } : {}) });
      const before = result.problems.length;

      // The city: by official code, else by exact name (with or without Kota/Kabupaten).
      let city: { id: number; code: string } | null = null;
      if (cell('cityCode')) {
        const id = options.cities.byCode.get(cell('cityCode'));
        if (id === undefined) problem('cityCode', 'UNKNOWN_CITY', { value: cell('cityCode') });
        else city = { id, code: cell('cityCode') };
      } else if (cell('city')) {
        const found = options.cities.byName.get(cell('city').toLowerCase().replace(/\s+/g, ' ')) ?? [];
        if (found.length === 1) city = found[0];
        else if (found.length > 1) problem('city', 'AMBIGUOUS_CITY', { value: cell('city'), candidates: found.map((c) => c.name).join(', ') }, found.map((c) => `${c.code} ${c.name}`));
        else problem('city', 'UNKNOWN_CITY', { value: cell('city') });
      } else problem(mapping.cityCode ? 'cityCode' : 'city', 'REQUIRED');
      if (city && options.onlyCityId !== null && city.id !== options.onlyCityId) problem(mapping.cityCode ? 'cityCode' : 'city', 'CITY_NOT_ALLOWED', { value: city.code });

      const indicatorId = options.indicators.get(cell('indicator'));
      if (indicatorId === undefined) problem('indicator', 'UNKNOWN_INDICATOR', { value: cell('indicator') });

      const periodText = cell('period') || cell('year');
      const period = parsePeriod(periodText);
      if (!period) problem(mapping.period ? 'period' : 'year', 'INVALID_PERIOD');
      else if (period.year < 1900) problem(mapping.period ? 'period' : 'year', 'INVALID_PERIOD');
      else if (periodInFuture(period, options.now)) problem(mapping.period ? 'period' : 'year', 'PERIOD_IN_FUTURE');

      const raw = cell('value');
      const value = raw ? parseNumberInStyle(raw, style) : null;
      if (!raw) problem('value', 'REQUIRED');
      else if (value === null) {
        const other = parseNumberInStyle(raw, style === 'english' ? 'indonesian' : 'english');
        problem('value', other === null ? 'NOT_A_NUMBER' : 'WRONG_DECIMAL_STYLE', { value: raw });
      } else if (value < 0) problem('value', 'NEGATIVE_VALUE');

      const qualityText = cell('quality').toLowerCase();
      const quality = qualityText ? QUALITIES[qualityText] : 'self_reported';
      if (!quality) problem('quality', 'INVALID_VALUE');
      const organisation = cell('sourceOrganisation');
      if (!organisation) problem('sourceOrganisation', 'REQUIRED');
      const url = cell('sourceUrl') || null;
      if (url && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) problem('sourceUrl', 'INVALID_URL');
      const publishedOn = cell('sourceDate') || null;
      if (publishedOn && (!/^\d{4}-\d{2}-\d{2}$/.test(publishedOn) || Number.isNaN(Date.parse(`${publishedOn}T00:00:00Z`)))) problem('sourceDate', 'INVALID_DATE');
      const practiceId = cell('practiceId') || null;
      if (practiceId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(practiceId)) problem('practiceId', 'UNKNOWN_PROGRAM');

      if (result.problems.length > before || !city || indicatorId === undefined || !period || value === null || !quality) continue;
      const title = cell('sourceTitle') || options.fileName;
      const key = [city.id, practiceId, indicatorId, period.year, period.kind, period.no, organisation, title, url, publishedOn].join('|');
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problem('value', 'DUPLICATE_ROW', { line: earlier });
        continue;
      }
      seen.set(key, line);
      result.rows.push({
        line,
        cityId: city.id,
        cityCode: city.code,
        practiceId,
        indicatorId,
        indicatorCode: cell('indicator'),
        year: period.year,
        periodKind: period.kind,
        periodNo: period.no,
        value,
        quality,
        source: { organisation, title, url, publishedOn },
      });
    }
  } catch (error) {
    // csv-parse: unclosed quote, a row with more or fewer cells than the header, ...
    const { lines, code } = error as { lines?: number; code?: string };
    if (!code?.startsWith('CSV_')) throw error;
    add({ line: lines ?? 1, column: null, code: 'CSV_MALFORMED', params: { detail: code } });
  }
  if (result.problems.length) result.rows = [];
  return result;
}
