import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export class CsvError extends Error {}

/** Comma unless the header row uses semicolons (as spreadsheets in Indonesian locales save CSV). */
function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/**
 * Parses CSV (RFC 4180: quotes, doubled quotes, CRLF, a BOM) into records keyed by the header row.
 * A row with more or fewer fields than the header, or an unclosed quote, fails with the source and line.
 */
export function parseCsv(text: string, source = 'CSV'): Record<string, string>[] {
  try {
    return parse(text, { bom: true, columns: true, delimiter: delimiterOf(text.replace(/^\uFEFF/, '')), record_delimiter: ['\r\n', '\n', '\r'], skip_empty_lines: true });
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new CsvError(`${source}${lines ? `:${lines}` : ''}: ${message}`);
  }
}

export function readCsvFile(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file, 'utf8'), file);
}
