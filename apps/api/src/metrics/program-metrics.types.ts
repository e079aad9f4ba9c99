import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorType, MetricSourceType, ObservationQuality } from './metrics.types.js';

/** At most this many programs side by side, and as many years as compare allows (COMPARE_LIMITS.years). */
export const PROGRAM_COMPARISON_MAX = 50;

@ObjectType('ProgramSeries', {
  description:
    'One published program (practice) over the years: entry i of each list is the year fromYear + i (null: no value that year). ' +
    'The value of a year is the default by the default rule among the yearly values of its sources.',
})
export class ProgramSeriesType {
  @Field(() => ID)
  practiceId: string;
  @Field({ description: "The practice's title in the language of the request (else its first language)." })
  title: string;
  @Field({ description: 'Topic code (practiceTopics); programs of the same topic are the same kind.' })
  topic: string;
  @Field({ description: 'The topic labelled in the language of the request.' })
  topicLabel: string;
  @Field()
  cityCode: string;
  @Field()
  cityName: string;
  @Field()
  citySlug: string;
  @Field(() => [Float], { nullable: 'items' })
  values: (number | null)[];
  @Field(() => [ObservationQuality], { nullable: 'items' })
  qualities: (ObservationQuality | null)[];
  @Field(() => [Boolean], { nullable: 'items', description: 'True where the value is demo data (quality DEMO).' })
  isDemo: (boolean | null)[];
  @Field(() => [Int], { nullable: 'items', description: "The index in ProgramComparison.sources of each value's source." })
  sources: (number | null)[];
}

@ObjectType('ProgramComparison', { description: 'Published programs of every city on one indicator, by city name; sources named once.' })
export class ProgramComparisonType {
  @Field(() => IndicatorType)
  indicator: IndicatorType;
  @Field(() => String, { nullable: true, description: 'The topic asked for; null: every topic.' })
  topic: string | null;
  @Field(() => Int)
  fromYear: number;
  @Field(() => Int)
  toYear: number;
  @Field(() => [ProgramSeriesType], { description: `At most ${PROGRAM_COMPARISON_MAX}, ordered by city name, then title.` })
  programs: ProgramSeriesType[];
  @Field(() => [MetricSourceType])
  sources: MetricSourceType[];
}
