import {
  type Actor,
  adoptionHasImpact,
  assessImpact,
  closestByPopulation,
  IMPACT_MAX_PEERS,
  IMPACT_MIN_PEERS,
  IMPACT_WINDOW_YEARS,
  type ImpactBasis,
  type ImpactWindows,
  type IndicatorDirection,
  impactBasis,
  impactWindows,
  QUALITY_RANK,
  type ObservationQuality as Quality,
  type YearValue,
} from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { SignedInUser } from '../../auth/request-auth.js';
import { type Language, message } from '../../common/messages.js';
import { SqlReader, statement } from '../../common/sql-reader.js';
import { TransactionalConnection } from '../../common/transaction.js';
import type { UserErrors } from '../../common/user-errors.js';
import { isUuid } from '../../common/uuid.js';
import { AdoptionsService } from '../../practices/adoptions.service.js';
import type { AdoptionType } from '../../practices/practice-search.types.js';
import { PracticesService } from '../../practices/practices.service.js';
import type { PracticeType } from '../../practices/practices.types.js';
import { DEFAULT_ORDER, INDICATOR_COLUMNS, type IndicatorRow, LATEST_POPULATIONS_SQL, type LatestPopulationRow, type SourceColumns, toIndicator } from '../metric-rows.js';
import type { IndicatorType, MetricSourceType, ObservationQuality } from '../metrics.types.js';
import type { AdoptionImpactType, ImpactCaveatType, ImpactGap, ImpactSourceType, IndicatorImpactType } from './impact.types.js';

/** Every practice's related indicators, in the editors' order. */
const RELATED = statement(
  'impact_related_indicators',
  `SELECT pi.practice_id, ${INDICATOR_COLUMNS} FROM practice_indicators pi JOIN metric_indicators i ON i.id = pi.indicator_id
   WHERE pi.practice_id = ANY($1::uuid[]) ORDER BY pi.practice_id, pi.position`,
);

/** Each city's latest population (the default rule within the year): what makes cities peers. */
const POPULATIONS = statement('impact_populations', LATEST_POPULATIONS_SQL);

/** The population indicator's id, inside a statement. */
const POPULATION_ID = `(SELECT id FROM metric_indicators WHERE code = 'population')`;

/**
 * For each (indicator `$1`, adoption year `$2`, per 100,000 `$4`): the cities with a whole-city yearly
 * value both within `$3` years before and within `$3` years after that year (the candidate peers);
 * per 100,000 only the years whose default population (compare's denominator: the default numeric
 * value) is above 0 count, so a peer without one is passed over for the next closest.
 */
const WITH_BOTH_WINDOWS = statement(
  'impact_cities_with_both_windows',
  `SELECT r.indicator_id, r.year AS adoption_year, v.city_id
   FROM unnest($1::int[], $2::int[], $4::bool[]) AS r(indicator_id, year, per_100k)
   JOIN metric_observations v ON v.indicator_id = r.indicator_id AND v.year BETWEEN r.year - $3 AND r.year + $3 AND v.year <> r.year
   WHERE v.practice_id IS NULL AND v.period_kind = 'year' AND v.value IS NOT NULL
     AND (NOT r.per_100k OR (
       SELECT o.value FROM metric_observations o JOIN metric_sources s ON s.id = o.source_id
       WHERE o.city_id = v.city_id AND o.indicator_id = ${POPULATION_ID} AND o.year = v.year AND o.practice_id IS NULL AND o.period_kind = 'year' AND o.value IS NOT NULL
       ORDER BY ${DEFAULT_ORDER} LIMIT 1) > 0)
   GROUP BY r.indicator_id, r.year, v.city_id
   HAVING bool_or(v.year < r.year) AND bool_or(v.year > r.year)`,
);

const VALUE_COLUMNS = `o.city_id, o.indicator_id, o.year, o.value::float8 AS value, o.quality, o.is_demo,
     s.id AS source_id, s.organisation, s.title, s.url, to_char(s.published_on, 'YYYY-MM-DD') AS published_on, s.licence`;

