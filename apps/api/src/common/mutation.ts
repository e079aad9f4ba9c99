import { CallHandler, createParamDecorator, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLResolveInfo, getNamedType, isNonNullType } from 'graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { InvalidInput } from './input.js';
import { runInRequest } from './request-context.js';
import type { GraphQLContext } from './request-loaders.js';
import { ScopedStorage } from './scoped-storage.js';
import { TransactionalConnection } from './transaction.js';
import { UserError, UserErrors } from './user-errors.js';

const collectors = new ScopedStorage<UserErrors>();

/** The running mutation's userErrors collector. */
export function mutationErrors(): UserErrors {
  const errors = collectors.getStore();
  if (!errors) throw new Error('userErrors are collected in mutations only');
  return errors;
}

/** Resolver parameter: the collector a mutation's services add its expected failures to. */
export const Errors = createParamDecorator((): UserErrors => mutationErrors());

/** Thrown inside the transaction when the mutation has userErrors, so it rolls back. */
class RollBack extends Error {}

/** The payload of a failed mutation: userErrors, false for the non-null (Boolean) fields, null for the others. */
function failedPayload(info: GraphQLResolveInfo, userErrors: UserError[]): Record<string, unknown> {
  const fields = (getNamedType(info.returnType) as GraphQLObjectType).getFields();
  return Object.fromEntries(Object.values(fields).map((f) => [f.name, f.name === 'userErrors' ? userErrors : isNonNullType(f.type) ? false : null]));
}

/**
 * Global (APP_INTERCEPTOR), so no mutation can do without it: each root mutation runs in one
 * transaction with a userErrors collector. Invalid input (from InputValidationPipe) and any error a
 * service adds roll the whole mutation back and answer the failed payload; a thrown error rolls
 * back and stays an error. Queries and field resolvers pass through.
 */
@Injectable()
export class MutationInterceptor implements NestInterceptor {
  constructor(private readonly connection: TransactionalConnection) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(execution);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType !== info.schema.getMutationType()) return next.handle();

    const context = gql.getContext<GraphQLContext>();
    const errors = new UserErrors(context.auth.language);
    const work = runInRequest(context.request, () =>
      this.connection.run(() =>
        collectors.run(errors, async () => {
        const data = await lastValueFrom(next.handle()).catch((error) => {
          if (!(error instanceof InvalidInput)) throw error;
          for (const p of error.problems) errors.add(p.field, p.code, p.params);
        });
          if (errors.any) throw new RollBack();
          return { ...(data as object), userErrors: [] };
        }),
      ),
    );
    return from(
      work.catch((error) => {
        if (error instanceof RollBack) return failedPayload(info, errors.list);
        throw error;
      }),
    );
  }
}
