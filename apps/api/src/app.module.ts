import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { AuthModule } from './auth/auth.module.js';
import { RequestAuth } from './auth/request-auth.js';
import { SessionService } from './auth/session.service.js';
import { APP_CONFIG } from './common/app-config.provider.js';
import { CoreModule } from './common/core.module.js';
import { collectDomains } from './common/domain-module.js';
import { createErrorFormatter, errorsPlugin } from './common/graphql-errors.js';
import { queryLimitsRule } from './common/graphql-limits.js';
import { InputValidationPipe } from './common/input.js';
import { JitExecution } from './common/jit-execution.js';
import { JsonLogger } from './common/json-logger.js';
import { KeptAnswers } from './common/kept-answers.js';
import { languageOf, useMessages } from './common/messages.js';
import { MutationInterceptor } from './common/mutation.js';
import { answerPreloadedFields } from './common/preloaded.js';
import { currentRequest } from './common/request-context.js';
import { type GraphQLContext, RequestLoaders } from './common/request-loaders.js';
import { SqlReader } from './common/sql-reader.js';
import type { AppConfig } from './config/app-config.js';
import * as domains from './domains.js';
import { POLICY_BY_OPERATION } from './policy/allow.decorator.js';
import { PolicyGuard } from './policy/policy.guard.js';

/** Every domain of the API, from the one list in domains.ts. */
export const DOMAIN_MODULES: Type[] = Object.values(domains);

export const DOMAINS = collectDomains(DOMAIN_MODULES);
useMessages(DOMAINS.messages);

export interface AppModuleOptions {
  config: AppConfig;
  dataSource: DataSource;
  logger: JsonLogger;
}

/** The validated configuration and the logger, for every module. */
@Global()
@Module({})
class ConfigModule {
  static of(config: AppConfig, logger: JsonLogger): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
      ],
      exports: [APP_CONFIG, JsonLogger],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot({ config, dataSource, logger }: AppModuleOptions): DynamicModule {
    const jit = new JitExecution();
    // A kept answer is served without the policy guard and to anyone: only public queries may be kept.
    const notPublic = DOMAINS.keptQueries.flatMap((k) => k.fields).filter((field) => !(POLICY_BY_OPERATION.get(field) as { public?: true } | undefined)?.public);
    if (notPublic.length) throw new Error(`Kept queries must be @Public(): ${notPublic.join(', ')}`);
    const kept = new KeptAnswers(new SqlReader(dataSource), DOMAINS.keptQueries);
    return {
      module: AppModule,
      // Every operation: the policy first, then validated input, then (mutations) one transaction.
      providers: [
        { provide: JitExecution, useValue: jit },
        { provide: KeptAnswers, useValue: kept },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: MutationInterceptor },
      ],
      imports: [
        ConfigModule.of(config, logger),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        CoreModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [SessionService],
          useFactory: (sessions: SessionService) => ({
          autoSchemaFile: true, // in memory: the committed schema is emitted by the build
          transformSchema: answerPreloadedFields,
          sortSchema: true,
          playground: false,
          introspection: config.introspection,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: config.graphqlStacktraces,
          // Execution errors answer 200 (nestjs/graphql#2940) except an outage: errorsPlugin sets 503.
          preserveHttpStatusForExecutionErrors: false,
          validationRules: [queryLimitsRule()],
          // Apollo pretty-prints by default: two-space indentation made the city page a tenth larger on the wire.
          // A kept answer's text is made once (common/kept-answers.ts).
          stringifyResult: (result) => kept.stringify(result),
          formatError: createErrorFormatter(logger, config.graphqlStacktraces),
          // Auth works on Node's own request and response: the cookie is set on reply.raw, which Fastify's reply keeps.
          context: (request: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
            loaders: new RequestLoaders(),
            request: currentRequest() ?? { requestId: request.id, sqlStatements: 0 },
            auth: new RequestAuth(() => sessions.userOf(request.raw), request.raw, reply.raw, languageOf(request.headers['accept-language'])),
          }),
          plugins: [
            // The ESM and CJS builds of @apollo/server declare the plugin type twice; they are the same at run time.
            ApolloServerPluginLandingPageDisabled() as never,
            // No cache hints are used; the default plugin wraps every field resolver (measured: half the execution time).
            ApolloServerPluginCacheControlDisabled() as never,
            errorsPlugin as never,
            // Before the compiled execution: a kept answer needs no execution at all.
            kept.plugin() as never,
            jit.plugin() as never,
            {
              // Lets tests (and developers who ask, SQL_STATEMENTS_HEADER) see the SQL statements a request cost.
              async requestDidStart() {
                if (!config.sqlStatementsHeader) return {};
                return {
                  async willSendResponse({ response, contextValue }) {
                    response.http.headers.set('x-sql-statements', String((contextValue as GraphQLContext).request.sqlStatements));
                  },
                };
              },
            },
          ],
          }),
        }),
        ...DOMAIN_MODULES,
      ],
    };
  }
}
