import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('__Pascal__Status', { description: 'Whether __kebab__ is available.' })
export class __Pascal__StatusType {
  @Field()
  domain: string;
  @Field({ description: 'In the language of the request.' })
  message: string;
}
