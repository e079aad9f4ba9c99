import { VISIT_LIMITS as LIMITS } from '@citybridge/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Email, Text } from '../common/input.js';
import type { CityType } from '../cities/cities.types.js';
import { Connection } from '../common/pagination.js';
import { PRELOADED } from '../common/preloaded.js';
import { Payload } from '../common/payload.js';

export enum VisitStateEnum {
  REQUESTED = 'requested',
  PROPOSED = 'proposed',
  CONFIRMED = 'confirmed',
  DECLINED = 'declined',
  WITHDRAWN = 'withdrawn',
  CANCELLED = 'cancelled',
  COMPLETED = 'completed',
}
registerEnumType(VisitStateEnum, {
  name: 'VisitState',
  description: 'Requested → confirmed, or proposed (other windows) → confirmed; declined, withdrawn, cancelled and completed are final.',
});

export enum VisitActionEnum {
  CONFIRM = 'CONFIRM',
  PROPOSE = 'PROPOSE',
  DECLINE = 'DECLINE',
  ACCEPT = 'ACCEPT',
  WITHDRAW = 'WITHDRAW',
  RESCHEDULE = 'RESCHEDULE',
  CANCEL = 'CANCEL',
  COMPLETE = 'COMPLETE',
}
registerEnumType(VisitActionEnum, { name: 'VisitAction', description: 'A step of the visit workflow (packages/domain visit.ts).' });

export enum VisitSideEnum {
  HOST = 'host',
  VISITING = 'visiting',
}
registerEnumType(VisitSideEnum, { name: 'VisitSide', description: 'The host city or the visiting city.' });

const problem = (code: string, params: Record<string, string | number> = {}) => ({ context: { code, params } });

@ObjectType('VisitWindow', { description: 'A time offered for the visit.' })
export class VisitWindowType {
  @Field(() => ID)
  id: string;
  @Field()
  startsAt: Date;
  @Field()
  endsAt: Date;
  @Field(() => VisitSideEnum)
  proposedBy: VisitSideEnum;
}

@ObjectType('VisitDelegate', { description: 'A member of the visiting delegation.' })
export class VisitDelegateType {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field()
  title: string;
  @Field()
  agency: string;
  @Field(() => String, { nullable: true })
  email: string | null;
  @Field()
  isLeader: boolean;
}

@ObjectType('VisitHostParticipant', { description: "Who receives the delegation on the host's side." })
export class VisitHostParticipantType {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  agency: string | null;
  @Field(() => String, { nullable: true })
  role: string | null;
}

@ObjectType('VisitAgendaItem')
export class VisitAgendaItemType {
  @Field(() => ID)
  id: string;
  @Field()
  startsAt: Date;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  presenter: string | null;
  practiceId: string | null;
}

@ObjectType('VisitEvent', { description: "A step of the visit's timeline." })
export class VisitEventType {
  @Field(() => ID)
  id: string;
  @Field()
  at: Date;
  @Field({ description: 'REQUEST, CONFIRM, PROPOSE, …, EDIT, REPORT.' })
  action: string;
  @Field(() => VisitSideEnum, { nullable: true })
  side: VisitSideEnum | null;
  @Field(() => VisitStateEnum, { nullable: true })
  fromState: VisitStateEnum | null;
  @Field(() => VisitStateEnum, { nullable: true })
  toState: VisitStateEnum | null;
  @Field(() => String, { nullable: true, description: 'Who took the step (display name).' })
  actorName: string | null;
  @Field(() => String, { nullable: true, description: 'The reason or message given, if any.' })
  detail: string | null;
}

