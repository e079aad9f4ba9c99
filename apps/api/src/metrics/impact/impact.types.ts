import { IMPACT_BASES, IMPACT_GAPS, MAX_RELATED_INDICATORS } from '@citybridge/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Payload } from '../../common/payload.js';
import { PracticeType } from '../../practices/practices.types.js';
import { IndicatorType, MetricSourceType, ObservationQuality } from '../metrics.types.js';

export const ImpactGap = Object.fromEntries(IMPACT_GAPS.map((gap) => [gap, gap])) as { [G in (typeof IMPACT_GAPS)[number]]: G };
export type ImpactGap = (typeof IMPACT_GAPS)[number];
registerEnumType(ImpactGap, {
  name: 'ImpactGap',
  description:
    'Why there is no difference of differences: the adoption was not put in place (planned or dropped), no adoption date, no value of the city before or after, values but no population of the same years before or after (a count compared per 100,000 people), too few peers with values on both sides.',
});

export const ImpactBasis = Object.fromEntries(IMPACT_BASES.map((basis) => [basis, basis])) as { [B in (typeof IMPACT_BASES)[number]]: B };
export type ImpactBasis = (typeof IMPACT_BASES)[number];
registerEnumType(ImpactBasis, {
  name: 'ImpactBasis',
  description:
    "What an indicator's impact compares: RAW, the values as reported (a share, rate or index: not normalisable); PER_100K, a count (normalisable) divided by the population of the same city and year times 100,000, a year without a population left out.",
});

@ObjectType('ImpactCaveat', { description: 'What the numbers do not prove, in plain words, in the language of the request.' })
export class ImpactCaveatType {
  @Field({ description: 'CORRELATION, OTHER_CHANGES, PEERS_BY_POPULATION, FEW_YEARS or DEMO_DATA.' })
  code: string;
  @Field()
  message: string;
}

@ObjectType('ImpactSide', { description: 'Mean of the yearly values in the window before and after the adoption year, and the change.' })
export class ImpactSideType {
  @Field(() => Float, { nullable: true })
  before: number | null;
  @Field(() => Float, { nullable: true })
  after: number | null;
  @Field(() => Float, { nullable: true, description: 'after − before.' })
  change: number | null;
}

@ObjectType('ImpactYear', { description: "One year of the chart: the city's value (the default rule, with its source) and the median of the peers used, on the indicator's basis." })
export class ImpactYearType {
  @Field(() => Int)
  year: number;
  @Field(() => Float, { nullable: true, description: 'On the basis: per 100,000 people for PER_100K (null when the year has no population), as reported for RAW.' })
  cityValue: number | null;
  @Field(() => Float, { nullable: true, description: 'The value as reported (the default rule).' })
  cityRawValue: number | null;
  @Field(() => ObservationQuality, { nullable: true, description: "The reported value's quality." })
  cityQuality: ObservationQuality | null;
  @Field({ description: "True when the city's value, or the population it is divided by, is demo data." })
  cityIsDemo: boolean;
  @Field(() => MetricSourceType, { nullable: true, description: "The reported value's source." })
  citySource: MetricSourceType | null;
  @Field(() => Float, { nullable: true, description: 'PER_100K: the population of the same year it is divided by (the default rule); null for RAW or without one.' })
  cityPopulation: number | null;
  @Field(() => ObservationQuality, { nullable: true })
  cityPopulationQuality: ObservationQuality | null;
  @Field(() => MetricSourceType, { nullable: true })
  cityPopulationSource: MetricSourceType | null;
  @Field(() => Float, { nullable: true, description: "On the basis, like cityValue." })
  peersMedian: number | null;
  @Field(() => Int, { description: 'Peers with a value that year.' })
  peersCount: number;
}

@ObjectType('ImpactPeer', { description: 'A city of similar population used as a peer, with its window means.' })
export class ImpactPeerType {
  @Field()
  cityCode: string;
  @Field()
  cityName: string;
  @Field(() => Float, { nullable: true, description: 'Its latest population (what made it a peer).' })
  population: number | null;
  @Field(() => Float, { description: "Its window means on the indicator's basis." })
  before: number;
  @Field(() => Float)
  after: number;
  @Field(() => ObservationQuality, { description: 'The lowest quality among the values used (and, per 100,000, the populations).' })
  quality: ObservationQuality;
  @Field()
  isDemo: boolean;
}

