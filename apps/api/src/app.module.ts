import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CitiesModule } from './cities/cities.module.js';
import { createErrorFormatter } from './common/graphql-errors.js';
import { queryLimitsRule } from './common/graphql-limits.js';
import type { JsonLogger } from './common/json-logger.js';
import { currentRequest } from './common/request-context.js';
import { RequestLoaders } from './common/request-loaders.js';
import type { AppConfig } from './config/app-config.js';

export interface AppModuleOptions {
  config: AppConfig;
  dataSource: DataSource;
  logger: JsonLogger;
}

@Module({})
export class AppModule {
  static forRoot({ config, dataSource, logger }: AppModuleOptions): DynamicModule {
    const production = config.nodeEnv === 'production';
    const serveWeb = existsSync(path.join(config.webDistDir, 'index.html'));
    if (!serveWeb) logger.write('warn', 'The web app is not built; only /graphql is served', { webDistDir: config.webDistDir });

    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true, // in memory: the committed schema is emitted by the build
          sortSchema: true,
          playground: false,
          introspection: config.introspection,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: !production,
          validationRules: [queryLimitsRule()],
          formatError: createErrorFormatter(logger, !production),
          context: () => ({ loaders: new RequestLoaders() }),
          plugins: [
            // The ESM and CJS builds of @apollo/server declare the plugin type twice; they are the same at run time.
            ApolloServerPluginLandingPageDisabled() as never,
            {
              // Lets tests and developers see the SQL statements a request cost.
              async requestDidStart() {
                return {
                  async willSendResponse({ response }) {
                    const state = currentRequest();
                    if (state && !production) response.http.headers.set('x-sql-statements', String(state.sqlStatements));
                  },
                };
              },
            },
          ],
        }),
        ...(serveWeb
          ? [ServeStaticModule.forRoot({ rootPath: config.webDistDir, exclude: ['/graphql{/*path}'], serveStaticOptions: { index: 'index.html' } })]
          : []),
        CitiesModule,
      ],
    };
  }
}