@ObjectType('Visit', { description: "A working visit (kunjungan kerja) of one city's delegation to another city. Times are UTC; show them in hostTimeZone." })
export class VisitType {
  @Field(() => ID)
  id: string;
  @Field(() => VisitStateEnum)
  state: VisitStateEnum;
  @Field()
  purpose: string;
  @Field(() => [String])
  topics: string[];
  @Field({ description: 'Shown only to the two cities.' })
  isPrivate: boolean;
  @Field({ description: 'Made for the demo (shown as such).' })
  isDemo: boolean;
  @Field({ description: 'IANA zone the host enters and shows times in.' })
  hostTimeZone: string;
  @Field(() => Date, { nullable: true, description: 'The confirmed slot.' })
  startsAt: Date | null;
  @Field(() => Date, { nullable: true })
  endsAt: Date | null;
  @Field(() => String, { nullable: true })
  venue: string | null;
  @Field(() => Int, { description: 'iCalendar SEQUENCE: grows on every reschedule, cancellation and change of the slot.' })
  sequence: number;
  @Field(() => Float, { nullable: true })
  travelBudget: number | null;
  @Field()
  currency: string;
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
  /** The rows' keys, for the loaders and the policy. */
  visitingCityId: number;
  hostCityId: number;
  visitingCityCode: string;
  hostCityCode: string;
  /** The two cities, when a list brought what the query asks of them (answered before the resolvers). */
  [PRELOADED]?: { visitingCity: CityType; hostCity: CityType };
}

@ObjectType()
export class VisitConnection extends Connection(VisitType, 'Visit') {}

@ObjectType('AvailabilityRule', { description: 'A weekly opening, in the city\'s zone.' })
export class AvailabilityRuleType {
  @Field(() => Int, { description: 'ISO weekday: Monday 1 … Sunday 7.' })
  weekday: number;
  @Field({ description: '"08:00"' })
  startTime: string;
  @Field()
  endTime: string;
}

@ObjectType('AvailabilityException', { description: 'A day that differs from the weekly rules.' })
export class AvailabilityExceptionType {
  @Field({ description: '"2026-12-25"' })
  date: string;
  @Field({ description: 'false: closed that day; true: open startTime–endTime.' })
  available: boolean;
  @Field(() => String, { nullable: true })
  startTime: string | null;
  @Field(() => String, { nullable: true })
  endTime: string | null;
  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('BusySlot', { description: 'A confirmed visit\'s slot, without its details.' })
export class BusySlotType {
  @Field()
  startsAt: Date;
  @Field()
  endsAt: Date;
}

@ObjectType('VisitAvailability', { description: 'When a city receives visits.' })
export class VisitAvailabilityType {
  @Field()
  citySlug: string;
  @Field({ description: 'IANA zone of the rules.' })
  timeZone: string;
  @Field(() => Int, { description: 'Visits it receives at once.' })
  capacity: number;
  @Field({ description: 'True when the city published no rules: Monday–Friday 08:00–16:00 then applies.' })
  isDefault: boolean;
  @Field(() => [AvailabilityRuleType])
  rules: AvailabilityRuleType[];
  @Field(() => [AvailabilityExceptionType])
  exceptions: AvailabilityExceptionType[];
  @Field(() => [BusySlotType], { description: 'Confirmed slots in [from, to).' })
  busy: BusySlotType[];
}

// Inputs

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: "A time window as LOCAL date-times in the host's zone, e.g. 2018-10-05T09:00." })
export class VisitWindowInput {
  @Field()
  @Matches(LOCAL_DATE_TIME, problem('INVALID_DATE'))
  start: string;
  @Field()
  @Matches(LOCAL_DATE_TIME, problem('INVALID_DATE'))
  end: string;
}

@InputType()
export class VisitDelegateInput {
  @Field()
  @Text({ max: LIMITS.nameMax })
  name: string;
  @Field()
  @Text({ max: LIMITS.nameMax })
  title: string;
  @Field()
  @Text({ max: LIMITS.nameMax })
  agency: string;
  @Field(() => String, { nullable: true })
  @Email({ required: false })
  email?: string | null;
  @Field({ defaultValue: false })
  @IsBoolean(problem('REQUIRED'))
  isLeader: boolean;
}

