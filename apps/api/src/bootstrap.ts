import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { JsonLogger } from './common/json-logger.js';
import { requestMiddleware } from './common/request-middleware.js';
import type { AppConfig } from './config/app-config.js';

/** Builds the HTTP application on a migrated database; shared by main.ts and the API tests. */
export async function createApp(config: AppConfig, dataSource: DataSource, logger: JsonLogger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, dataSource, logger }), { logger });
  app.disable('x-powered-by');
  app.use(requestMiddleware(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine sets CSS variables in style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
    }),
  );
  await app.init();
  return app;
}
