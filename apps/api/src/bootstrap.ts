import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { CitiesService } from './cities/cities.service.js';
import { JsonLogger } from './common/json-logger.js';
import { countInRequest } from './common/request-context.js';
import type { AppConfig } from './config/app-config.js';
import { serveWebApp } from './web-app/serve-web-app.js';

/** A client's own request id when it is a plain token, else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/** Builds the HTTP application on a migrated database; shared by main.ts and the API tests. */
export async function createApp(config: AppConfig, dataSource: DataSource, logger: JsonLogger): Promise<INestApplication> {
  // Fastify's own logger stays off: the request line below is the one log line per request.
  const adapter = new FastifyAdapter({ genReqId: requestIdOf, bodyLimit: 100 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, dataSource, logger }), adapter, { logger });
  const fastify = app.getHttpAdapter().getInstance();
  // Each request gets an id (echoed in `x-request-id`), a log line and, when asked for, a scope for the SQL counter.
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (config.sqlStatementsHeader) countInRequest({ requestId: request.id, sqlStatements: 0 }, done);
    else done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.write('info', 'request', {
      requestId: request.id,
      method: request.method,
      path: request.url.split('?')[0],
      status: reply.statusCode,
      ms: reply.elapsedTime,
    });
    done();
  });
  await app.register(fastifyHelmet, {
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
  });
  // Before any route: brotli or gzip for every text response (HTML, JS, CSS, SVG, GraphQL's JSON).
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
  if (existsSync(path.join(config.webDistDir, 'index.html'))) {
    await serveWebApp(fastify, config, app.get(CitiesService));
  } else {
    logger.write('warn', 'The web app is not built; only /graphql is served', { webDistDir: config.webDistDir });
  }
  await app.init();
  await fastify.ready();
  return app;
}
