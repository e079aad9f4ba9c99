import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

const storage = new AsyncLocalStorage<EntityManager>();

/**
 * The manager of the current mutation's transaction, or the plain one outside a transaction.
 * Services never open transactions themselves: every mutation runs in one (MutationInterceptor).
 */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return storage.getStore() ?? this.dataSource.manager;
  }

  /** Runs fn in a transaction of its own: every mutation (MutationInterceptor), jobs, seeding. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => storage.run(manager, fn));
  }
}
