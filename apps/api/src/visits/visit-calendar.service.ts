import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Actor, isAllowed } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { CitiesService, type CityRef } from '../cities/cities.service.js';
import { InjectConfig } from '../common/app-config.provider.js';
import { message } from '../common/messages.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { AppConfig } from '../config/app-config.js';
import { visitsCalendar } from './visit-calendar.ics.js';
import type { VisitDocument } from './visit-document.js';
import { VisitDocuments } from './visit-documents.service.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** What the calendar routes answer: an iCalendar, or a refusal by its message code. */
export type CalendarAnswer = { ics: string; filename: string } | { status: 403 | 404; code: string };

export interface CalendarFeed {
  citySlug: string;
  url: string;
  createdAt: Date;
}

/**
 * The calendars: one visit's .ics and each city's feed. A feed's secret token is derived from the
 * server's secret and a random nonce kept per city (so the admins can see the link again); the
 * database keeps only the token's sha256, and rotating replaces the nonce, so the old link is refused.
 */
@Injectable()
export class VisitCalendar {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly documents: VisitDocuments,
    private readonly cities: CitiesService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private token(cityId: number, nonce: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(`calendar-feed:${cityId}:${nonce}`).digest('base64url');
  }

  private feedOf(city: CityRef, row: { nonce: string; created_at: Date }): CalendarFeed {
    const url = `${this.config.publicUrl}/calendar/cities/${city.slug}.ics?token=${this.token(city.id, row.nonce)}`;
    return { citySlug: city.slug, url, createdAt: row.created_at };
  }

  /** A city's feed link with its token; the first time it is asked for, the token is made. */
  async feed(citySlug: string): Promise<CalendarFeed | null> {
    const city = await this.cities.cityRefBySlug(citySlug);
    if (!city) return null;
    const nonce = randomBytes(16).toString('hex');
    const [row] = await this.connection.manager.query(
      `WITH made AS (INSERT INTO calendar_feed_tokens (city_id, token_hash, nonce) VALUES ($1, $2, $3) ON CONFLICT (city_id) DO NOTHING RETURNING nonce, created_at)
       SELECT nonce, created_at FROM made UNION ALL SELECT nonce, created_at FROM calendar_feed_tokens WHERE city_id = $1`,
      [city.id, sha256(this.token(city.id, nonce)).toString('hex'), nonce],
    );
    // Two first asks at once: the one that did not insert may not see the other's row yet; ask again.
    return row ? this.feedOf(city, row) : this.feed(citySlug);
  }

  /** A new token for the city's feed; the old link stops working at once. */
  async rotate(citySlug: string): Promise<CalendarFeed | null> {
    const city = await this.cities.cityRefBySlug(citySlug);
    if (!city) return null;
    const nonce = randomBytes(16).toString('hex');
    const [row] = await this.connection.manager.query(
      `INSERT INTO calendar_feed_tokens (city_id, token_hash, nonce) VALUES ($1, $2, $3)
       ON CONFLICT (city_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, nonce = EXCLUDED.nonce, created_at = now() RETURNING nonce, created_at`,
      [city.id, sha256(this.token(city.id, nonce)).toString('hex'), nonce],
    );
    return this.feedOf(city, row);
  }

  /** Whether `token` is the current token of one of `cityIds`' feeds (compared in constant time). */
  private async tokenOpens(cityIds: number[], token: string): Promise<boolean> {
    if (token.length > 100) return false;
    const rows: { token_hash: string }[] = await this.connection.manager.query(`SELECT token_hash FROM calendar_feed_tokens WHERE city_id = ANY($1::int[])`, [cityIds]);
    const given = sha256(token);
    return rows.some((r) => timingSafeEqual(Buffer.from(r.token_hash, 'hex'), given));
  }

  private ics(visits: VisitDocument[], details: boolean, city?: CityRef): string {
    const t = (key: string) => message('id', `visitDocuments.calendar.${key}`, { city: city?.name ?? '' });
    return visitsCalendar(visits, { publicUrl: this.config.publicUrl, details, ...(city ? { name: t('feedName'), description: t('feedDescription') } : {}) });
  }

  /** GET /calendar/cities/:slug.ics — without a token the public visits, with a wrong or replaced one a refusal. */
  async cityFeed(citySlug: string, token: string | undefined): Promise<CalendarAnswer> {
    const city = await this.cities.cityRefBySlug(citySlug);
    if (!city) return { status: 404, code: 'NOT_FOUND' };
    const withToken = token !== undefined;
    if (withToken && !(await this.tokenOpens([city.id], token))) return { status: 403, code: 'CALENDAR_TOKEN_REFUSED' };
    return { ics: this.ics(await this.documents.feed(city.id, withToken), withToken, city), filename: `kunjungan-${city.slug}.ics` };
  }

  /**
   * GET /calendar/visits/:id.ics — a public visit for anyone; a private or unconfirmed one (and the
   * rosters) for members of either city or with either city's feed token. Anything else: not found.
   */
  async visitFile(visitId: string, token: string | undefined, actor: Actor | null): Promise<CalendarAnswer> {
    const found = await this.documents.one(visitId, { rosters: false, letter: false });
    if (!found) return { status: 404, code: 'VISIT_DOCUMENT_NOT_FOUND' };
    if (token !== undefined && !(await this.tokenOpens([found.host.id, found.visiting.id], token))) return { status: 403, code: 'CALENDAR_TOKEN_REFUSED' };
    const resource = { cities: [{ cityId: found.host.code, part: 'host' as const }, { cityId: found.visiting.code, part: 'visiting' as const }] };
    const details = token !== undefined || isAllowed(actor, 'VISIT_VIEW_DETAILS', resource);
    const isPublic = ['confirmed', 'completed'].includes(found.state) && !found.isPrivate;
    if (!details && !isPublic) return { status: 404, code: 'VISIT_DOCUMENT_NOT_FOUND' };
    if (!found.startsAt) return { status: 404, code: 'CALENDAR_NO_SLOT' };
    const visit = details ? await this.documents.one(visitId, { rosters: true, letter: false }) : found;
    return { ics: this.ics(visit ? [visit] : [], details), filename: `kunjungan-${found.visiting.slug}-ke-${found.host.slug}.ics` };
  }
}
