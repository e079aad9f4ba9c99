import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { denied } from '../policy/policy.guard.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { SignedInUser } from './request-auth.js';

/**
 * The signed-in caller, for operations whose policy requires one (the guard has already refused
 * anonymous callers; refusing here too means a policy slip cannot reach a service with null).
 */
export const CurrentUser = createParamDecorator(async (_: unknown, execution: ExecutionContext): Promise<SignedInUser> => {
  const context = GqlExecutionContext.create(execution).getContext<GraphQLContext>();
  const user = await context.auth.user();
  if (!user) throw denied(context, false);
  return user;
});
