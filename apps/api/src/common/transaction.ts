import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScopedStorage } from './scoped-storage.js';

const storage = new ScopedStorage<EntityManager>();

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
