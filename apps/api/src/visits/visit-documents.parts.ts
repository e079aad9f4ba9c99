import en from './locales/documents.en.json';
import id from './locales/documents.id.json';
import { CalendarFeedToken } from './calendar-feed-token.entity.js';
import { CalendarFeedTokens1796156651620 } from './migrations/1796156651620-calendar-feed-tokens.js';
import { VisitCalendarHttp } from './visit-calendar.http.js';
import { VisitCalendarResolver } from './visit-calendar.resolver.js';
import { VisitCalendar } from './visit-calendar.service.js';
import { VisitDocuments } from './visit-documents.service.js';
import { VisitLetterHttp } from './visit-letter.http.js';

/**
 * The visits' calendars and letters, spread into VisitsModule (kept apart so the module lists them
 * in one line each): the feed tokens' table, the services, the HTTP routes and the feed resolver.
 */
export const DOCUMENT_ENTITIES = [CalendarFeedToken];
export const DOCUMENT_MIGRATIONS = [CalendarFeedTokens1796156651620];
export const DOCUMENT_PROVIDERS = [VisitDocuments, VisitCalendar, VisitCalendarHttp, VisitLetterHttp, VisitCalendarResolver];
export const DOCUMENT_MESSAGES = { id, en };
