import { FIRST_PRACTICE_YEAR, LAST_PRACTICE_YEAR, LAST_SDG, PRACTICE_LIMITS as LIMITS, PRACTICE_TOPICS, SMART_CITY_DIMENSIONS } from '@citybridge/domain';
import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Text } from '../common/input.js';
import { Connection } from '../common/pagination.js';
import { Payload } from '../common/payload.js';

export enum PracticeState {
  DRAFT = 'draft',
  IN_REVIEW = 'in_review',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}
registerEnumType(PracticeState, { name: 'PracticeState', description: 'Draft → in review → published (or back to draft with a comment); archived at the end.' });

export enum PracticeLanguage {
  ID = 'id',
  EN = 'en',
}
registerEnumType(PracticeLanguage, { name: 'PracticeLanguage', description: 'Bahasa Indonesia or English.' });

export enum DiffChange {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffChange, { name: 'DiffChange' });

const problem = (code: string, params: Record<string, string | number> = {}) => ({ context: { code, params } });
const SDGS = Array.from({ length: LAST_SDG }, (_, i) => i + 1);
const YEARS = { min: FIRST_PRACTICE_YEAR, max: LAST_PRACTICE_YEAR };
/** An optional year within the range practices live in. */
const Year = () => applyDecorators(IsOptional(), Min(YEARS.min, problem('INVALID_YEAR', YEARS)), Max(YEARS.max, problem('INVALID_YEAR', YEARS)));

@ObjectType('PracticeTopic', { description: 'A topic a practice can have, labelled in the language of the request.' })
export class PracticeTopicType {
  @Field()
  code: string;
  @Field()
  label: string;
}

@ObjectType('PracticeLink')
export class PracticeLinkType {
  @Field()
  url: string;
  @Field(() => String, { nullable: true })
  label: string | null;
}

@ObjectType('PracticeCost', { description: 'What it cost, as the city states it.' })
export class PracticeCostType {
  @Field(() => Float)
  amount: number;
  @Field({ description: 'ISO 4217, e.g. IDR.' })
  currency: string;
  @Field(() => Int, { nullable: true, description: 'The year the amount refers to.' })
  year: number | null;
}

@ObjectType('PracticeText', { description: 'One language version of a practice. The bodies are Markdown; the *Html fields are rendered and sanitised on the server.' })
export class PracticeTextType {
  @Field(() => PracticeLanguage)
  language: PracticeLanguage;
  @Field()
  title: string;
  @Field()
  summary: string;
  @Field()
  problem: string;
  @Field()
  approach: string;
  @Field()
  results: string;
  @Field()
  lessons: string;
}

@ObjectType('Practice', { description: "A city's case study of a program that worked." })
export class PracticeType {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true, description: 'The agency (OPD) that runs it.' })
  agency: string | null;
  @Field({ description: `One of the topic codes (practiceTopics).` })
  topic: string;
  @Field(() => [String], { description: 'Smart-city dimensions: governance, branding, economy, living, society, environment.' })
  dimensions: string[];
  @Field(() => [Int], { description: 'Sustainable Development Goals, 1 to 17.' })
  sdgs: number[];
  @Field(() => [String])
  tags: string[];
  @Field(() => PracticeCostType, { nullable: true })
  cost: PracticeCostType | null;
  @Field(() => Int, { nullable: true })
  startYear: number | null;
  @Field(() => Int, { nullable: true })
  endYear: number | null;
  @Field(() => String, { nullable: true })
  contact: string | null;
  @Field(() => [PracticeLinkType])
  links: PracticeLinkType[];
  @Field(() => PracticeState)
  state: PracticeState;
  @Field(() => Int, { description: 'Changes with every save; send it back as expectedVersion.' })
  version: number;
  @Field({ description: 'True when the practice was written for the demo (shown as such).' })
  isDemo: boolean;
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was last published.' })
  publishedAt: Date | null;
  /** The reviewer's last comment and when it was made: the `reviewComment` and `reviewedAt` fields, for writers only. */
  comment: string | null;
  commentedAt: Date | null;
  @Field(() => [PracticeTextType], { description: 'Every language version, Bahasa Indonesia first.' })
  texts: PracticeTextType[];
  @Field(() => [PracticeLanguage])
  languages: PracticeLanguage[];
  /** The rows' keys, for the loaders and the policy. */
  cityId: number;
  cityCode: string;
  authorId: string | null;
}

@ObjectType()
export class PracticeConnection extends Connection(PracticeType, 'Practice') {}

@ObjectType('PracticeRevision', { description: 'A published state of a practice.' })
export class PracticeRevisionType {
  @Field(() => Int)
  number: number;
  @Field()
  createdAt: Date;
  @Field(() => PracticeType, { description: 'The practice as it was published (its state fields as they were then).' })
  practice: PracticeType;
}

@ObjectType('DiffPart')
export class DiffPartType {
  @Field(() => DiffChange)
  change: DiffChange;
  @Field()
  text: string;
}

@ObjectType('PracticeFieldDiff', { description: 'How one field differs between two revisions: words for short fields, lines for Markdown bodies.' })
export class PracticeFieldDiffType {
  @Field({ description: 'e.g. topic, tags, texts.title' })
  field: string;
  @Field(() => PracticeLanguage, { nullable: true, description: 'For texts: which language version.' })
  language: PracticeLanguage | null;
  @Field(() => [DiffPartType])
  parts: DiffPartType[];
}

