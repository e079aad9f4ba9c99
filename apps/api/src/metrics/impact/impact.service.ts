import {
  type Actor,
  adoptionHasImpact,
  assessImpact,
  closestByPopulation,
  IMPACT_MAX_PEERS,
  IMPACT_MIN_PEERS,
  IMPACT_WINDOW_YEARS,
  type ImpactWindows,
  impactWindows,
  type IndicatorDirection,
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
import type { AdoptionType } from '../../practices/practice-search.types.js';
import { AdoptionsService } from '../../practices/adoptions.service.js';
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

/**
 * For each (indicator `$1`, adoption year `$2`): the cities with a whole-city yearly value both
 * within `$3` years before and within `$3` years after that year (the candidate peers).
 */
const WITH_BOTH_WINDOWS = statement(
  'impact_cities_with_both_windows',
  `SELECT r.indicator_id, r.year AS adoption_year, o.city_id
   FROM unnest($1::int[], $2::int[]) AS r(indicator_id, year)
   JOIN metric_observations o ON o.indicator_id = r.indicator_id AND o.year BETWEEN r.year - $3 AND r.year + $3 AND o.year <> r.year
   WHERE o.practice_id IS NULL AND o.period_kind = 'year'
   GROUP BY r.indicator_id, r.year, o.city_id
   HAVING bool_or(o.year < r.year) AND bool_or(o.year > r.year)`,
);

/** The default value (and its source) per city, indicator and year of each (city, indicator, from, to) asked; `$5` bounds it. */
const VALUES = statement(
  'impact_values',
  `SELECT DISTINCT ON (o.city_id, o.indicator_id, o.year) o.city_id, o.indicator_id, o.year, o.value::float8 AS value, o.quality, o.is_demo,
     s.id AS source_id, s.organisation, s.title, s.url, to_char(s.published_on, 'YYYY-MM-DD') AS published_on, s.licence
   FROM unnest($1::int[], $2::int[], $3::int[], $4::int[]) AS r(city_id, indicator_id, from_year, to_year)
   JOIN metric_observations o ON o.city_id = r.city_id AND o.indicator_id = r.indicator_id AND o.year BETWEEN r.from_year AND r.to_year
   JOIN metric_sources s ON s.id = o.source_id
   WHERE o.practice_id IS NULL AND o.period_kind = 'year'
   ORDER BY o.city_id, o.indicator_id, o.year, ${DEFAULT_ORDER}
   LIMIT $5`,
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

    const pairs = new Map<string, [number, number]>();
    for (const p of measured) for (const i of p.indicators) pairs.set(key(i.id, p.windows.adoptionYear), [Number(i.id), p.windows.adoptionYear]);
    const [populationRows, eligibleRows] = await Promise.all([
      this.sql.rows<LatestPopulationRow>(POPULATIONS, []),
      this.sql.rows<{ indicator_id: number; adoption_year: number; city_id: number }>(WITH_BOTH_WINDOWS, [
        [...pairs.values()].map(([id]) => id),
        [...pairs.values()].map(([, year]) => year),
        IMPACT_WINDOW_YEARS,
      ]),
    ]);
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
    const want = (cityId: number, indicatorId: number, w: ImpactWindows) => {
      const k = key(cityId, indicatorId);
      const r = ranges.get(k);
      ranges.set(k, r ? { ...r, from: Math.min(r.from, w.before.from), to: Math.max(r.to, w.after.to) } : { cityId, indicatorId, from: w.before.from, to: w.after.to });
    };
    for (const p of measured) {
      const w = p.windows;
      const cityId = p.adoption.cityId;
      for (const i of p.indicators) {
        const indicatorId = Number(i.id);
        const withData = eligible.get(key(indicatorId, w.adoptionYear)) ?? new Set<number>();
        const peers = closestTo(cityId).filter((id) => withData.has(id)).slice(0, IMPACT_MAX_PEERS);
        peersOf.set(key(p.adoption.id, i.code), peers);
        want(cityId, indicatorId, w);
        for (const peer of peers) want(peer, indicatorId, w);
      }
    }
    const asked = [...ranges.values()];
    const values = await this.sql.rows<ValueRow>(VALUES, [
      asked.map((r) => r.cityId),
      asked.map((r) => r.indicatorId),
      asked.map((r) => r.from),
      asked.map((r) => r.to),
      asked.reduce((n, r) => n + r.to - r.from + 1, 0),
    ]);
    const seriesOf = new Map<string, ValueRow[]>();
    for (const v of values) {
      const k = key(v.city_id, v.indicator_id);
      const list = seriesOf.get(k) ?? [];
      list.push(v);
      seriesOf.set(k, list);
    }

    return plans.map((p) => {
      const w = p.windows;
      if (!w || !adoptionHasImpact(p.adoption.status)) return unmeasured(p);
      const indicators = p.indicators.map((indicator) => {
        const indicatorId = Number(indicator.id);
        const inWindows = (rows: ValueRow[] | undefined) => (rows ?? []).filter((r) => r.year >= w.before.from && r.year <= w.after.to);
        const cityRowsOf = inWindows(seriesOf.get(key(p.adoption.cityId, indicatorId)));
        const peerRows = new Map((peersOf.get(key(p.adoption.id, indicator.code)) ?? []).map((id) => [id, inWindows(seriesOf.get(key(id, indicatorId)))]));
        return this.indicatorImpact(indicator, w, cityRowsOf, peerRows, cityRows, language);
      });
      return this.answer(w, indicators, indicators.some((i) => i.isDemo), language);
    });
  }

  private indicatorImpact(
    indicator: IndicatorType,
    windows: ImpactWindows,
    cityValues: ValueRow[],
    peerValues: Map<number, ValueRow[]>,
    cities: Map<number, LatestPopulationRow>,
    language: Language,
  ): IndicatorImpactType {
    const points = (rows: ValueRow[]): YearValue[] => rows.map((r) => ({ year: r.year, value: r.value }));
    const result = assessImpact({
      windows,
      direction: indicator.direction as IndicatorDirection,
      city: points(cityValues),
      candidates: [...peerValues.entries()].map(([cityId, rows]) => ({ key: cityId, series: points(rows) })),
    });
    const usedPeers = result.peerList.map((peer) => ({ peer, rows: peerValues.get(peer.key) ?? [] }));
    const inWindow = (r: ValueRow) => (r.year >= windows.before.from && r.year <= windows.before.to) || (r.year >= windows.after.from && r.year <= windows.after.to);
    // Every value the numbers rest on: the city's of both windows and the peers' of both windows.
    const used = [...cityValues.filter(inWindow), ...usedPeers.flatMap((p) => p.rows.filter(inWindow))];
    const sources = new Map<string, ImpactSourceType>();
    for (const r of used) {
      const k = key(r.source_id, r.quality);
      const s = sources.get(k);
      if (s) s.valueCount += 1;
      else sources.set(k, { source: toSource(r), quality: r.quality as ObservationQuality, isDemo: r.is_demo, valueCount: 1 });
    }
    const cityByYear = new Map(cityValues.map((r) => [r.year, r]));
    return {
      indicator,
      gap: result.gap,
      gapMessage: result.gap ? message(language, `metrics.impact.gaps.${result.gap}`, { min: IMPACT_MIN_PEERS }) : null,
      city: result.city,
      peers: result.peers,
      differenceOfDifferences: result.differenceOfDifferences,
      favourable: result.favourable,
      years: result.peerMedians.map((m) => {
        const r = cityByYear.get(m.year);
        return {
          year: m.year,
          cityValue: r?.value ?? null,
          cityQuality: (r?.quality as ObservationQuality) ?? null,
          cityIsDemo: r?.is_demo ?? false,
          citySource: r ? toSource(r) : null,
          peersMedian: m.median,
          peersCount: m.count,
        };
      }),
      peerCities: usedPeers.map(({ peer, rows }) => {
        const city = cities.get(peer.key);
        const inside = rows.filter(inWindow);
        return {
          cityCode: city?.city_code ?? '',
          cityName: city?.city_name ?? '',
          population: city?.value ?? null,
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
