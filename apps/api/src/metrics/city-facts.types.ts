import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SourceType } from '../cities/cities.types.js';

// City.facts (the city profile's numbers), answered by the metrics domain from observations of the
// indicators on the city profile (docs/metrics.md, "The city profile").

export enum FactQuality {
  OFFICIAL = 'OFFICIAL',
  ESTIMATED = 'ESTIMATED',
  REPORTED = 'REPORTED',
  DEMO = 'DEMO',
}
registerEnumType(FactQuality, {
  name: 'FactQuality',
  description: 'The observation quality of a fact: OFFICIAL (official), ESTIMATED (estimated), REPORTED (self_reported: stated by the city, in a report or article), DEMO (demo: invented for the demo).',
});

@ObjectType('Fact', { description: 'A value of a city-profile indicator from one source (an observation of the metrics catalogue): each source\'s latest. Sources that disagree each keep their own.' })
export class FactType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'The indicator code: population, area_km2, district_count, smart_city_app, metropolitan_status, ...' })
  key: string;
  @Field(() => Float, { nullable: true, description: 'Null for text facts and for numbers the source states ambiguously.' })
  value: number | null;
  @Field(() => String, { nullable: true, description: 'The value as the source states it.' })
  valueText: string | null;
  @Field(() => String, { nullable: true })
  unit: string | null;
  @Field(() => String, { nullable: true, description: "The source's date (YYYY-MM-DD), when it gives one." })
  asOf: string | null;
  @Field(() => FactQuality)
  quality: FactQuality;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => String, { nullable: true, description: "The source's own page for this value (e.g. the GeoNames record)." })
  recordUrl: string | null;
  @Field(() => Int, { description: 'The year the value is for (a source without a date: the year it was read).' })
  year: number;
  @Field({ description: "True for the value the default rule shows for this key; the other sources' values follow it." })
  isDefault: boolean;
  @Field(() => SourceType)
  source: SourceType;
}
