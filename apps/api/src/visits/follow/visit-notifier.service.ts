import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../../common/transaction.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { type VisitTransition, VisitEvents } from '../visit-events.js';
import { visitFacts, visitParams } from './visit-facts.js';

/** The notice kind of each visit action (REQUEST is the request itself, not a transition). */
const KIND: Record<string, string> = {
  REQUEST: 'visit.requested',
  CONFIRM: 'visit.confirmed',
  PROPOSE: 'visit.proposed',
  DECLINE: 'visit.declined',
  ACCEPT: 'visit.accepted',
  WITHDRAW: 'visit.withdrawn',
  RESCHEDULE: 'visit.rescheduled',
  CANCEL: 'visit.cancelled',
  COMPLETE: 'visit.completed',
};

/**
 * Every step of a visit tells the other city: the host's admins hear of the visiting city's steps;
 * the visiting city's admins and editors hear of the host's. In the app and by mail, in the
 * transaction of the step (a step that rolls back tells no one).
 */
@Injectable()
export class VisitNotifier {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly notifications: NotificationsService,
    events: VisitEvents,
  ) {
    events.onTransition((event) => this.onTransition(event));
  }

  async onTransition(event: VisitTransition): Promise<void> {
    const kind = KIND[event.action];
    if (!kind) return;
    const [visit] = await visitFacts(this.connection.manager, [event.visitId]);
    if (!visit) return;
    const side = event.side ?? (event.action === 'REQUEST' || event.action === 'ACCEPT' || event.action === 'WITHDRAW' ? 'visiting' : 'host');
    const recipients = side === 'host' ? [...visit.visitingAdmins, ...visit.visitingEditors] : visit.hostAdmins;
    const others = recipients.filter((id) => id !== event.actorId);
    await this.notifications.notify(others, kind, visitParams(visit), { subjectId: visit.id });
  }

  /** The visiting city filed its report: the host's admins hear of it. */
  async reported(visitId: string, actorId: string): Promise<void> {
    const [visit] = await visitFacts(this.connection.manager, [visitId]);
    if (!visit) return;
    await this.notifications.notify(
      visit.hostAdmins.filter((id) => id !== actorId),
      'visit.reported',
      visitParams(visit, { link: `/kunjungan/${visit.id}/laporan` }),
      { subjectId: visit.id },
    );
  }
}
