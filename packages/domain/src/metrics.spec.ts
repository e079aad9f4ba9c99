import { compareObservations, parsePeriod, periodInFuture, pickDefaultObservation, type RankedObservation, validPeriod } from './metrics';

const obs = (id: string, quality: RankedObservation['quality'], sourceDate: string | null, enteredAt = '2026-01-01T00:00:00Z'): RankedObservation => ({ id, quality, sourceDate, enteredAt });

describe('the default observation rule', () => {
  it('prefers official over self-reported over estimated over demo, whatever their dates', () => {
    const list = [obs('d', 'demo', '2025-01-01'), obs('e', 'estimated', '2024-01-01'), obs('s', 'self_reported', '2023-01-01'), obs('o', 'official', '2010-01-01')];
    expect(pickDefaultObservation(list)?.id).toBe('o');
    expect([...list].sort(compareObservations).map((o) => o.id)).toEqual(['o', 's', 'e', 'd']);
  });

  it('among equal quality takes the newest source, a source without date after dated ones, then the latest entered', () => {
    expect(pickDefaultObservation([obs('a', 'official', '2020-05-01'), obs('b', 'official', '2022-05-01'), obs('c', 'official', null)])?.id).toBe('b');
    expect(pickDefaultObservation([obs('a', 'estimated', null, '2025-01-01T00:00:00Z'), obs('b', 'estimated', null, '2026-01-01T00:00:00Z')])?.id).toBe('b');
  });

  it('is stable: the id breaks a complete tie, and nothing is picked from nothing', () => {
    expect(pickDefaultObservation([obs('b', 'official', null), obs('a', 'official', null)])?.id).toBe('a');
    expect(pickDefaultObservation([])).toBeNull();
  });
});

describe('periods', () => {
  it('reads a year, a quarter and a month, and refuses anything else', () => {
    expect(parsePeriod('2023')).toEqual({ year: 2023, kind: 'year', no: 0 });
    expect(parsePeriod('2023-q2')).toEqual({ year: 2023, kind: 'quarter', no: 2 });
    expect(parsePeriod('2023-07')).toEqual({ year: 2023, kind: 'month', no: 7 });
    for (const bad of ['23', '2023-13', '2023-Q5', '2023/07', '']) expect(parsePeriod(bad)).toBeNull();
  });

  it('checks the period number against its kind', () => {
    expect(validPeriod('year', 0)).toBe(true);
    expect(validPeriod('year', 1)).toBe(false);
    expect(validPeriod('quarter', 4)).toBe(true);
    expect(validPeriod('month', 13)).toBe(false);
  });

  it('tells a period that has not begun yet', () => {
    const now = new Date('2026-05-10T00:00:00Z');
    expect(periodInFuture({ year: 2027, kind: 'year', no: 0 }, now)).toBe(true);
    expect(periodInFuture({ year: 2026, kind: 'year', no: 0 }, now)).toBe(false);
    expect(periodInFuture({ year: 2026, kind: 'quarter', no: 2 }, now)).toBe(false);
    expect(periodInFuture({ year: 2026, kind: 'quarter', no: 3 }, now)).toBe(true);
    expect(periodInFuture({ year: 2026, kind: 'month', no: 6 }, now)).toBe(true);
  });
});
