import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UsersService } from '../auth/users.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from './app-config.provider.js';
import { GraphQLErrorPassThroughFilter } from './graphql-errors.js';
import { RateLimiter, rateLimitStore } from './rate-limiter.js';
import { SqlReader } from './sql-reader.js';
import { TransactionalConnection } from './transaction.js';

/**
 * What every domain module uses: the transaction-bound connection, user lookups, the rate limiter
 * (sign-in, sign-up, resets, invitations); and the filter that
 * leaves logging GraphQL errors to the error formatter.
 */
@Global()
@Module({
  providers: [
    TransactionalConnection,
    UsersService,
    SqlReader,
    { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter },
    {
      provide: RateLimiter,
      useFactory: (config: AppConfig, dataSource: DataSource) => new RateLimiter(rateLimitStore(config.redisUrl, dataSource)),
      inject: [APP_CONFIG, getDataSourceToken()],
    },
  ],
  exports: [TransactionalConnection, UsersService, SqlReader, RateLimiter],
})
export class CoreModule {}