/**
 * The default numeric value (and its source) per city, indicator and year of each (city, indicator,
 * from, to) asked; `$5` bounds it. A value stated only in words is skipped, as by every numeric read.
 */
const VALUES = statement(
  'impact_values',
  `SELECT DISTINCT ON (o.city_id, o.indicator_id, o.year) ${VALUE_COLUMNS}
   FROM unnest($1::int[], $2::int[], $3::int[], $4::int[]) AS r(city_id, indicator_id, from_year, to_year)
   JOIN metric_observations o ON o.city_id = r.city_id AND o.indicator_id = r.indicator_id AND o.year BETWEEN r.from_year AND r.to_year
   JOIN metric_sources s ON s.id = o.source_id
   WHERE o.practice_id IS NULL AND o.period_kind = 'year' AND o.value IS NOT NULL
   ORDER BY o.city_id, o.indicator_id, o.year, ${DEFAULT_ORDER}
   LIMIT $5`,
);

/**
 * The default population (and its source) per city and year of each (city, from, to) asked, for the
 * counts compared per 100,000 people (compare's PER_100K denominator); `$4` bounds it.
 */
const POPULATION_VALUES = statement(
  'impact_population_values',
  `SELECT DISTINCT ON (o.city_id, o.year) ${VALUE_COLUMNS}
   FROM unnest($1::int[], $2::int[], $3::int[]) AS r(city_id, from_year, to_year)
   JOIN metric_observations o ON o.city_id = r.city_id AND o.indicator_id = ${POPULATION_ID} AND o.year BETWEEN r.from_year AND r.to_year
   JOIN metric_sources s ON s.id = o.source_id
   WHERE o.practice_id IS NULL AND o.period_kind = 'year' AND o.value IS NOT NULL
   ORDER BY o.city_id, o.year, ${DEFAULT_ORDER}
   LIMIT $4`,
);

interface ValueRow extends SourceColumns {
  city_id: number;
  indicator_id: number;
  year: number;
  value: number;
  quality: Quality;
  is_demo: boolean;
}
type Related = IndicatorRow & { practice_id: string };
/** A city's rows for one indicator: its values and, per 100,000, its populations of the same years. */
interface CityRows {
  values: ValueRow[];
  population: ValueRow[];
}

const CAVEATS = ['CORRELATION', 'OTHER_CHANGES', 'PEERS_BY_POPULATION', 'FEW_YEARS'] as const;
const key = (...parts: (string | number)[]) => parts.join('|');
const toSource = (r: ValueRow): MetricSourceType => ({ id: r.source_id, organisation: r.organisation, title: r.title, url: r.url, publishedOn: r.published_on, licence: r.licence });
const lowest = (qualities: Quality[]): Quality => qualities.reduce((a, b) => (QUALITY_RANK[b] > QUALITY_RANK[a] ? b : a), 'official');

/**
 * The impact of adoptions (issue 12): a practice's related indicators, chosen by its editors, and
 * for an adoption the adopting city's values before and after beside the median of its peers. The
 * rule is packages/domain impact.ts; this reads the numbers, a fixed number of statements for any
 * number of adoptions.
 */
@Injectable()
export class ImpactService {
  constructor(
    private readonly sql: SqlReader,
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly practices: PracticesService,
    private readonly adoptions: AdoptionsService,
  ) {}

  /** The related indicators of each practice, in order (one statement for all). */
  async relatedIndicators(practiceIds: readonly string[], language: Language): Promise<IndicatorType[][]> {
    const rows = await this.sql.rows<Related>(RELATED, [practiceIds.filter(isUuid)]);
    return practiceIds.map((id) => rows.filter((r) => r.practice_id === id).map((r) => toIndicator(r, language)));
  }

