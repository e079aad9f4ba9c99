import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FailedJob', { description: 'A background job that failed its last retry (platform admins).' })
export class FailedJobType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'The queue, e.g. send-email.' })
  queue: string;
  @Field(() => Int)
  retryCount: number;
  @Field(() => String, { nullable: true, description: 'The last error, as the job reported it.' })
  error: string | null;
  @Field(() => String, { nullable: true, description: 'The dead-letter queue the job was copied to.' })
  deadLetterQueue: string | null;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  failedAt: Date | null;
}
