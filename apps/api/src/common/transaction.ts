import { AsyncLocalStorage } from 'node:async_hooks';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';

const storage = new AsyncLocalStorage<EntityManager>();
const TRANSACTION = 'citybridge:transaction';

/** Runs the mutation in one transaction; services reach it through TransactionalConnection. */
export const Transaction = () => SetMetadata(TRANSACTION, true);

/**
 * The manager of the current mutation's transaction, or the plain one outside a transaction.
 * Services never open transactions themselves: the edge (the resolver) decides the scope.
 */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return storage.getStore() ?? this.dataSource.manager;
  }

  /** For work outside GraphQL (jobs, seeding): runs fn in a transaction of its own. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => storage.run(manager, fn));
  }
}

/**
 * A mutation whose payload carries userErrors must not leave half its writes behind: when the
 * payload has errors the transaction rolls back.
 */
class RollbackForUserErrors extends Error {
  constructor(readonly payload: unknown) {
    super('rollback');
  }
}

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly connection: TransactionalConnection,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(TRANSACTION, context.getHandler())) return next.handle();
    const work = this.connection
      .run(async () => {
        const payload = await lastValueFrom(next.handle());
        const errors = (payload as { userErrors?: unknown[] } | null)?.userErrors;
        if (errors?.length) throw new RollbackForUserErrors(payload);
        return payload;
      })
      .catch((error) => {
        if (error instanceof RollbackForUserErrors) return error.payload;
        throw error;
      });
    return from(work);
  }
}
