import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Text } from '../../common/input.js';
import { Payload } from '../../common/payload.js';
import { AdoptionStatus } from '../../practices/practice-search.types.js';
import { VisitType } from '../visits.types.js';

export const REPORT_LIMITS = { summary: 2000, learnings: 10000, followUps: 50, adoptions: 20, action: 500, ownerAgency: 200, notes: 2000 } as const;

export enum FollowUpStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
  DROPPED = 'dropped',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'Planned, in progress, done, or dropped.' });

@ObjectType('VisitFollowUp', { description: 'A follow-up action (rencana tindak lanjut) of a visit report.' })
export class VisitFollowUpType {
  @Field(() => ID)
  id: string;
  @Field()
  action: string;
  @Field({ description: 'The agency (OPD) that carries it out.' })
  ownerAgency: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;
  @Field(() => FollowUpStatus)
  status: FollowUpStatus;
}

@ObjectType('VisitReport', { description: "The visiting city's report after a completed visit." })
export class VisitReportType {
  @Field({ description: 'Public, with the visit.' })
  summary: string;
  @Field(() => String, { nullable: true, description: 'Null for those who may not see the visit details.' })
  learnings: string | null;
  @Field(() => [VisitFollowUpType], { nullable: true, description: 'Null for those who may not see the visit details.' })
  followUps: VisitFollowUpType[] | null;
  @Field(() => String, { nullable: true, description: 'Where the report comes from when it was not filed here (e.g. a news article).' })
  source: string | null;
  @Field()
  filedAt: Date;
  @Field()
  updatedAt: Date;
  @Field(() => String, { nullable: true })
  filedByName: string | null;
  @Field({ description: 'True when written for the demo (shown as such).' })
  isDemo: boolean;
}

@ObjectType('VisitCost', { description: 'What a visit cost beside what it produced.' })
export class VisitCostType {
  @Field(() => Int)
  delegationSize: number;
  @Field(() => Int, { description: "Calendar days from start to end in the host's zone; 0 while there is no slot." })
  days: number;
  @Field(() => Float, { nullable: true })
  travelBudget: number | null;
  @Field()
  currency: string;
  @Field(() => Int, { description: 'Adoptions linked to the visit, not dropped.' })
  adoptionCount: number;
  @Field(() => Float, { nullable: true, description: 'Travel budget per adoption; null without a budget or an adoption.' })
  costPerAdoption: number | null;
}

@ObjectType('VisitOutcome')
export class VisitOutcomeType {
  @Field(() => VisitType)
  visit: VisitType;
  @Field(() => VisitCostType)
  cost: VisitCostType;
  @Field(() => Int, { description: 'Follow-up actions, not dropped.' })
  followUpCount: number;
  @Field(() => Int)
  adoptionCount: number;
  @Field({ description: 'An adoption or a follow-up action (not dropped) came of it.' })
  hasCommitment: boolean;
}

@ObjectType('VisitCostTotal', { description: "A city's completed visits in one currency." })
export class VisitCostTotalType {
  @Field()
  currency: string;
  @Field(() => Int)
  visitCount: number;
  @Field(() => Float)
  travelBudget: number;
  @Field(() => Int)
  adoptionCount: number;
  @Field(() => Float, { nullable: true })
  costPerAdoption: number | null;
}

@ObjectType('CityVisitOutcomes', { description: 'The completed visits a city made: their cost and what they produced.' })
export class CityVisitOutcomesType {
  @Field()
  citySlug: string;
  @Field(() => [VisitOutcomeType], { description: 'Newest first.' })
  visits: VisitOutcomeType[];
  @Field(() => [VisitCostTotalType])
  totals: VisitCostTotalType[];
  @Field(() => [VisitType], { description: 'Completed visits with no adoption and no follow-up action (not dropped).' })
  withoutCommitment: VisitType[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const badDate = { context: { code: 'INVALID_DATE', params: {} } };

@InputType()
export class VisitFollowUpInput {
  @Field(() => ID, { nullable: true, description: 'An existing follow-up of this report, to keep its id.' })
  @IsOptional()
  id?: string | null;
  @Field()
  @Text({ max: REPORT_LIMITS.action })
  action: string;
  @Field()
  @Text({ max: REPORT_LIMITS.ownerAgency })
  ownerAgency: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, badDate)
  dueOn?: string | null;
  @Field(() => FollowUpStatus)
  status: FollowUpStatus;
}

@InputType()
export class VisitAdoptionInput {
  @Field(() => ID)
  practiceId: string;
  @Field(() => AdoptionStatus)
  status: AdoptionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, badDate)
  adoptedOn?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: REPORT_LIMITS.notes, required: false })
  notes?: string | null;
}

@InputType()
export class FileVisitReportInput {
  @Field(() => ID)
  visitId: string;
  @Field()
  @Text({ max: REPORT_LIMITS.summary })
  summary: string;
  @Field()
  @Text({ max: REPORT_LIMITS.learnings })
  learnings: string;
  @Field(() => [VisitFollowUpInput], { description: 'Replaces the list.' })
  @ArrayMaxSize(REPORT_LIMITS.followUps, { context: { code: 'TOO_MANY_FOLLOW_UPS', params: { max: REPORT_LIMITS.followUps } } })
  @ValidateNested({ each: true })
  @Type(() => VisitFollowUpInput)
  followUps: VisitFollowUpInput[];
  @Field(() => [VisitAdoptionInput], { nullable: true, description: 'Adoptions to record for the visiting city and link to the visit.' })
  @IsOptional()
  @ArrayMaxSize(REPORT_LIMITS.adoptions, { context: { code: 'TOO_MANY_ADOPTIONS', params: { max: REPORT_LIMITS.adoptions } } })
  @ValidateNested({ each: true })
  @Type(() => VisitAdoptionInput)
  adoptions?: VisitAdoptionInput[] | null;
}

@InputType()
export class UpdateVisitFollowUpInput {
  @Field(() => ID)
  followUpId: string;
  @Field(() => FollowUpStatus)
  status: FollowUpStatus;
}

@ObjectType()
export class FileVisitReportPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class UpdateVisitFollowUpPayload extends Payload({ followUp: () => VisitFollowUpType }) {}
