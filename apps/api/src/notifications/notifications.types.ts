import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Connection } from '../common/pagination.js';
import { Payload } from '../common/payload.js';

@ObjectType('Notification', { description: 'A notice for the signed-in user, written in the language of the request.' })
export class NotificationType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Stable key, e.g. visit.confirmed, visit.reminder, visit.followUpReminder.' })
  kind: string;
  @Field(() => ID, { nullable: true, description: 'What it is about: the visit for every visit.* kind.' })
  subjectId: string | null;
  @Field(() => String, { nullable: true, description: 'The app path it opens, e.g. /kunjungan/<id>.' })
  link: string | null;
  @Field()
  title: string;
  @Field()
  body: string;
  @Field(() => Date, { nullable: true })
  readAt: Date | null;
  @Field()
  createdAt: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationType, 'Notification') {}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notices (the user’s own; others are ignored).' })
  @IsOptional()
  @ArrayMaxSize(100, { context: { code: 'TOO_MANY', params: { max: 100 } } })
  ids?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Every unread notice of the user.' })
  @IsOptional()
  all?: boolean | null;
}

@ObjectType()
export class MarkNotificationsReadPayload extends Payload({}) {
  @Field(() => Int, { nullable: true, description: 'How many became read.' })
  markedCount: number | null;
  @Field(() => Int, { nullable: true, description: 'Unread notices left.' })
  unreadCount: number | null;
}
