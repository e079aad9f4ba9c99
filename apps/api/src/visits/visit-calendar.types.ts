import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Text } from '../common/input.js';
import { Payload } from '../common/payload.js';

@ObjectType('CalendarFeed', { description: "A city's subscribable calendar of its visits (hosted and made)." })
export class CalendarFeedType {
  @Field()
  citySlug: string;

  @Field({ description: 'The feed with its secret token (private visits and rosters included). Rotating the token makes the old URL useless.' })
  url: string;

  @Field({ description: 'The feed without a token: public visits only.' })
  publicUrl: string;

  @Field({ description: 'When the current token was made.' })
  createdAt: Date;
}

@InputType()
export class RotateCalendarFeedTokenInput {
  @Field({ description: 'The city, e.g. kota-medan.' })
  @Text({ max: 200 })
  citySlug: string;
}

@ObjectType()
export class RotateCalendarFeedTokenPayload extends Payload({ feed: () => CalendarFeedType }) {}
