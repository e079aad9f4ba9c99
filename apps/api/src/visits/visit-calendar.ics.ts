import { ICalAttendeeRole, ICalCalendar, ICalEventClass, ICalEventStatus } from 'ical-generator';
import { message } from '../common/messages.js';
import { leaderOf, spanInWords, type VisitDocument } from './visit-document.js';

export interface CalendarOptions {
  /** The app's address: the UID's domain and the visit page links. */
  publicUrl: string;
  /** Rosters (ATTENDEEs) and the delegation: only for the two cities (a feed token or a member's session). */
  details: boolean;
  /** The feed's name, e.g. "Kunjungan kerja Kota Medan"; none for a single visit. */
  name?: string;
  description?: string;
}

const STATUS: Record<string, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  completed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/** The UID stays the same for the life of a visit, so clients update the event instead of adding one. */
export const visitUid = (visitId: string, publicUrl: string) => `visit-${visitId}@${new URL(publicUrl).hostname}`;

/**
 * An iCalendar (RFC 5545) of visits, written by ical-generator: UTC times, SEQUENCE from the visit
 * (it grows on every reschedule and cancel), DTSTAMP = the visit's last change, STATUS, the venue as
 * LOCATION and, with details, the delegates with an e-mail as ATTENDEEs. Texts in Bahasa Indonesia.
 * A visit with no slot (requested, proposed) has nothing to put in a calendar and is left out.
 */
export function visitsCalendar(visits: readonly VisitDocument[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'CityBridge', product: 'Kunjungan Kerja', language: 'ID' },
    ...(options.name ? { name: options.name, description: options.description, ttl: 3600 } : {}),
  });
  for (const visit of visits) {
    if (!visit.startsAt || !visit.endsAt) continue;
    const t = (key: string, params: Record<string, string | number> = {}) => message('id', `visitDocuments.calendar.${key}`, params);
    const leader = options.details ? leaderOf(visit) : undefined;
    const description = [
      t('purpose', { purpose: visit.purpose }),
      visit.topics.length ? t('topics', { topics: visit.topics.join(', ') }) : null,
      visit.practices.length ? t('practices', { practices: visit.practices.join('; ') }) : null,
      t('hostTime', { city: visit.host.name, time: spanInWords(visit.startsAt, visit.endsAt, visit.hostTimeZone) }),
      visit.visitingTimeZone !== visit.hostTimeZone ? t('visitingTime', { city: visit.visiting.name, time: spanInWords(visit.startsAt, visit.endsAt, visit.visitingTimeZone) }) : null,
      leader ? t('leader', { name: leader.name, title: leader.title }) : null,
      options.details ? t('delegationSize', { count: visit.delegation.length }) : null,
      t('page', { url: `${options.publicUrl}/kunjungan/${visit.id}` }),
    ].filter((line) => line !== null);
    calendar.createEvent({
      id: visitUid(visit.id, options.publicUrl),
      sequence: visit.sequence,
      stamp: visit.updatedAt,
      created: visit.createdAt,
      lastModified: visit.updatedAt,
      start: visit.startsAt,
      end: visit.endsAt,
      summary: t('summary', { visiting: visit.visiting.name, host: visit.host.name }),
      description: description.join('\n'),
      location: visit.venue ?? visit.host.name,
      status: STATUS[visit.state] ?? ICalEventStatus.TENTATIVE,
      class: visit.isPrivate ? ICalEventClass.PRIVATE : ICalEventClass.PUBLIC,
      url: `${options.publicUrl}/kunjungan/${visit.id}`,
      attendees: options.details
        ? [...visit.delegation, ...visit.hostParticipants]
            .filter((person) => person.email)
            .map((person) => ({
              name: person.name,
              email: person.email as string,
              role: person.isLeader ? ICalAttendeeRole.CHAIR : ICalAttendeeRole.REQ,
            }))
        : [],
    });
  }
  return calendar.toString();
}
