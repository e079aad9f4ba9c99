import { isAllowed } from '@citybridge/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { unusableValue } from '../common/input.js';
import { message } from '../common/messages.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import { OperationPolicy, POLICY } from './allow.decorator.js';

export function denied(context: GraphQLContext, signedIn: boolean): GraphQLError {
  const code = signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED';
  // NestJS answers GraphQL errors with HTTP 200 (nestjs/graphql#2940); the code tells 401 from 403.
  return new GraphQLError(message(context.auth.language, `errors.${code}`), { extensions: { code } });
}

/**
 * Asks the policy (packages/domain) before every query and mutation. Deny by default: an operation
 * that declares no policy is refused (and test/policy-matrix.int-spec.ts fails).
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly modules: ModuleRef,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (execution.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(execution);
    const context = gql.getContext<GraphQLContext>();
    const policy = this.reflector.get<OperationPolicy | undefined>(POLICY, execution.getHandler());
    if (!policy) throw denied(context, true);
    if ('public' in policy) return true;

    const actor = await context.auth.actor();
    const lookup = policy.resource;
    const key = lookup?.keyOf(gql.getArgs());
    // A key no record can have (NUL, a lone surrogate) is not looked up; the input pipe refuses it.
    const resource = lookup ? (unusableValue(key, '') ? null : await this.modules.get(lookup.finder, { strict: false }).find(key)) : {};
    // A thing that does not exist: signed-in callers get the service's NOT_FOUND userError (or the pipe's).
    if (resource === null) {
      if (actor) return true;
      throw denied(context, false);
    }
    if (isAllowed(actor, policy.action, resource)) return true;
    throw denied(context, actor !== null);
  }
}
