import fastifyMultipart from '@fastify/multipart';
import { inCity, isAllowed, MAX_UPLOAD_BYTES } from '@citybridge/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/request-auth.js';
import { SessionService } from '../auth/session.service.js';
import { CitiesService } from '../cities/cities.service.js';
import { InjectConfig } from '../common/app-config.provider.js';
import { JsonLogger } from '../common/json-logger.js';
import { languageOf } from '../common/messages.js';
import { RateLimiter } from '../common/rate-limiter.js';
import { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import type { AppConfig } from '../config/app-config.js';
import { tooLarge, UploadRefused } from './upload-check.js';
import { UploadsService } from './uploads.service.js';

/** Room for the multipart framing and a few small fields around the file. */
const FRAMING_BYTES = 64 * 1024;
/** Files never change under an id, and some are attachments of drafts: the browser may keep them, shared caches not. */
const CACHE_CONTROL = 'private, max-age=31536000, immutable';
/** The headers Apollo's CSRF prevention accepts; a form post from another site cannot set them. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/** `filename="…"` for old clients (ASCII only) and `filename*` (RFC 5987) with the real name. */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%]/g, '').trim() || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * POST /uploads (multipart, one part `file`, optionally a `city` slug before it) and
 * GET /uploads/:id/:filename. Plain HTTP beside /graphql, with the same session cookie, the same
 * CSRF rule and the policy's UPLOAD_CREATE; the multipart parser is registered for these routes only.
 */
@Injectable()
export class UploadsHttp implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly uploads: UploadsService,
    private readonly sessions: SessionService,
    private readonly cities: CitiesService,
    private readonly limiter: RateLimiter,
    private readonly logger: JsonLogger,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify: FastifyInstance = this.adapterHost.httpAdapter.getInstance();
    fastify.register(async (scope) => {
      await scope.register(fastifyMultipart, {
        // One file; a byte over the limit reaches UploadCheck, which refuses it.
        limits: { files: 1, fileSize: MAX_UPLOAD_BYTES + 1, fields: 5, fieldSize: 1000, parts: 6, headerPairs: 50 },
        throwFileSizeLimit: false,
      });
      scope.post('/uploads', { bodyLimit: MAX_UPLOAD_BYTES + FRAMING_BYTES }, (request, reply) => this.upload(request, reply));
      scope.get<{ Params: { id: string; filename: string } }>('/uploads/:id/:filename', (request, reply) => this.serve(request, reply));
      // Unexpected failures are logged in full and answered without details, like GraphQL's masked errors.
      scope.setErrorHandler((error, request, reply) => {
        this.logger.write('error', 'upload request failed', { requestId: request.id, path: request.url.split('?')[0], error: String(error), stack: (error as Error).stack });
        const errors = new UserErrors(languageOf(request.headers['accept-language']));
        return reply.code(500).header('cache-control', 'no-store').send({ userErrors: errors.add(null, 'UPLOAD_FAILED', { requestId: request.id }).list });
      });
    });
  }

  private async upload(request: FastifyRequest, reply: FastifyReply) {
    const errors = new UserErrors(languageOf(request.headers['accept-language']));
    const refuse = (status: number, field: string | null, code: string, params?: Record<string, string | number>) =>
      reply.code(status).header('cache-control', 'no-store').send({ upload: null, userErrors: errors.add(field, code, params).list });

    if (!PREFLIGHT_HEADERS.some((h) => request.headers[h])) return refuse(400, null, 'PREFLIGHT_REQUIRED');
    const user = await this.sessions.userOf(request.raw);
    const actor = actorOf(user);
    if (!user) return refuse(401, null, 'UNAUTHENTICATED');
    if (!isAllowed(actor, 'UPLOAD_CREATE')) return refuse(403, null, 'FORBIDDEN');
    const limit = await this.limiter.hit(`upload:user:${user.id}`, this.config.rateLimits.uploadsPerHour, 3600);
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      return refuse(429, null, 'TOO_MANY_UPLOADS', { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    }
    if (!request.isMultipart()) return refuse(400, 'file', 'FILE_REQUIRED');
    // A body that says it is too large is refused before a byte of it is read.
    if (Number(request.headers['content-length']) > MAX_UPLOAD_BYTES + FRAMING_BYTES) {
      const refused = tooLarge();
      return refuse(refused.status, 'file', refused.code, refused.params);
    }

    const part = await request.file().catch(() => undefined);
    if (part?.fieldname !== 'file') {
      part?.file.resume();
      return refuse(400, 'file', 'FILE_REQUIRED');
    }
    // An optional city the file is for: the uploader must be its editor or admin.
    const citySlug = (part.fields.city as { value?: unknown } | undefined)?.value;
    let cityId: number | null = null;
    if (citySlug !== undefined && citySlug !== '') {
      const city = await this.cities.cityRefBySlug(citySlug);
      if (!city) {
        part.file.resume();
        return refuse(400, 'city', 'NOT_FOUND');
      }
      if (!isAllowed(actor, 'UPLOAD_CREATE', inCity(city.code))) {
        part.file.resume();
        return refuse(403, null, 'FORBIDDEN');
      }
      cityId = city.id;
    }

    try {
      const upload = await this.uploads.create({ uploaderId: user.id, cityId, filename: part.filename, declaredType: part.mimetype, content: part.file });
      return reply.code(201).header('cache-control', 'no-store').send({ upload, userErrors: [] });
    } catch (error) {
      // Whatever of the body is left is read and dropped, so the client gets the answer.
      part.file.resume();
      if (error instanceof UploadRefused) return refuse(error.status, 'file', error.code, error.params);
      if (request.raw.destroyed) return reply; // the client went away; the storage kept nothing
      throw error;
    }
  }

  private async serve(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    const found = isUuid(request.params.id) ? await this.uploads.open(request.params.id) : null;
    if (!found) {
      const errors = new UserErrors(languageOf(request.headers['accept-language']));
      return reply.code(404).header('cache-control', 'no-store').send({ userErrors: errors.add(null, 'NOT_FOUND').list });
    }
    const { file, content } = found;
    return reply
      .type(file.contentType)
      .header('content-length', String(file.byteSize))
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', contentDisposition('inline', file.filename))
      .header('cache-control', CACHE_CONTROL)
      .send(content);
  }
}
