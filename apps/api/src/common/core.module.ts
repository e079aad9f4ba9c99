import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { UsersService } from '../auth/users.service.js';
import { GraphQLErrorPassThroughFilter } from './graphql-errors.js';
import { SqlReader } from './sql-reader.js';
import { TransactionalConnection } from './transaction.js';

/**
 * What every domain module uses: the transaction-bound connection, user lookups; and the filter that
 * leaves logging GraphQL errors to the error formatter.
 */
@Global()
@Module({
  providers: [TransactionalConnection, UsersService, SqlReader, { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter }],
  exports: [TransactionalConnection, UsersService, SqlReader],
})
export class CoreModule {}
