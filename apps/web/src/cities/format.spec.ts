import { formatIsoDate, formatNumber, formatZoneOffset } from './format';

describe('formatting for the UI language', () => {
  it('formats numbers the Indonesian or the English way', () => {
    expect(formatNumber(1234567.5, 'id')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(0.125, 'id')).toBe('0,13');
    expect(formatNumber(-0.80061, 'en', 4)).toBe('-0.8006');
  });

  it('formats ISO dates and leaves anything else as given', () => {
    expect(formatIsoDate('2018-10-05', 'id')).toBe('5 Okt 2018');
    expect(formatIsoDate('2018-10-05', 'en')).toBe('5 Oct 2018');
    expect(formatIsoDate('2018', 'en')).toBe('2018');
  });

  it('formats the offset of each Indonesian zone from its IANA name', () => {
    expect(formatZoneOffset('Asia/Jakarta')).toBe('UTC+7');
    expect(formatZoneOffset('Asia/Makassar')).toBe('UTC+8');
    expect(formatZoneOffset('Asia/Jayapura')).toBe('UTC+9');
  });

  it('takes the offset in force at the instant from the tz database', () => {
    // Jakarta kept UTC+7:30 until 1964.
    expect(formatZoneOffset('Asia/Jakarta', new Date('1960-06-01T00:00:00Z'))).toBe('UTC+7:30');
  });
});
