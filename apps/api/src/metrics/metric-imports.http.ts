import fastifyMultipart from '@fastify/multipart';
import { inCity, isAllowed } from '@citybridge/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/request-auth.js';
import { SessionService } from '../auth/session.service.js';
import { JsonLogger } from '../common/json-logger.js';
import { languageOf } from '../common/messages.js';
import { TransactionalConnection } from '../common/transaction.js';
import { UserErrors } from '../common/user-errors.js';
import { MAX_IMPORT_BYTES } from './metric-csv.js';
import { MetricImportsService } from './metric-imports.service.js';

const FRAMING_BYTES = 64 * 1024;
/** The headers Apollo's CSRF prevention accepts; a form post from another site cannot set them. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * POST /metrics/imports (multipart: optional field `city` = the city's Kemendagri code, then part
 * `file`): keeps the CSV for preview and commit (GraphQL). Same session cookie and CSRF rule as
 * /graphql; METRICS_IMPORT for the city, or a platform admin for a file of any cities.
 */
@Injectable()
export class MetricImportsHttp implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly imports: MetricImportsService,
    private readonly sessions: SessionService,
    private readonly connection: TransactionalConnection,
    private readonly logger: JsonLogger,
  ) {}

  onModuleInit(): void {
    const fastify: FastifyInstance = this.adapterHost.httpAdapter.getInstance();
    fastify.register(async (scope) => {
      await scope.register(fastifyMultipart, {
        limits: { files: 1, fileSize: MAX_IMPORT_BYTES + 1, fields: 3, fieldSize: 100, parts: 4, headerPairs: 50 },
        throwFileSizeLimit: false,
      });
      scope.post('/metrics/imports', { bodyLimit: MAX_IMPORT_BYTES + FRAMING_BYTES }, (request, reply) => this.upload(request, reply));
      scope.setErrorHandler((error, request, reply) => {
        this.logger.write('error', 'metrics import upload failed', { requestId: request.id, error: String(error), stack: (error as Error).stack });
        const errors = new UserErrors(languageOf(request.headers['accept-language']));
        return reply.code(500).header('cache-control', 'no-store').send({ userErrors: errors.add(null, 'UPLOAD_FAILED', { requestId: request.id }).list });
      });
    });
  }

  private async upload(request: FastifyRequest, reply: FastifyReply) {
    const errors = new UserErrors(languageOf(request.headers['accept-language']));
    const refuse = (status: number, field: string | null, code: string, params?: Record<string, string | number>) =>
      reply.code(status).header('cache-control', 'no-store').send({ import: null, userErrors: errors.add(field, code, params).list });
    const tooLarge = () => refuse(413, 'file', 'FILE_TOO_LARGE', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });

    if (!PREFLIGHT_HEADERS.some((h) => request.headers[h])) return refuse(400, null, 'PREFLIGHT_REQUIRED');
    const user = await this.sessions.userOf(request.raw);
    if (!user) return refuse(401, null, 'UNAUTHENTICATED');
    const actor = actorOf(user);
    if (!request.isMultipart()) return refuse(400, 'file', 'FILE_REQUIRED');
    if (Number(request.headers['content-length']) > MAX_IMPORT_BYTES + FRAMING_BYTES) return tooLarge();

    const part = await request.file().catch(() => undefined);
    if (part?.fieldname !== 'file') {
      part?.file.resume();
      return refuse(400, 'file', 'FILE_REQUIRED');
    }
    const cityCode = (part.fields.city as { value?: unknown } | undefined)?.value;
    let cityId: number | null = null;
    if (typeof cityCode === 'string' && cityCode !== '') {
      const [city] = await this.connection.manager.query(`SELECT id, code FROM city_refs WHERE code = $1`, [cityCode]);
      if (!city) {
        part.file.resume();
        return refuse(400, 'city', 'UNKNOWN_CITY', { value: cityCode });
      }
      if (!isAllowed(actor, 'METRICS_IMPORT', inCity(city.code))) {
        part.file.resume();
        return refuse(403, null, 'FORBIDDEN');
      }
      cityId = city.id;
    } else if (!isAllowed(actor, 'METRICS_IMPORT', { cities: [] })) {
      // Without a city the file may name any city: platform admins only.
      part.file.resume();
      return refuse(403, 'city', 'FORBIDDEN');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file) {
      size += chunk.length;
      if (size > MAX_IMPORT_BYTES) {
        part.file.resume();
        return tooLarge();
      }
      chunks.push(chunk);
    }
    if (part.file.truncated) return tooLarge();
    if (size === 0) return refuse(400, 'file', 'EMPTY_FILE');
    const result = await this.imports.upload(user.id, cityId, part.filename || 'data.csv', Buffer.concat(chunks));
    return reply.code(201).header('cache-control', 'no-store').send({ import: result, userErrors: [] });
  }
}
