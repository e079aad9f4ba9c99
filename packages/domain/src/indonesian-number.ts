/**
 * Indonesian number format: "." groups thousands, "," starts the decimals ("1.234.567,5").
 * A dot is ONLY ever a thousands separator, so "59.317" is 59317 and "12.34" is malformed.
 */

export class InvalidNumberError extends Error {
  constructor(readonly input: string) {
    super(`Not a number in Indonesian format (e.g. "1.234,5"): ${JSON.stringify(input)}`);
    this.name = 'InvalidNumberError';
  }
}

// Either plain digits ("62000") or dot-grouped digits whose first group has no
// leading zero ("0.500" is more likely an English decimal than 500) and whose
// other groups have exactly 3 digits; then an optional ",decimals".
const INDONESIAN_NUMBER = /^(-?)(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;

export function tryParseIndonesianNumber(text: string): number | null {
  const match = INDONESIAN_NUMBER.exec(text.trim());
  if (!match) return null;
  const [, sign, integerPart, fraction] = match;
  const value = Number(`${sign}${integerPart.replaceAll('.', '')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value; // "-0" → 0
}

/** "62.000" → 62000, "57,64" → 57.64. Throws InvalidNumberError on anything else. */
export function parseIndonesianNumber(text: string): number {
  const value = tryParseIndonesianNumber(text);
  if (value === null) throw new InvalidNumberError(text);
  return value;
}

export interface FormatIndonesianNumberOptions {
  /** Defaults to 3, like Intl.NumberFormat. */
  maximumFractionDigits?: number;
}

/** 1234567.5 → "1.234.567,5". Output always parses back with parseIndonesianNumber. */
export function formatIndonesianNumber(value: number, options: FormatIndonesianNumberOptions = {}): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot format ${value} as an Indonesian number`);
  }
  const format = new Intl.NumberFormat('id-ID', {
    maximumFractionDigits: options.maximumFractionDigits ?? 3,
    useGrouping: true,
  });
  // Rebuild from parts with fixed symbols: browsers ship different ICU data, and
  // some use U+2212 for minus or other separators. The web and API must agree.
  return format
    .formatToParts(value === 0 ? 0 : value) // no "-0"
    .map((part) => {
      switch (part.type) {
        case 'group':
          return '.';
        case 'decimal':
          return ',';
        case 'minusSign':
          return '-';
        default:
          return part.value;
      }
    })
    .join('');
}
