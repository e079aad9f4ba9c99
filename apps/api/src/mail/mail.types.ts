import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('OutboxEmail', { description: 'A mail in the outbox (the mailbox page at /dev/mailbox; only in demo mode).' })
export class OutboxEmailType {
  @Field(() => ID)
  id: string;
  @Field()
  to: string;
  @Field()
  subject: string;
  @Field()
  text: string;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
  @Field(() => String, { nullable: true, description: 'smtp, or log when no SMTP_URL is set.' })
  transport: string | null;
}
