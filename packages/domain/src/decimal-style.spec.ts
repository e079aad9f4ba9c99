import { detectDecimalStyle, parseNumberInStyle, styleEvidence, tryParseEnglishNumber } from './decimal-style';

describe('decimal styles', () => {
  it('reads English and Indonesian numbers, each in its own style only', () => {
    expect(tryParseEnglishNumber('1,234.5')).toBe(1234.5);
    expect(tryParseEnglishNumber('1.234,5')).toBeNull();
    expect(parseNumberInStyle('1.234,5', 'indonesian')).toBe(1234.5);
    expect(parseNumberInStyle('1,234.5', 'indonesian')).toBeNull();
    expect(parseNumberInStyle('57,64', 'indonesian')).toBe(57.64);
    expect(parseNumberInStyle('abc', 'english')).toBeNull();
  });

  it('tells what a single value says about the style', () => {
    expect(styleEvidence('12,5')).toBe('indonesian');
    expect(styleEvidence('12.5')).toBe('english');
    expect(styleEvidence('1.234')).toBe('ambiguous');
    expect(styleEvidence('1,234')).toBe('ambiguous');
    expect(styleEvidence('75000')).toBe('either');
    expect(styleEvidence('n/a')).toBe('invalid');
  });

  it('detects a column, refuses to guess an ambiguous one and reports a mixed one', () => {
    expect(detectDecimalStyle(['1.234', '57,6', '100'])).toEqual({ style: 'indonesian', detected: true });
    expect(detectDecimalStyle(['1,234.5', '1.234'])).toEqual({ style: 'english', detected: true });
    expect(detectDecimalStyle(['1.234', '2.500'])).toEqual({ style: null, conflict: false, ambiguous: true });
    expect(detectDecimalStyle(['12,5', '12.5'])).toEqual({ style: null, conflict: true });
    expect(detectDecimalStyle(['1', '2'])).toEqual({ style: 'english', detected: true });
  });
});