@InputType()
export class VisitHostParticipantInput {
  @Field()
  @Text({ max: LIMITS.nameMax })
  name: string;
  @Field()
  @Text({ max: LIMITS.nameMax })
  title: string;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.nameMax, required: false })
  agency?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.nameMax, required: false })
  role?: string | null;
}

@InputType()
export class VisitAgendaItemInput {
  @Field({ description: "LOCAL date-time in the host's zone." })
  @Matches(LOCAL_DATE_TIME, problem('INVALID_DATE'))
  start: string;
  @Field()
  @Text({ max: LIMITS.nameMax })
  title: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  practiceId?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.nameMax, required: false })
  presenter?: string | null;
}

/** Windows: 1 to 3, each checked (end after start, not in the past) by the service. */
const Windows = () => (target: object, key: string) => {
  Field(() => [VisitWindowInput])(target, key);
  ArrayMinSize(LIMITS.minWindows, problem('REQUIRED'))(target, key);
  ArrayMaxSize(LIMITS.maxWindows, problem('TOO_MANY_WINDOWS', { max: LIMITS.maxWindows }))(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => VisitWindowInput)(target, key);
};

const Delegation = () => (target: object, key: string) => {
  Field(() => [VisitDelegateInput], { description: `1 to ${LIMITS.maxDelegates} people, exactly one of them the leader.` })(target, key);
  ArrayMinSize(LIMITS.minDelegates, problem('NO_DELEGATION'))(target, key);
  ArrayMaxSize(LIMITS.maxDelegates, problem('TOO_MANY_DELEGATES', { max: LIMITS.maxDelegates }))(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => VisitDelegateInput)(target, key);
};

@InputType()
export class RequestVisitInput {
  @Field(() => ID, { description: "The visiting city's id (City.id, e.g. 13.72)." })
  @Text({ max: 20 })
  visitingCityId: string;
  @Field(() => ID, { description: "The host city's id." })
  @Text({ max: 20 })
  hostCityId: string;
  @Field()
  @Text({ max: LIMITS.purposeMax })
  purpose: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.topicsMax, problem('TOO_MANY_ITEMS', { max: LIMITS.topicsMax }))
  @MaxLength(LIMITS.topicMax, { each: true, ...problem('TOO_LONG', { max: LIMITS.topicMax }) })
  topics?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "Published practices of the host city to study." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.practicesMax, problem('TOO_MANY_ITEMS', { max: LIMITS.practicesMax }))
  practiceIds?: string[] | null;
  @Windows()
  windows: VisitWindowInput[];
  @Delegation()
  delegation: VisitDelegateInput[];
  @Field(() => Float, { nullable: true, description: 'In IDR.' })
  @IsOptional()
  @Min(0, problem('NEGATIVE_AMOUNT'))
  @Max(1e13, problem('TOO_LARGE'))
  travelBudget?: number | null;
  @Field({ defaultValue: false, description: 'Hidden from the public even once confirmed.' })
  @IsOptional()
  isPrivate?: boolean;
}

@InputType()
export class ConfirmVisitInput {
  @Field(() => ID)
  visitId: string;
  @Field(() => ID, { description: "One of the current windows (the visiting city's)." })
  windowId: string;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.venueMax, required: false })
  venue?: string | null;
}

@InputType()
export class ProposeVisitWindowsInput {
  @Field(() => ID)
  visitId: string;
  @Windows()
  windows: VisitWindowInput[];
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.reasonMax, required: false })
  message?: string | null;
}

@InputType()
export class VisitReasonInput {
  @Field(() => ID)
  visitId: string;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.reasonMax, required: false })
  reason?: string | null;
}

@InputType()
export class AcceptVisitProposalInput {
  @Field(() => ID)
  visitId: string;
  @Field(() => ID, { description: "One of the host's current windows." })
  windowId: string;
}

@InputType()
export class RescheduleVisitInput {
  @Field(() => ID)
  visitId: string;
  @Windows()
  windows: VisitWindowInput[];
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.reasonMax, required: false })
  reason?: string | null;
}

