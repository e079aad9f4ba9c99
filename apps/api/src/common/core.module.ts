import { Global, Module } from '@nestjs/common';
import { UsersService } from '../auth/users.service.js';
import { TransactionalConnection } from './transaction.js';

/** What every domain module uses: the transaction-bound connection, user lookups. */
@Global()
@Module({
  providers: [TransactionalConnection, UsersService],
  exports: [TransactionalConnection, UsersService],
})
export class CoreModule {}
