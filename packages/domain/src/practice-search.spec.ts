import { INDONESIAN_STOP_WORDS, practiceSearchWords } from './practice-search.js';

describe('practice search words', () => {
  it('keeps the words that count: lower case, without accents, stop words and punctuation', () => {
    expect(practiceSearchWords('Pengelolaan  Aset yang di Kota-Médan!')).toEqual(['pengelolaan', 'aset', 'kota', 'medan']);
  });

  it('is empty for nothing, blanks or stop words only (the library then lists everything)', () => {
    for (const query of [null, undefined, '', '   ', 'yang dan di ke dari untuk']) expect(practiceSearchWords(query)).toEqual([]);
  });

  it('drops repeated words and keeps at most 12, from at most 200 characters', () => {
    expect(practiceSearchWords('aset aset ASET')).toEqual(['aset']);
    expect(practiceSearchWords(Array.from({ length: 20 }, (_, i) => `kata${i}`).join(' '))).toHaveLength(12);
    expect(practiceSearchWords(`${'a'.repeat(199)} terakhir`)).toEqual(['a'.repeat(199)]);
  });

  it('lists the common Indonesian function words, lower case, once each', () => {
    for (const word of ['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'ini', 'itu']) expect(INDONESIAN_STOP_WORDS).toContain(word);
    expect(new Set(INDONESIAN_STOP_WORDS).size).toBe(INDONESIAN_STOP_WORDS.length);
    expect(INDONESIAN_STOP_WORDS.every((w) => w === w.toLowerCase())).toBe(true);
  });
});
