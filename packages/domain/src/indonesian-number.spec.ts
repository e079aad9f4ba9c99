import {
  formatIndonesianNumber,
  InvalidNumberError,
  parseIndonesianNumber,
  tryParseIndonesianNumber,
} from './indonesian-number.js';

describe('parseIndonesianNumber', () => {
  it.each([
    ['62.000', 62000],
    ['57,64', 57.64],
    ['1.234.567,5', 1234567.5],
    ['-1.234,5', -1234.5],
    ['0,5', 0.5],
    ['62000', 62000],
    [' 62.000 ', 62000],
    ['1.234.567', 1234567],
    ['0', 0],
    ['-0', 0],
    ['1234,5', 1234.5], // grouping is optional
    ['100.000.000', 100_000_000],
  ])('%j → %p', (text, value) => {
    expect(parseIndonesianNumber(text)).toBe(value);
  });

  describe('ambiguous cases: a dot is only ever a thousands separator', () => {
    it('"59.317" is fifty-nine thousand, not 59.317', () => {
      expect(parseIndonesianNumber('59.317')).toBe(59317);
    });

    it('"12.34" is rejected: a group after a dot must have exactly 3 digits', () => {
      expect(() => parseIndonesianNumber('12.34')).toThrow(InvalidNumberError);
    });

    it('"1.2345" is rejected: a 4-digit group is not a thousands group', () => {
      expect(() => parseIndonesianNumber('1.2345')).toThrow(InvalidNumberError);
    });

    it('"1,5" is one and a half: the comma is the decimal separator', () => {
      expect(parseIndonesianNumber('1,5')).toBe(1.5);
    });

    it('"1.000,00" is one thousand (trailing decimal zeros are fine)', () => {
      expect(parseIndonesianNumber('1.000,00')).toBe(1000);
    });

    it('"1,234.5" (English format) is rejected rather than misread', () => {
      expect(() => parseIndonesianNumber('1,234.5')).toThrow(InvalidNumberError);
    });

    it('"0.500" is rejected: a grouped number cannot start with 0, it is likely an English decimal', () => {
      expect(() => parseIndonesianNumber('0.500')).toThrow(InvalidNumberError);
    });
  });

  it.each(['', '   ', 'abc', '1,2,3', '1.23,4', '12.34', '1.2345', '1,234.5', ',5', '1,', '1.', '.500', '1..000', '--1', '+1', '1 000', '12abc', 'NaN', 'Infinity'])(
    'rejects %j',
    (text) => {
      expect(() => parseIndonesianNumber(text)).toThrow(InvalidNumberError);
      expect(tryParseIndonesianNumber(text)).toBeNull();
    },
  );

  it('names the input in the error', () => {
    expect(() => parseIndonesianNumber('1,2,3')).toThrow('"1,2,3"');
    try {
      parseIndonesianNumber('abc');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidNumberError);
      expect(error).toBeInstanceOf(Error);
      expect((error as InvalidNumberError).input).toBe('abc');
      expect((error as InvalidNumberError).name).toBe('InvalidNumberError');
    }
    expect.assertions(5);
  });
});

describe('tryParseIndonesianNumber', () => {
  it('returns the number or null', () => {
    expect(tryParseIndonesianNumber('62.000')).toBe(62000);
    expect(tryParseIndonesianNumber('12.34')).toBeNull();
  });
});

describe('formatIndonesianNumber', () => {
  // Expected strings are what Node 20's ICU (id-ID) actually produces.
  it.each([
    [62000, '62.000'],
    [57.64, '57,64'],
    [1234567.5, '1.234.567,5'],
    [-1234.5, '-1.234,5'],
    [0.5, '0,5'],
    [1000, '1.000'],
    [999, '999'],
    [0, '0'],
    [-0, '0'],
    [123456789.123, '123.456.789,123'],
    [1.23456, '1,235'], // default: at most 3 decimals, rounded
  ])('%p → %j', (value, text) => {
    expect(formatIndonesianNumber(value)).toBe(text);
  });

  it('honours maximumFractionDigits', () => {
    expect(formatIndonesianNumber(1234.5678, { maximumFractionDigits: 2 })).toBe('1.234,57');
    expect(formatIndonesianNumber(1234.5, { maximumFractionDigits: 0 })).toBe('1.235');
    expect(formatIndonesianNumber(0.123456, { maximumFractionDigits: 5 })).toBe('0,12346');
  });

  it('uses a plain hyphen-minus for negatives', () => {
    expect(formatIndonesianNumber(-5)).toBe('-5');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %p', (value) => {
    expect(() => formatIndonesianNumber(value)).toThrow(RangeError);
  });
});

describe('format → parse round trip', () => {
  const values = [
    0, 1, -1, 7, 12, 999, 1000, 1001, 59317, 62000, 99999, 100000, 1234567, 1000000000,
    0.5, 0.001, 1.5, 57.64, 12.345, -1234.5, -0.25, 1234567.891, 987654321.5,
  ];

  it.each(values)('%p', (value) => {
    expect(parseIndonesianNumber(formatIndonesianNumber(value))).toBe(value);
  });

  it('holds for a sweep of integers and 2-decimal values', () => {
    for (let i = -5000; i <= 5000; i += 7) {
      const integer = i * 1013;
      expect(parseIndonesianNumber(formatIndonesianNumber(integer))).toBe(integer);
      const cents = Math.round(i * 13.37 * 100) / 100;
      expect(parseIndonesianNumber(formatIndonesianNumber(cents, { maximumFractionDigits: 2 }))).toBe(cents);
    }
  });
});
