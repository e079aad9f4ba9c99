import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/request-auth.js';
import { SessionService } from '../auth/session.service.js';
import { languageOf, message } from '../common/messages.js';
import { isUuid } from '../common/uuid.js';
import { contentDisposition } from './visit-letter.http.js';
import { type CalendarAnswer, VisitCalendar } from './visit-calendar.service.js';

type CalendarRequest = FastifyRequest<{ Params: { file: string }; Querystring: { token?: unknown } }>;

/** "kota-medan.ics" → "kota-medan"; anything not ending in .ics → null. */
const stem = (file: string) => (file.endsWith('.ics') ? file.slice(0, -4) : null);

/**
 * GET /calendar/visits/:id.ics and GET /calendar/cities/:slug.ics?token=… (plain HTTP beside
 * /graphql: calendar apps subscribe to a URL and send no cookie; a browser download does).
 */
@Injectable()
export class VisitCalendarHttp implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly calendar: VisitCalendar,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    const fastify: FastifyInstance = this.adapterHost.httpAdapter.getInstance();
    fastify.get('/calendar/visits/:file', (request: CalendarRequest, reply) => this.visit(request, reply));
    fastify.get('/calendar/cities/:file', (request: CalendarRequest, reply) => this.city(request, reply));
  }

  private token(request: CalendarRequest): string | undefined {
    const token = request.query.token;
    return typeof token === 'string' ? token : Array.isArray(token) ? String(token[0]) : undefined;
  }

  private async visit(request: CalendarRequest, reply: FastifyReply) {
    const id = stem(request.params.file);
    if (!id || !isUuid(id)) return this.answer(request, reply, { status: 404, code: 'VISIT_DOCUMENT_NOT_FOUND' });
    const actor = actorOf(await this.sessions.userOf(request.raw));
    return this.answer(request, reply, await this.calendar.visitFile(id, this.token(request), actor));
  }

  private async city(request: CalendarRequest, reply: FastifyReply) {
    const slug = stem(request.params.file);
    if (!slug) return this.answer(request, reply, { status: 404, code: 'NOT_FOUND' });
    return this.answer(request, reply, await this.calendar.cityFeed(slug, this.token(request)));
  }

  /** The calendar, or a refusal as one plain sentence in the reader's language (nothing about the visit). */
  private answer(request: FastifyRequest, reply: FastifyReply, answer: CalendarAnswer) {
    // A link with a token must not travel on as a Referer; answers with rosters stay out of shared caches.
    reply.header('cache-control', 'private, no-cache').header('referrer-policy', 'no-referrer').header('x-content-type-options', 'nosniff');
    if ('status' in answer) {
      return reply.code(answer.status).type('text/plain; charset=utf-8').send(message(languageOf(request.headers['accept-language']), `errors.${answer.code}`));
    }
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', contentDisposition('inline', answer.filename)).send(answer.ics);
  }
}
