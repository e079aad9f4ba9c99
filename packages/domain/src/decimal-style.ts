import { tryParseIndonesianNumber } from './indonesian-number.js';

/**
 * Numbers in spreadsheets from Indonesian offices come in two styles: Indonesian "1.234,5" and
 * English "1,234.5". A value like "1.234" is 1234 in one and 1.234 in the other: a column of only
 * such values is ambiguous, and the importer must say which style it is; it is never guessed.
 */
export type DecimalStyle = 'english' | 'indonesian';

const ENGLISH_NUMBER = /^(-?)(\d+|[1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;

export function tryParseEnglishNumber(text: string): number | null {
  const match = ENGLISH_NUMBER.exec(text.trim());
  if (!match) return null;
  const value = Number(`${match[1]}${match[2].replaceAll(',', '')}${match[3] ? `.${match[3]}` : ''}`);
  return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
}

export function parseNumberInStyle(text: string, style: DecimalStyle): number | null {
  return style === 'english' ? tryParseEnglishNumber(text) : tryParseIndonesianNumber(text);
}

/** What one value says about the style: only one style reads it, both read it alike, both differently, or neither. */
export type StyleEvidence = DecimalStyle | 'either' | 'ambiguous' | 'invalid';

export function styleEvidence(text: string): StyleEvidence {
  const en = tryParseEnglishNumber(text);
  const id = tryParseIndonesianNumber(text);
  if (en === null && id === null) return 'invalid';
  if (en === null) return 'indonesian';
  if (id === null) return 'english';
  return en === id ? 'either' : 'ambiguous';
}

export type StyleDetection =
  | { style: DecimalStyle; detected: true }
  /** Both styles occur (some values only read in one, some only in the other). */
  | { style: null; conflict: true }
  /** Only values that read differently in the two styles (or none that tell): the importer must choose. */
  | { style: null; conflict: false; ambiguous: true };

/** The style of a column from its values; plain integers say nothing and never make a column ambiguous. */
export function detectDecimalStyle(values: Iterable<string>): StyleDetection {
  let english = false;
  let indonesian = false;
  let ambiguous = false;
  for (const value of values) {
    const evidence = styleEvidence(value);
    if (evidence === 'english') english = true;
    else if (evidence === 'indonesian') indonesian = true;
    else if (evidence === 'ambiguous') ambiguous = true;
  }
  if (english && indonesian) return { style: null, conflict: true };
  if (english) return { style: 'english', detected: true };
  if (indonesian) return { style: 'indonesian', detected: true };
  if (ambiguous) return { style: null, conflict: false, ambiguous: true };
  return { style: 'english', detected: true }; // integers only: both styles read them alike
}
