import { Global, Module } from '@nestjs/common';
import { UsersService } from '../auth/users.service.js';
import { PolicyResources } from '../policy/policy-resources.service.js';
import { SqlReader } from './sql-reader.js';
import { TransactionalConnection, TransactionInterceptor } from './transaction.js';

/** What every domain module uses: the transaction-bound connection, the policy's resource finder, user lookups. */
@Global()
@Module({
  providers: [TransactionalConnection, TransactionInterceptor, PolicyResources, UsersService, SqlReader],
  exports: [TransactionalConnection, TransactionInterceptor, PolicyResources, UsersService, SqlReader],
})
export class CoreModule {}