  /** Replaces the practice's related indicators by `codes` (in that order); unknown codes are a userError and change nothing. */
  async setRelatedIndicators(user: SignedInUser, errors: UserErrors, practiceId: string, codes: string[]): Promise<PracticeType | null> {
    const m = this.connection.manager;
    const [practice] = await this.practices.byIds([practiceId]);
    if (!practice) {
      errors.add('practiceId', 'NOT_FOUND');
      return null;
    }
    const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
    const found: { id: number; code: string }[] = wanted.length ? await m.query(`SELECT id, code FROM metric_indicators WHERE code = ANY($1)`, [wanted]) : [];
    const unknown = wanted.filter((code) => !found.some((f) => f.code === code));
    if (unknown.length) {
      errors.add('indicatorCodes', 'UNKNOWN_INDICATOR', { value: unknown.join(', ') });
      return null;
    }
    const ids = wanted.map((code) => found.find((f) => f.code === code)?.id);
    // Two editors saving at once: one after the other, each replacing the whole list.
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('practice_indicators:' || $1, 0))`, [practiceId]);
    const [before] = await m.query(
      `SELECT coalesce(array_agg(i.code ORDER BY pi.position), '{}') AS codes FROM practice_indicators pi JOIN metric_indicators i ON i.id = pi.indicator_id WHERE pi.practice_id = $1`,
      [practiceId],
    );
    await m.query(`DELETE FROM practice_indicators WHERE practice_id = $1`, [practiceId]);
    if (ids.length) {
      await m.query(
        `INSERT INTO practice_indicators (practice_id, indicator_id, position) SELECT $1, t.id, t.n FROM unnest($2::int[]) WITH ORDINALITY AS t(id, n)`,
        [practiceId, ids],
      );
    }
    await this.audit.record({
      actorId: user.id,
      action: 'metrics.practice_indicators.set',
      entityType: 'practice',
      entityId: practiceId,
      cityId: practice.cityId,
      before: { indicatorCodes: before.codes },
      after: { indicatorCodes: wanted },
    });
    return practice;
  }

  /** One adoption's impact, when the adoption exists and its practice is visible to the actor. */
  async impactOf(actor: Actor | null, adoptionId: string, language: Language): Promise<AdoptionImpactType | null> {
    if (!isUuid(adoptionId)) return null;
    const [adoption] = await this.adoptions.byIds([adoptionId]);
    if (!adoption || !(await this.practices.visibleById(actor, adoption.practiceId))) return null;
    const [impact] = await this.impacts([adoption], language);
    return impact;
  }

  /** The impact of each adoption (same order), in a fixed number of statements whatever their number. */
  async impacts(adoptions: readonly AdoptionType[], language: Language): Promise<AdoptionImpactType[]> {
    const practiceIds = [...new Set(adoptions.map((a) => a.practiceId))];
    const related = await this.relatedIndicators(practiceIds, language);
    const rowsOf = new Map(practiceIds.map((id, i) => [id, related[i]]));
    const plans = adoptions.map((adoption) => ({ adoption, windows: impactWindows(adoption.adoptedOn), indicators: rowsOf.get(adoption.practiceId) ?? [] }));
    // A planned or dropped adoption is not measured: no statement reads numbers for it.
    const measured = plans.flatMap(({ adoption, windows, indicators }) => (windows && indicators.length && adoptionHasImpact(adoption.status) ? [{ adoption, windows, indicators }] : []));
    const unmeasured = (p: (typeof plans)[number]) =>
      adoptionHasImpact(p.adoption.status) ? this.answer(p.windows, p.indicators.map((indicator) => this.withoutDate(indicator, language)), false, language) : this.notAdopted(p, language);
    if (!measured.length) return plans.map(unmeasured);

    const pairs = new Map<string, [number, number, boolean]>();
    for (const p of measured) for (const i of p.indicators) pairs.set(key(i.id, p.windows.adoptionYear), [Number(i.id), p.windows.adoptionYear, impactBasis(i.normalisable) === 'PER_100K']);
    const [populationRows, eligibleRows, practices] = await Promise.all([
      this.sql.rows<LatestPopulationRow>(POPULATIONS, []),
      this.sql.rows<{ indicator_id: number; adoption_year: number; city_id: number }>(WITH_BOTH_WINDOWS, [
        [...pairs.values()].map(([id]) => id),
        [...pairs.values()].map(([, year]) => year),
        IMPACT_WINDOW_YEARS,
        [...pairs.values()].map(([, , per100k]) => per100k),
      ]),
      this.practices.byIds(practiceIds),
    ]);
    // The city whose practice was adopted is where it came from, not a city without it: never a peer.
    const homeOf = new Map(practiceIds.map((id, i) => [id, practices[i]?.cityId]));
    const populations = new Map(populationRows.map((r) => [r.city_id, r.value]));
    const cityRows = new Map(populationRows.map((r) => [r.city_id, r]));
    const eligible = new Map<string, Set<number>>();
    for (const r of eligibleRows) {
      const k = key(r.indicator_id, r.adoption_year);
      const set = eligible.get(k) ?? new Set<number>();
      set.add(r.city_id);
      eligible.set(k, set);
    }

    // The peers of each adoption and indicator: the closest in population with values on both sides.
    const closest = new Map<number, number[]>();
    const closestTo = (cityId: number) => {
      const found = closest.get(cityId) ?? closestByPopulation(cityId, populations);
      closest.set(cityId, found);
      return found;
    };
    const peersOf = new Map<string, number[]>();
    const ranges = new Map<string, { cityId: number; indicatorId: number; from: number; to: number }>();
    // The years of each city's population, for the counts compared per 100,000.
    const populationRanges = new Map<number, { cityId: number; from: number; to: number }>();
    const widen = <R extends { from: number; to: number }>(r: R | undefined, w: ImpactWindows, fresh: Omit<R, 'from' | 'to'>): R =>
      (r ? { ...r, from: Math.min(r.from, w.before.from), to: Math.max(r.to, w.after.to) } : { ...fresh, from: w.before.from, to: w.after.to }) as R;
    const want = (cityId: number, indicatorId: number, w: ImpactWindows, basis: ImpactBasis) => {
      const k = key(cityId, indicatorId);
      ranges.set(k, widen(ranges.get(k), w, { cityId, indicatorId }));
      if (basis === 'PER_100K') populationRanges.set(cityId, widen(populationRanges.get(cityId), w, { cityId }));
    };
    for (const p of measured) {
      const w = p.windows;
      const cityId = p.adoption.cityId;
      for (const i of p.indicators) {
        const indicatorId = Number(i.id);
        const basis = impactBasis(i.normalisable);
        const withData = eligible.get(key(indicatorId, w.adoptionYear)) ?? new Set<number>();
        const home = homeOf.get(p.adoption.practiceId);
        const peers = closestTo(cityId)
          .filter((id) => withData.has(id) && id !== home)
          .slice(0, IMPACT_MAX_PEERS);
        peersOf.set(key(p.adoption.id, i.code), peers);
        want(cityId, indicatorId, w, basis);
        for (const peer of peers) want(peer, indicatorId, w, basis);
      }
    }
    const asked = [...ranges.values()];
    const people = [...populationRanges.values()];
    const years = (rs: { from: number; to: number }[]) => rs.reduce((n, r) => n + r.to - r.from + 1, 0);
    const [values, populationValues] = await Promise.all([
      this.sql.rows<ValueRow>(VALUES, [asked.map((r) => r.cityId), asked.map((r) => r.indicatorId), asked.map((r) => r.from), asked.map((r) => r.to), years(asked)]),
      people.length
        ? this.sql.rows<ValueRow>(POPULATION_VALUES, [people.map((r) => r.cityId), people.map((r) => r.from), people.map((r) => r.to), years(people)])
        : Promise.resolve([]),
    ]);
    const seriesOf = new Map<string, ValueRow[]>();
    for (const v of values) {
      const k = key(v.city_id, v.indicator_id);
      const list = seriesOf.get(k) ?? [];
      list.push(v);
      seriesOf.set(k, list);
    }
    const populationOf = new Map<number, ValueRow[]>();
    for (const v of populationValues) populationOf.set(v.city_id, [...(populationOf.get(v.city_id) ?? []), v]);

    return plans.map((p) => {
      const w = p.windows;
      if (!w || !adoptionHasImpact(p.adoption.status)) return unmeasured(p);
      const indicators = p.indicators.map((indicator) => {
        const indicatorId = Number(indicator.id);
        const inWindows = (rows: ValueRow[] | undefined) => (rows ?? []).filter((r) => r.year >= w.before.from && r.year <= w.after.to);
        const basis = impactBasis(indicator.normalisable);
        const of = (cityId: number): CityRows => ({
          values: inWindows(seriesOf.get(key(cityId, indicatorId))),
          population: basis === 'PER_100K' ? inWindows(populationOf.get(cityId)) : [],
        });
        const peerRows = new Map((peersOf.get(key(p.adoption.id, indicator.code)) ?? []).map((id) => [id, of(id)]));
        return this.indicatorImpact(indicator, basis, w, of(p.adoption.cityId), peerRows, cityRows, language);
      });
      return this.answer(w, indicators, indicators.some((i) => i.isDemo), language);
    });
  }

  private indicatorImpact(
    indicator: IndicatorType,
    basis: ImpactBasis,
    windows: ImpactWindows,
    city: CityRows,
    peerRows: Map<number, CityRows>,
    cities: Map<number, LatestPopulationRow>,
    language: Language,
  ): IndicatorImpactType {
    const points = (rows: ValueRow[]): YearValue[] => rows.map((r) => ({ year: r.year, value: r.value }));
    const result = assessImpact({
      windows,
      direction: indicator.direction as IndicatorDirection,
      basis,
      city: points(city.values),
      cityPopulation: points(city.population),
      candidates: [...peerRows.entries()].map(([cityId, rows]) => ({ key: cityId, series: points(rows.values), population: points(rows.population) })),
    });
    const inWindow = (year: number) => (year >= windows.before.from && year <= windows.before.to) || (year >= windows.after.from && year <= windows.after.to);
    // The rows a city's means rest on: its values of the years that count (per 100,000: those with a population) and those years' populations.
    const usedRows = (rows: CityRows, counted: YearValue[]) => {
      const years = new Set(counted.map((p) => p.year).filter(inWindow));
      return [...rows.values.filter((r) => years.has(r.year)), ...rows.population.filter((r) => years.has(r.year))];
    };
    const usedPeers = result.peerList.map((peer) => ({ peer, used: usedRows(peerRows.get(peer.key) ?? { values: [], population: [] }, peer.series) }));
    // Every value the numbers rest on: the city's and the used peers' of both windows (and their populations).
    const used = [...usedRows(city, result.citySeries), ...usedPeers.flatMap((p) => p.used)];
    const sources = new Map<string, ImpactSourceType>();
    for (const r of used) {
      const k = key(r.source_id, r.quality);
      const s = sources.get(k);
      if (s) s.valueCount += 1;
      else sources.set(k, { source: toSource(r), quality: r.quality as ObservationQuality, isDemo: r.is_demo, valueCount: 1 });
    }
    const cityByYear = new Map(city.values.map((r) => [r.year, r]));
    const populationByYear = new Map(city.population.map((r) => [r.year, r]));
    const onBasisByYear = new Map(result.citySeries.map((p) => [p.year, p.value]));
    return {
      indicator,
      basis,
      gap: result.gap,
      gapMessage: result.gap ? message(language, `metrics.impact.gaps.${result.gap}`, { min: IMPACT_MIN_PEERS }) : null,
      city: result.city,
      peers: result.peers,
      differenceOfDifferences: result.differenceOfDifferences,
      favourable: result.favourable,
      years: result.peerMedians.map((m) => {
        const r = cityByYear.get(m.year);
        const people = populationByYear.get(m.year);
        return {
          year: m.year,
          cityValue: onBasisByYear.get(m.year) ?? null,
          cityRawValue: r?.value ?? null,
          cityQuality: (r?.quality as ObservationQuality) ?? null,
          cityIsDemo: (r?.is_demo ?? false) || (people?.is_demo ?? false),
          citySource: r ? toSource(r) : null,
          cityPopulation: people?.value ?? null,
          cityPopulationQuality: (people?.quality as ObservationQuality) ?? null,
          cityPopulationSource: people ? toSource(people) : null,
          peersMedian: m.median,
          peersCount: m.count,
        };
      }),
      peerCities: usedPeers.map(({ peer, used: inside }) => {
        const c = cities.get(peer.key);
        return {
          cityCode: c?.city_code ?? '',
          cityName: c?.city_name ?? '',
          population: c?.value ?? null,
          before: peer.before,
          after: peer.after,
          quality: lowest(inside.map((r) => r.quality)) as ObservationQuality,
          isDemo: inside.some((r) => r.is_demo),
        };
      }),
      sources: [...sources.values()],
      isDemo: used.some((r) => r.is_demo),
    };
  }

  /** An adoption without a date: nothing to put before or after. */
  private withoutDate(indicator: IndicatorType, language: Language): IndicatorImpactType {
    const gap = 'NO_ADOPTION_DATE';
    return this.noNumbers(indicator, gap, message(language, `metrics.impact.gaps.${gap}`, { min: IMPACT_MIN_PEERS }));
  }

  /**
   * A planned or dropped adoption: the practice was not put in place, so no numbers, for the
   * adoption and for each indicator, only the reason (and no caveats: there is nothing to qualify).
   */
  private notAdopted({ adoption, windows, indicators }: { adoption: AdoptionType; windows: ImpactWindows | null; indicators: IndicatorType[] }, language: Language): AdoptionImpactType {
    const gap = 'NOT_ADOPTED';
    const reason = message(language, adoption.status === 'planned' || adoption.status === 'dropped' ? `metrics.impact.notAdopted.${adoption.status}` : `metrics.impact.gaps.${gap}`);
    return { ...this.answer(windows, indicators.map((indicator) => this.noNumbers(indicator, gap, reason)), false, language), gap, gapMessage: reason, caveats: [] };
  }

  private noNumbers(indicator: IndicatorType, gap: ImpactGap, gapMessage: string): IndicatorImpactType {
    const none = { before: null, after: null, change: null };
    return {
      indicator,
      basis: impactBasis(indicator.normalisable),
      gap,
      gapMessage,
      city: none,
      peers: none,
      differenceOfDifferences: null,
      favourable: null,
      years: [],
      peerCities: [],
      sources: [],
      isDemo: false,
    };
  }

  private answer(windows: ImpactWindows | null, indicators: IndicatorImpactType[], demo: boolean, language: Language): AdoptionImpactType {
    const caveats: ImpactCaveatType[] = [...CAVEATS, ...(demo ? (['DEMO_DATA'] as const) : [])].map((code) => ({
      code,
      message: message(language, `metrics.impact.caveats.${code}`, { years: IMPACT_WINDOW_YEARS }),
    }));
    return {
      adoptionYear: windows?.adoptionYear ?? null,
      beforeFrom: windows?.before.from ?? null,
      beforeTo: windows?.before.to ?? null,
      afterFrom: windows?.after.from ?? null,
      afterTo: windows?.after.to ?? null,
      minPeers: IMPACT_MIN_PEERS,
      gap: null,
      gapMessage: null,
      indicators,
      caveats,
    };
  }
}