@ObjectType('PracticeRevisionDiff')
export class PracticeRevisionDiffType {
  @Field(() => Int)
  from: number;
  @Field(() => Int)
  to: number;
  @Field(() => [PracticeFieldDiffType], { description: 'Only the fields that differ.' })
  fields: PracticeFieldDiffType[];
}

@InputType()
export class PracticeFilter {
  @Field(() => String, { nullable: true, description: "Only this city's practices (its slug, e.g. kota-medan)." })
  citySlug?: string | null;
  @Field(() => PracticeState, { nullable: true, description: 'Default PUBLISHED; other states only for those who may see them (the city\'s editors and admins, platform admins) with citySlug.' })
  state?: PracticeState | null;
}

@InputType()
export class PracticeLinkInput {
  @Field()
  @Text({ max: LIMITS.url })
  @Matches(/^https?:\/\/[^\s/$.?#][^\s]*$/i, problem('INVALID_URL'))
  url: string;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.linkLabel, required: false })
  label?: string | null;
}

@InputType()
export class PracticeTextInput {
  @Field(() => PracticeLanguage)
  language: PracticeLanguage;
  @Field()
  @Text({ max: LIMITS.title })
  title: string;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.summary, required: false })
  summary?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.body, required: false })
  problem?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.body, required: false })
  approach?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.body, required: false })
  results?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.body, required: false })
  lessons?: string | null;
}

/** Everything a writer states about a practice; a save replaces all of it (languages left out are removed). */
@InputType({ isAbstract: true })
export class PracticeFieldsInput {
  @Field(() => [PracticeTextInput], { description: 'One per language, at least one.' })
  @ArrayMinSize(1, problem('TEXT_REQUIRED'))
  @ArrayMaxSize(2, problem('DUPLICATE_LANGUAGE'))
  @ValidateNested({ each: true })
  @Type(() => PracticeTextInput)
  texts: PracticeTextInput[];

  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.agency, required: false })
  agency?: string | null;

  @Field({ description: 'A code of practiceTopics.' })
  @IsIn(PRACTICE_TOPICS as unknown as string[], problem('UNKNOWN_TOPIC'))
  topic: string;

  @Field(() => [String], { nullable: true, description: 'Subset of governance, branding, economy, living, society, environment.' })
  @IsOptional()
  @IsIn(SMART_CITY_DIMENSIONS as unknown as string[], { each: true, ...problem('UNKNOWN_DIMENSION') })
  dimensions?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' })
  @IsOptional()
  @IsIn(SDGS, { each: true, ...problem('UNKNOWN_SDG') })
  sdgs?: number[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.tags, problem('TOO_MANY_ITEMS', { max: LIMITS.tags }))
  @MaxLength(LIMITS.tag, { each: true, ...problem('TOO_LONG', { max: LIMITS.tag }) })
  tags?: string[] | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, problem('NEGATIVE_AMOUNT'))
  @Max(1e15, problem('TOO_LARGE'))
  costAmount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. IDR.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, problem('INVALID_CURRENCY'))
  costCurrency?: string | null;

  @Field(() => Int, { nullable: true })
  @Year()
  costYear?: number | null;

  @Field(() => Int, { nullable: true })
  @Year()
  startYear?: number | null;

  @Field(() => Int, { nullable: true })
  @Year()
  endYear?: number | null;

  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.contact, required: false })
  contact?: string | null;

  @Field(() => [PracticeLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.links, problem('TOO_MANY_ITEMS', { max: LIMITS.links }))
  @ValidateNested({ each: true })
  @Type(() => PracticeLinkInput)
  links?: PracticeLinkInput[] | null;
}

@InputType()
export class CreatePracticeInput extends PracticeFieldsInput {
  @Field({ description: 'The city the practice belongs to, e.g. kota-medan.' })
  @Text({ max: 200 })
  citySlug: string;
}

@InputType()
export class UpdatePracticeInput extends PracticeFieldsInput {
  @Field(() => ID)
  practiceId: string;
  @Field(() => Int, { description: 'The version the edit started from; an older one than stored is refused with STALE_VERSION.' })
  expectedVersion: number;
}

@InputType()
export class SubmitPracticeInput {
  @Field(() => ID)
  practiceId: string;
  @Field(() => Int, { nullable: true, description: 'When given, refused with STALE_VERSION if the practice changed since.' })
  expectedVersion?: number | null;
}

@InputType()
export class PublishPracticeInput {
  @Field(() => ID)
  practiceId: string;
  @Field(() => String, { nullable: true, description: 'A note for the author.' })
  @Text({ max: LIMITS.reviewComment, required: false })
  comment?: string | null;
}

@InputType()
export class ReturnPracticeInput {
  @Field(() => ID)
  practiceId: string;
  @Field({ description: 'What the author should change.' })
  @Text({ max: LIMITS.reviewComment })
  comment: string;
}

@InputType()
export class ArchivePracticeInput {
  @Field(() => ID)
  practiceId: string;
}

@ObjectType()
export class CreatePracticePayload extends Payload({ practice: () => PracticeType }) {}
@ObjectType()
export class UpdatePracticePayload extends Payload({ practice: () => PracticeType }) {}
@ObjectType()
export class SubmitPracticePayload extends Payload({ practice: () => PracticeType }) {}
@ObjectType()
export class PublishPracticePayload extends Payload({ practice: () => PracticeType }) {}
@ObjectType()
export class ReturnPracticePayload extends Payload({ practice: () => PracticeType }) {}
@ObjectType()
export class ArchivePracticePayload extends Payload({ practice: () => PracticeType }) {}
