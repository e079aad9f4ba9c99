import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { UsersService } from '../auth/users.service.js';
import { PolicyResources } from '../policy/policy-resources.service.js';
import { GraphQLErrorPassThroughFilter } from './graphql-errors.js';
import { TransactionalConnection, TransactionInterceptor } from './transaction.js';

/**
 * What every domain module uses: the transaction-bound connection, the policy's resource finder, user
 * lookups; and the filter that leaves logging GraphQL errors to the error formatter.
 */
@Global()
@Module({
  providers: [TransactionalConnection, TransactionInterceptor, PolicyResources, UsersService, { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter }],
  exports: [TransactionalConnection, TransactionInterceptor, PolicyResources, UsersService],
})
export class CoreModule {}
