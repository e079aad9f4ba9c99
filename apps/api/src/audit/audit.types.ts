import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id: string;
  @Field()
  at: Date;
  @Field({ description: 'e.g. membership.changeRole, invitation.create, representation.approved' })
  action: string;
  @Field()
  entityType: string;
  @Field()
  entityId: string;
  @Field(() => String, { nullable: true, description: 'JSON of the state before (secrets removed).' })
  before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the state after (secrets removed).' })
  after: string | null;
  actorId: string | null;
  cityId: number | null;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  citySlug?: string | null;
  @Field(() => String, { nullable: true })
  userEmail?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive).' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until this moment (exclusive).' })
  to?: Date | null;
}
