import { isAllowed } from '@citybridge/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/request-auth.js';
import { SessionService } from '../auth/session.service.js';
import { languageOf, message } from '../common/messages.js';
import { isUuid } from '../common/uuid.js';
import { VisitDocuments } from './visit-documents.service.js';
import { acceptanceLetter, renderPdf, requestLetter } from './visit-letter.pdf.js';

/** `filename="…"` for old clients (ASCII only) and `filename*` (RFC 5987) with the real name (as uploads does). */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%]/g, '').trim() || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type LetterRequest = FastifyRequest<{ Params: { id: string } }>;
const CONFIRMED = ['confirmed', 'completed'];

/**
 * GET /visits/:id/letter.pdf (the surat permohonan) and GET /visits/:id/acceptance.pdf (the host's
 * acceptance, once confirmed), for members of either city (VISIT_VIEW_DETAILS), with the session
 * cookie like /uploads. A visit the reader may not see is answered like one that does not exist.
 */
@Injectable()
export class VisitLetterHttp implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly documents: VisitDocuments,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    const fastify: FastifyInstance = this.adapterHost.httpAdapter.getInstance();
    fastify.get('/visits/:id/letter.pdf', (request: LetterRequest, reply) => this.letter(request, reply, 'request'));
    fastify.get('/visits/:id/acceptance.pdf', (request: LetterRequest, reply) => this.letter(request, reply, 'acceptance'));
  }

  private async letter(request: LetterRequest, reply: FastifyReply, kind: 'request' | 'acceptance') {
    const refuse = (status: number, code: string) =>
      reply.code(status).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(message(languageOf(request.headers['accept-language']), `errors.${code}`));
    const user = await this.sessions.userOf(request.raw);
    if (!user) return refuse(401, 'UNAUTHENTICATED');
    const visit = isUuid(request.params.id) ? await this.documents.one(request.params.id, { rosters: true, letter: true }) : null;
    const resource = visit && { cities: [{ cityId: visit.host.code, part: 'host' as const }, { cityId: visit.visiting.code, part: 'visiting' as const }] };
    if (!visit || !resource || !isAllowed(actorOf(user), 'VISIT_VIEW_DETAILS', resource)) return refuse(404, 'VISIT_DOCUMENT_NOT_FOUND');
    if (kind === 'acceptance' && !(CONFIRMED.includes(visit.state) && visit.startsAt)) return refuse(409, 'ACCEPTANCE_NOT_YET');

    const pdf = await renderPdf(kind === 'request' ? requestLetter(visit) : acceptanceLetter(visit));
    const filename = message('id', kind === 'request' ? 'visitDocuments.letter.fileRequest' : 'visitDocuments.letter.fileAcceptance', { visiting: visit.visiting.name, host: visit.host.name });
    return reply
      .type('application/pdf')
      .header('content-length', String(pdf.length))
      .header('content-disposition', contentDisposition('attachment', filename))
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(pdf);
  }
}
