import { adoptionHasImpact, assessImpact, closestByPopulation, impactBasis, impactWindows, median, onBasis, windowMean, type YearValue } from './impact.js';

const series = (values: Record<number, number>): YearValue[] => Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));
const windows = impactWindows('2018-10-05');
if (!windows) throw new Error('windows');

describe('impactWindows', () => {
  it('takes the three years before and after the adoption year, leaving that year out', () => {
    expect(impactWindows('2018-10-05')).toEqual({ adoptionYear: 2018, before: { from: 2015, to: 2017 }, after: { from: 2019, to: 2021 } });
    expect(impactWindows('2020', 2)).toEqual({ adoptionYear: 2020, before: { from: 2018, to: 2019 }, after: { from: 2021, to: 2022 } });
  });

  it('has no windows without a date', () => {
    expect(impactWindows(null)).toBeNull();
    expect(impactWindows('')).toBeNull();
    expect(impactWindows('5 Oktober 2018')).toBeNull();
  });
});

describe('adoptionHasImpact', () => {
  it('measures only an adoption put in place (in progress or done), not a planned or dropped one', () => {
    expect(['planned', 'in_progress', 'done', 'dropped'].filter(adoptionHasImpact)).toEqual(['in_progress', 'done']);
  });
});

describe('windowMean and median', () => {
  it('averages the values inside the window only', () => {
    expect(windowMean(series({ 2014: 100, 2015: 10, 2017: 20, 2018: 100 }), { from: 2015, to: 2017 })).toBe(15);
    expect(windowMean(series({ 2014: 100 }), { from: 2015, to: 2017 })).toBeNull();
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('closestByPopulation', () => {
  it('orders by ratio, leaving out the city itself and cities without a population', () => {
    const populations = new Map([
      ['solok', 100_000],
      ['a', 200_000],
      ['b', 55_000],
      ['c', 1_000_000],
      ['d', 0],
    ]);
    expect(closestByPopulation('solok', populations)).toEqual(['b', 'a', 'c']);
    expect(closestByPopulation('unknown', populations)).toEqual([]);
  });
});

describe('assessImpact', () => {
  // Peers all rise by 10; the city rises by 25: it moved 15 more than its peers.
  const peer = (key: string, base: number) => ({ key, series: series({ 2015: base, 2016: base, 2017: base, 2019: base + 10, 2020: base + 10, 2021: base + 10 }) });
  const city = series({ 2015: 40, 2016: 50, 2017: 60, 2018: 70, 2019: 70, 2020: 75, 2021: 80 });

  it('gives the difference of the differences against the median of the peers', () => {
    const result = assessImpact({ windows, direction: 'higher_better', city, candidates: [peer('a', 10), peer('b', 20), peer('c', 30)] });
    expect(result.gap).toBeNull();
    expect(result.city).toEqual({ before: 50, after: 75, change: 25 });
    expect(result.peers).toEqual({ before: 20, after: 30, change: 10 });
    expect(result.differenceOfDifferences).toBe(15);
    expect(result.favourable).toBe(true);
    expect(result.peerList.map((p) => p.key)).toEqual(['a', 'b', 'c']);
    expect(result.peerMedians.find((m) => m.year === 2019)).toEqual({ year: 2019, median: 30, count: 3 });
    expect(result.peerMedians.find((m) => m.year === 2018)).toEqual({ year: 2018, median: null, count: 0 });
  });

  it('reads the same difference as unfavourable when lower is better, and says nothing for a neutral indicator', () => {
    const candidates = [peer('a', 10), peer('b', 20), peer('c', 30)];
    expect(assessImpact({ windows, direction: 'lower_better', city, candidates }).favourable).toBe(false);
    expect(assessImpact({ windows, direction: 'neutral', city, candidates }).favourable).toBeNull();
  });

  it('takes the closest peers that have values on both sides, at most maxPeers', () => {
    const onlyBefore = { key: 'x', series: series({ 2016: 1 }) };
    const result = assessImpact({ windows, direction: 'higher_better', city, candidates: [onlyBefore, peer('a', 10), peer('b', 20), peer('c', 30), peer('d', 40)], maxPeers: 3 });
    expect(result.peerList.map((p) => p.key)).toEqual(['a', 'b', 'c']);
  });

  it('says nothing without an adoption date', () => {
    const result = assessImpact({ windows: null, direction: 'higher_better', city, candidates: [peer('a', 10)] });
    expect(result.gap).toBe('NO_ADOPTION_DATE');
    expect(result.differenceOfDifferences).toBeNull();
  });

  it("says nothing without the city's values before or after", () => {
    const candidates = [peer('a', 10), peer('b', 20), peer('c', 30)];
    const before = assessImpact({ windows, direction: 'higher_better', city: series({ 2019: 1 }), candidates });
    expect(before.gap).toBe('NO_VALUES_BEFORE');
    expect(before.city).toEqual({ before: null, after: 1, change: null });
    expect(before.differenceOfDifferences).toBeNull();
    expect(assessImpact({ windows, direction: 'higher_better', city: series({ 2016: 1, 2018: 5 }), candidates }).gap).toBe('NO_VALUES_AFTER');
  });

  it('says nothing with fewer peers than the minimum, but still shows what it has', () => {
    const result = assessImpact({ windows, direction: 'higher_better', city, candidates: [peer('a', 10), peer('b', 20)] });
    expect(result.gap).toBe('TOO_FEW_PEERS');
    expect(result.peers).toEqual({ before: 15, after: 25, change: 10 });
    expect(result.city.change).toBe(25);
    expect(result.differenceOfDifferences).toBeNull();
    expect(result.favourable).toBeNull();
  });
});

describe('the basis: a count per 100,000 people, a share as it is', () => {
  it('compares a normalisable indicator (a count) per 100,000 people, any other raw', () => {
    expect(impactBasis(true)).toBe('PER_100K');
    expect(impactBasis(false)).toBe('RAW');
  });

  it('divides each value by the population of the same year, leaving out a year without one', () => {
    const values = series({ 2015: 500, 2016: 600, 2017: 700, 2019: 800 });
    const population = series({ 2015: 50_000, 2016: 60_000, 2019: 0 });
    expect(onBasis(values, 'PER_100K', population)).toEqual(series({ 2015: 1000, 2016: 1000 }));
    expect(onBasis(values, 'RAW', population)).toEqual(values);
  });

  // Same growth per person (1,000 -> 1,200 per 100,000) in a city of 50,000 and in peers 20-40 times larger.
  const years = [2015, 2016, 2017, 2019, 2020, 2021];
  const sized = (people: number) => {
    const population = years.map((year) => ({ year, value: people }));
    const counts = years.map((year) => ({ year, value: ((year < 2018 ? 1000 : 1200) * people) / 100_000 }));
    return { population, counts };
  };
  const small = sized(50_000);
  const candidates = [1_000_000, 1_500_000, 2_000_000].map((people, i) => {
    const s = sized(people);
    return { key: `peer${i}`, series: s.counts, population: s.population };
  });

  it('gives a small city and large peers with the same growth per person a difference of differences of 0 per 100,000', () => {
    const perPerson = assessImpact({ windows, direction: 'higher_better', basis: 'PER_100K', city: small.counts, cityPopulation: small.population, candidates });
    expect(perPerson.basis).toBe('PER_100K');
    expect(perPerson.gap).toBeNull();
    expect(perPerson.city.before).toBeCloseTo(1000, 9);
    expect(perPerson.city.after).toBeCloseTo(1200, 9);
    expect(perPerson.peers.change).toBeCloseTo(200, 9);
    expect(perPerson.differenceOfDifferences).toBeCloseTo(0, 9);
    expect(perPerson.favourable).toBeNull();
    expect(perPerson.peerMedians.find((m) => m.year === 2019)?.median).toBeCloseTo(1200, 9);
    // Raw, the same numbers say the small city fell far behind: its size, not the practice.
    const raw = assessImpact({ windows, direction: 'higher_better', city: small.counts, candidates });
    expect(raw.basis).toBe('RAW');
    expect(raw.differenceOfDifferences).toBeCloseTo(100 - 3000, 9);
    expect(raw.favourable).toBe(false);
  });

  it("leaves a year without a population out of the city's means, and says so when a side is left empty", () => {
    const partial = series({ 2015: 50_000, 2019: 50_000, 2020: 50_000, 2021: 50_000 });
    const some = assessImpact({ windows, direction: 'higher_better', basis: 'PER_100K', city: small.counts, cityPopulation: partial, candidates });
    expect(some.gap).toBeNull();
    expect(some.city.before).toBeCloseTo(1000, 9);
    expect(some.citySeries.map((p) => p.year)).toEqual([2015, 2019, 2020, 2021]);

    const noneBefore = assessImpact({ windows, direction: 'higher_better', basis: 'PER_100K', city: small.counts, cityPopulation: series({ 2019: 50_000 }), candidates });
    expect(noneBefore.gap).toBe('NO_POPULATION_BEFORE');
    expect(noneBefore.city.before).toBeNull();
    expect(noneBefore.differenceOfDifferences).toBeNull();
    const noneAfter = assessImpact({ windows, direction: 'higher_better', basis: 'PER_100K', city: small.counts, cityPopulation: series({ 2016: 50_000 }), candidates });
    expect(noneAfter.gap).toBe('NO_POPULATION_AFTER');
    // No values at all is still "no values", not "no population".
    expect(assessImpact({ windows, direction: 'higher_better', basis: 'PER_100K', city: [], cityPopulation: small.population, candidates }).gap).toBe('NO_VALUES_BEFORE');
  });

  it('passes over a peer without a population on one side for the next closest', () => {
    const [a, b, c] = candidates;
    const noPopulationAfter = { ...a, population: a.population.filter((p) => p.year < 2018) };
    const extra = { ...c, key: 'peer3' };
    const result = assessImpact({ windows, direction: 'higher_better', basis: 'PER_100K', city: small.counts, cityPopulation: small.population, candidates: [noPopulationAfter, b, c, extra], maxPeers: 3 });
    expect(result.peerList.map((p) => p.key)).toEqual(['peer1', 'peer2', 'peer3']);
    const tooFew = assessImpact({ windows, direction: 'higher_better', basis: 'PER_100K', city: small.counts, cityPopulation: small.population, candidates: [noPopulationAfter, b, c] });
    expect(tooFew.gap).toBe('TOO_FEW_PEERS');
  });
});
