import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Text } from '../common/input.js';
import { PageInfo } from '../common/pagination.js';
import { Payload } from '../common/payload.js';
import { PracticeType } from './practices.types.js';

export enum PracticeSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
registerEnumType(PracticeSort, { name: 'PracticeSort', description: 'RELEVANCE (newest first when there is no query) or NEWEST.' });

/** A facet filter lists at most this many values (there are 514 cities; a page offers fewer). */
const MAX_FILTER_VALUES = 50;
const Values = () => applyDecorators(IsOptional(), ArrayMaxSize(MAX_FILTER_VALUES, { context: { code: 'TOO_MANY_ITEMS', params: { max: MAX_FILTER_VALUES } } }));

@InputType({ description: 'Facet filters: within one facet any value matches (OR); between facets all must (AND).' })
export class PracticeSearchFilter {
  @Field(() => [String], { nullable: true, description: 'Topic codes.' })
  @Values()
  topics?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Smart-city dimensions.' })
  @Values()
  dimensions?: string[] | null;
  @Field(() => [Int], { nullable: true })
  @Values()
  sdgs?: number[] | null;
  @Field(() => [String], { nullable: true, description: 'Province codes, e.g. "12".' })
  @Values()
  provinceCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'City slugs, e.g. kota-medan.' })
  @Values()
  citySlugs?: string[] | null;
  @Field(() => [Int], { nullable: true, description: 'Start years of the programs.' })
  @Values()
  years?: number[] | null;
  @Field(() => [String], { nullable: true, description: "Languages a practice is written in: 'id', 'en'." })
  @Values()
  languages?: string[] | null;
}

@ObjectType('FacetCount', { description: 'A facet value and how many practices have it, counted with the other facets\' filters applied.' })
export class FacetCountType {
  @Field()
  value: string;
  @Field({ description: 'In the language of the request where the value has a label (years: the year).' })
  label: string;
  @Field(() => Int)
  count: number;
}

@ObjectType('PracticeFacets')
export class PracticeFacetsType {
  @Field(() => [FacetCountType])
  topics: FacetCountType[];
  @Field(() => [FacetCountType])
  dimensions: FacetCountType[];
  @Field(() => [FacetCountType])
  sdgs: FacetCountType[];
  @Field(() => [FacetCountType])
  provinces: FacetCountType[];
  @Field(() => [FacetCountType])
  cities: FacetCountType[];
  @Field(() => [FacetCountType], { description: 'Start year of the program.' })
  years: FacetCountType[];
  @Field(() => [FacetCountType])
  languages: FacetCountType[];
}

@ObjectType('PracticeSearchHit')
export class PracticeSearchHitType {
  @Field(() => PracticeType)
  practice: PracticeType;
  @Field({ description: "The language version that matched best ('id' | 'en')." })
  language: string;
  @Field({ description: 'The title with the matched words in <mark>…</mark>; everything else HTML-escaped.' })
  titleHtml: string;
  @Field({ description: 'A snippet of the summary and body, same rule as titleHtml.' })
  snippetHtml: string;
}

@ObjectType('PracticeSearchConnection')
export class PracticeSearchConnectionType {
  @Field(() => [PracticeSearchHitType])
  nodes: PracticeSearchHitType[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'Matching practices with every filter applied.' })
  totalCount: number | Promise<number>;
  @Field(() => PracticeFacetsType)
  facets: PracticeFacetsType | Promise<PracticeFacetsType>;
}

export enum AdoptionStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
  DROPPED = 'dropped',
}
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus', description: 'Planned, in progress, done, or dropped.' });

@ObjectType('Adoption', { description: "A city's adoption of another city's practice." })
export class AdoptionType {
  @Field(() => ID)
  id: string;
  @Field(() => AdoptionStatus)
  status: AdoptionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  adoptedOn: string | null;
  @Field(() => String, { nullable: true })
  notes: string | null;
  @Field()
  createdAt: Date;
  @Field({ description: 'True when recorded for the demo (shown as such).' })
  isDemo: boolean;
  /** Resolved by the field resolvers through loaders. */
  practiceId: string;
  cityId: number;
}

@ObjectType('CityAdoptions')
export class CityAdoptionsType {
  @Field(() => [AdoptionType], { description: 'Practices of other cities that this city adopted.' })
  adopted: AdoptionType[];
  @Field(() => [AdoptionType], { description: "Other cities' adoptions of this city's practices." })
  adoptedFromHere: AdoptionType[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const badDate = { context: { code: 'INVALID_DATE', params: {} } };

/** What an adoption says, recorded or changed: its status, since when, and notes. */
@InputType({ isAbstract: true })
class AdoptionDetailsInput {
  @Field(() => AdoptionStatus)
  status: AdoptionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, badDate)
  adoptedOn?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: 2000, required: false })
  notes?: string | null;
}

@InputType()
export class RecordAdoptionInput extends AdoptionDetailsInput {
  @Field(() => ID)
  practiceId: string;
  @Field({ description: 'The adopting city, e.g. kota-solok.' })
  @Text({ max: 200 })
  citySlug: string;
}

@InputType()
export class UpdateAdoptionInput extends AdoptionDetailsInput {
  @Field(() => ID)
  adoptionId: string;
}

@ObjectType()
export class RecordAdoptionPayload extends Payload({ adoption: () => AdoptionType }) {}
@ObjectType()
export class UpdateAdoptionPayload extends Payload({ adoption: () => AdoptionType }) {}