@InputType()
export class CompleteVisitInput {
  @Field(() => ID)
  visitId: string;
}

@InputType()
export class UpdateVisitDelegationInput {
  @Field(() => ID)
  visitId: string;
  @Delegation()
  delegation: VisitDelegateInput[];
}

@InputType()
export class UpdateVisitHostingInput {
  @Field(() => ID)
  visitId: string;
  @Field(() => String, { nullable: true })
  @Text({ max: LIMITS.venueMax, required: false })
  venue?: string | null;
  @Field(() => [VisitHostParticipantInput], { nullable: true, description: 'Left out: unchanged.' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.hostParticipantsMax, problem('TOO_MANY_ITEMS', { max: LIMITS.hostParticipantsMax }))
  @ValidateNested({ each: true })
  @Type(() => VisitHostParticipantInput)
  hostParticipants?: VisitHostParticipantInput[] | null;
  @Field(() => [VisitAgendaItemInput], { nullable: true, description: 'Left out: unchanged.' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.agendaMax, problem('TOO_MANY_ITEMS', { max: LIMITS.agendaMax }))
  @ValidateNested({ each: true })
  @Type(() => VisitAgendaItemInput)
  agenda?: VisitAgendaItemInput[] | null;
}

@InputType()
export class AvailabilityRuleInput {
  @Field(() => Int, { description: 'ISO weekday: Monday 1 … Sunday 7.' })
  @Min(1, problem('INVALID_WEEKDAY'))
  @Max(7, problem('INVALID_WEEKDAY'))
  weekday: number;
  @Field({ description: '"08:00"' })
  @Matches(TIME, problem('INVALID_TIME'))
  startTime: string;
  @Field()
  @Matches(TIME, problem('INVALID_TIME'))
  endTime: string;
}

@InputType()
export class AvailabilityExceptionInput {
  @Field({ description: '"2026-12-25"' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, problem('INVALID_DATE'))
  date: string;
  @Field()
  @IsBoolean(problem('REQUIRED'))
  available: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, problem('INVALID_TIME'))
  startTime?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, problem('INVALID_TIME'))
  endTime?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: 200, required: false })
  note?: string | null;
}

@InputType()
export class SetVisitAvailabilityInput {
  @Field()
  @Text({ max: 200 })
  citySlug: string;
  @Field(() => Int)
  @Min(1, problem('INVALID_CAPACITY', { max: LIMITS.capacityMax }))
  @Max(LIMITS.capacityMax, problem('INVALID_CAPACITY', { max: LIMITS.capacityMax }))
  capacity: number;
  @Field(() => String, { nullable: true, description: "IANA zone; default the province's." })
  @Text({ max: 64, required: false })
  timeZone?: string | null;
  @Field(() => [AvailabilityRuleInput], { description: 'Empty: the default Monday–Friday 08:00–16:00.' })
  @ArrayMaxSize(50, problem('TOO_MANY_ITEMS', { max: 50 }))
  @ValidateNested({ each: true })
  @Type(() => AvailabilityRuleInput)
  rules: AvailabilityRuleInput[];
  @Field(() => [AvailabilityExceptionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400, problem('TOO_MANY_ITEMS', { max: 400 }))
  @ValidateNested({ each: true })
  @Type(() => AvailabilityExceptionInput)
  exceptions?: AvailabilityExceptionInput[] | null;
}

@ObjectType()
export class RequestVisitPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class ConfirmVisitPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class ProposeVisitWindowsPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class DeclineVisitPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class WithdrawVisitPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class AcceptVisitProposalPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class RescheduleVisitPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class CancelVisitPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class CompleteVisitPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class UpdateVisitDelegationPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class UpdateVisitHostingPayload extends Payload({ visit: () => VisitType }) {}
@ObjectType()
export class SetVisitAvailabilityPayload extends Payload({ availability: () => VisitAvailabilityType }) {}
