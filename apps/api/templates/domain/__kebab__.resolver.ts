import { Context, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/request-loaders.js';
import { Public } from '../policy/allow.decorator.js';
import { __Pascal__Service } from './__kebab__.service.js';
import { __Pascal__StatusType } from './__kebab__.types.js';

@Resolver()
export class __Pascal__Resolver {
  constructor(private readonly __camel__: __Pascal__Service) {}

  @Public()
  @Query(() => __Pascal__StatusType, { description: 'Whether __kebab__ is available, in the language of the request.' })
  __camel__Status(@Context() ctx: GraphQLContext): __Pascal__StatusType {
    return this.__camel__.status(ctx.auth.language);
  }
}