@ObjectType('ImpactSource', { description: 'A source of the values used, with their quality.' })
export class ImpactSourceType {
  @Field(() => MetricSourceType)
  source: MetricSourceType;
  @Field(() => ObservationQuality)
  quality: ObservationQuality;
  @Field()
  isDemo: boolean;
  @Field(() => Int, { description: 'Values of this source and quality used.' })
  valueCount: number;
}

@ObjectType('IndicatorImpact', { description: 'One related indicator around an adoption: the city beside the median of its peers.' })
export class IndicatorImpactType {
  @Field(() => IndicatorType)
  indicator: IndicatorType;
  @Field(() => ImpactBasis, { description: 'What the numbers below compare: PER_100K for a count (normalisable indicator), RAW for a share, rate or index.' })
  basis: ImpactBasis;
  @Field(() => ImpactGap, { nullable: true, description: 'Null when the difference of differences could be computed.' })
  gap: ImpactGap | null;
  @Field(() => String, { nullable: true, description: 'The gap in plain words, in the language of the request.' })
  gapMessage: string | null;
  @Field(() => ImpactSideType)
  city: ImpactSideType;
  @Field(() => ImpactSideType, { description: "Medians of the peers' window means." })
  peers: ImpactSideType;
  @Field(() => Float, { nullable: true, description: "(city after − city before) − (peers after − peers before)." })
  differenceOfDifferences: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether that is the better way by the indicator's direction; null when neutral, zero or unknown." })
  favourable: boolean | null;
  @Field(() => [ImpactYearType])
  years: ImpactYearType[];
  @Field(() => [ImpactPeerType], { description: 'Closest in population first.' })
  peerCities: ImpactPeerType[];
  @Field(() => [ImpactSourceType], { description: 'The sources of the values used and, per 100,000, of the populations they are divided by.' })
  sources: ImpactSourceType[];
  @Field({ description: 'True when any value used (or population divided by) is demo data.' })
  isDemo: boolean;
}

@ObjectType('AdoptionImpact', { description: "The adopting city's related indicators before and after the adoption beside its peers'. Shows what moved together, not what caused it." })
export class AdoptionImpactType {
  @Field(() => Int, { nullable: true, description: 'Null without an adoption date.' })
  adoptionYear: number | null;
  @Field(() => Int, { nullable: true })
  beforeFrom: number | null;
  @Field(() => Int, { nullable: true })
  beforeTo: number | null;
  @Field(() => Int, { nullable: true })
  afterFrom: number | null;
  @Field(() => Int, { nullable: true })
  afterTo: number | null;
  @Field(() => Int, { description: 'Fewer peers than this and nothing is said.' })
  minPeers: number;
  @Field(() => ImpactGap, { nullable: true, description: 'NOT_ADOPTED for a planned or dropped adoption (no numbers at all); null when the adoption is in progress or done.' })
  gap: ImpactGap | null;
  @Field(() => String, { nullable: true, description: 'That gap in plain words, in the language of the request.' })
  gapMessage: string | null;
  @Field(() => [IndicatorImpactType], { description: "One per related indicator of the practice, in the editors' order." })
  indicators: IndicatorImpactType[];
  @Field(() => [ImpactCaveatType])
  caveats: ImpactCaveatType[];
}

@InputType()
export class SetPracticeIndicatorsInput {
  @Field(() => ID)
  practiceId: string;
  @Field(() => [String], { description: `Indicator codes of the catalogue, in order; at most ${MAX_RELATED_INDICATORS}; empty removes them all.` })
  @ArrayMaxSize(MAX_RELATED_INDICATORS, { context: { code: 'TOO_MANY_INDICATORS', params: { max: MAX_RELATED_INDICATORS } } })
  indicatorCodes: string[];
}

@ObjectType()
export class SetPracticeIndicatorsPayload extends Payload({ practice: () => PracticeType }) {}
