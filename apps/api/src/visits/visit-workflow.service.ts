import { FINAL_VISIT_STATES, isAllowed, isLocalDateTime, nextVisitState, VISIT_ACTION_SIDES, type VisitAction, type VisitSide, type VisitState, zonedLocalToUtc } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { actorOf, type SignedInUser } from '../auth/request-auth.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import { PracticesService } from '../practices/practices.service.js';
import { VisitAvailabilityService } from './visit-availability.service.js';
import { VisitEvents } from './visit-events.js';
import { toVisit, VISIT_COLUMNS, VISITS_FROM, type VisitRow } from './visit-rows.js';
import { visitResource } from './visits.service.js';
import type {
  AcceptVisitProposalInput,
  ConfirmVisitInput,
  ProposeVisitWindowsInput,
  RequestVisitInput,
  RescheduleVisitInput,
  UpdateVisitDelegationInput,
  UpdateVisitHostingInput,
  VisitDelegateInput,
  VisitType,
  VisitWindowInput,
} from './visits.types.js';

/** A visit as a step reads it, locked (FOR UPDATE) until the mutation's transaction ends. */
interface Locked {
  id: string;
  state: VisitState;
  host_city_id: number;
  visiting_city_id: number;
  host_code: string;
  visiting_code: string;
  host_time_zone: string;
  starts_at: Date | null;
  ends_at: Date | null;
  sequence: number;
}

/** What a step changes besides the state; left out: unchanged. */
interface Change {
  startsAt?: Date | null;
  endsAt?: Date | null;
  sequence?: number;
  venue?: string | null;
}

interface Slot {
  start: Date;
  end: Date;
}

/**
 * Writing visits: the request, every step of the state machine (packages/domain visit.ts) and the
 * edits of the rosters and agenda. Every step is checked by the state machine (INVALID_TRANSITION
 * changes nothing), written to the timeline and announced through VisitEvents, all in the
 * mutation's transaction.
 */
@Injectable()
export class VisitWorkflow {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly availability: VisitAvailabilityService,
    private readonly events: VisitEvents,
    private readonly practices: PracticesService,
  ) {}

  async request(user: SignedInUser, errors: UserErrors, input: RequestVisitInput): Promise<VisitType | null> {
    const manager = this.connection.manager;
    const cityByCode = async (code: string) => ((await manager.query('SELECT id, code FROM city_refs WHERE code = $1', [code])) as { id: number; code: string }[])[0];
    const visiting = await cityByCode(input.visitingCityId);
    const host = await cityByCode(input.hostCityId);
    if (!visiting) errors.add('visitingCityId', 'NOT_FOUND');
    if (!host) errors.add('hostCityId', 'NOT_FOUND');
    if (visiting && host && visiting.id === host.id) errors.add('hostCityId', 'SAME_CITY');
    this.checkLeader(errors, input.delegation);
    const practiceIds = [...new Set(input.practiceIds ?? [])];
    if (practiceIds.length && host) {
      // Only the host's published practices can be studied on a visit to it.
      const found = await this.practices.byIds(practiceIds);
      found.forEach((p, i) => {
        if (p?.state !== 'published' || p.cityId !== host.id) errors.add(`practiceIds.${i}`, 'UNKNOWN_PRACTICE');
      });
    }
    const timeZone = host ? (await this.availability.settings(manager, host.id, host.code)).timeZone : 'UTC';
    const slots = this.slots(errors, 'windows', input.windows, timeZone);
    if (errors.any || !visiting || !host || !slots) return null;

    const [{ id }] = await manager.query(
      `INSERT INTO visits (visiting_city_id, host_city_id, state, purpose, topics, is_private, host_time_zone, travel_budget, requested_by)
       VALUES ($1, $2, 'requested', $3, $4, $5, $6, $7, $8) RETURNING id`,
      [visiting.id, host.id, input.purpose, (input.topics ?? []).map((t) => t.trim()).filter(Boolean), input.isPrivate ?? false, timeZone, input.travelBudget ?? null, user.id],
    );
    await this.addWindows(id, 1, 'visiting', slots);
    if (practiceIds.length) {
      await manager.query(`INSERT INTO visit_practices (visit_id, practice_id, position) SELECT $1, p, n FROM unnest($2::uuid[]) WITH ORDINALITY AS t(p, n)`, [id, practiceIds]);
    }
    await this.replaceDelegation(id, input.delegation);
    const visit = (await this.lock(errors, id)) as Locked;
    await this.record(user, visit, 'REQUEST', null, 'requested', 'visiting', null);
    return this.read(id);
  }

  /** The host confirms one of the visiting city's windows: within its availability and in a free lane. */
  confirm(user: SignedInUser, errors: UserErrors, input: ConfirmVisitInput): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'CONFIRM', null, async (visit) => {
      const slot = await this.bookWindow(errors, visit, input.windowId, 'visiting');
      return slot && { startsAt: slot.start, endsAt: slot.end, venue: input.venue ?? undefined, sequence: this.slotChanged(visit) };
    });
  }

  /** The visiting city accepts one of the host's windows. */
  accept(user: SignedInUser, errors: UserErrors, input: AcceptVisitProposalInput): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'ACCEPT', null, async (visit) => {
      const slot = await this.bookWindow(errors, visit, input.windowId, 'host');
      return slot && { startsAt: slot.start, endsAt: slot.end, sequence: this.slotChanged(visit) };
    });
  }

  propose(user: SignedInUser, errors: UserErrors, input: ProposeVisitWindowsInput): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'PROPOSE', input.message ?? null, async (visit) => {
      const slots = this.slots(errors, 'windows', input.windows, visit.host_time_zone);
      if (!slots) return null;
      await this.addWindows(visit.id, (await this.currentRound(visit.id)) + 1, 'host', slots);
      return {};
    });
  }

  /** The host moves a confirmed visit back to proposed with new windows: the slot is freed. */
  reschedule(user: SignedInUser, errors: UserErrors, input: RescheduleVisitInput): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'RESCHEDULE', input.reason ?? null, async (visit) => {
      const slots = this.slots(errors, 'windows', input.windows, visit.host_time_zone);
      if (!slots) return null;
      await this.availability.release(this.connection.manager, visit.id);
      await this.addWindows(visit.id, (await this.currentRound(visit.id)) + 1, 'host', slots);
      return { startsAt: null, endsAt: null, sequence: visit.sequence + 1 };
    });
  }

  decline(user: SignedInUser, errors: UserErrors, input: { visitId: string; reason?: string | null }): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'DECLINE', input.reason ?? null, async () => ({}));
  }

  withdraw(user: SignedInUser, errors: UserErrors, input: { visitId: string; reason?: string | null }): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'WITHDRAW', input.reason ?? null, async () => ({}));
  }

  /** Either side cancels a confirmed visit: the slot is freed, the calendars see a new SEQUENCE. */
  cancel(user: SignedInUser, errors: UserErrors, input: { visitId: string; reason?: string | null }): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'CANCEL', input.reason ?? null, async (visit) => {
      await this.availability.release(this.connection.manager, visit.id);
      return { sequence: visit.sequence + 1 };
    });
  }

  /** After its end, either side marks the visit completed (its booking stays: the slot was used). */
  complete(user: SignedInUser, errors: UserErrors, input: { visitId: string }): Promise<VisitType | null> {
    return this.step(user, errors, input.visitId, 'COMPLETE', null, async () => ({}));
  }

  /** The visiting city replaces its delegation, until the visit is closed. */
  async updateDelegation(user: SignedInUser, errors: UserErrors, input: UpdateVisitDelegationInput): Promise<VisitType | null> {
    const visit = await this.lockOpen(errors, input.visitId);
    this.checkLeader(errors, input.delegation);
    if (!visit || errors.any) return null;
    await this.connection.manager.query('DELETE FROM visit_delegates WHERE visit_id = $1', [visit.id]);
    await this.replaceDelegation(visit.id, input.delegation);
    await this.edit(user, visit, 'visiting', { part: 'delegation' });
    return this.read(visit.id);
  }

  /** The host sets the venue, its participants and the agenda (times local to the host's zone). */
  async updateHosting(user: SignedInUser, errors: UserErrors, input: UpdateVisitHostingInput): Promise<VisitType | null> {
    const manager = this.connection.manager;
    const visit = await this.lockOpen(errors, input.visitId);
    if (!visit) return null;
    const agenda = (input.agenda ?? []).map((item, i) => {
      if (!isLocalDateTime(item.start)) errors.add(`agenda.${i}.start`, 'INVALID_DATE');
      return { ...item, startsAt: isLocalDateTime(item.start) ? zonedLocalToUtc(item.start, visit.host_time_zone) : null };
    });
    const practiceIds = agenda.map((a) => a.practiceId).filter((id): id is string => !!id);
    if (practiceIds.length) {
      const found = await this.practices.byIds(practiceIds);
      agenda.forEach((a, i) => {
        if (!a.practiceId) return;
        const p = found[practiceIds.indexOf(a.practiceId)];
        if (p?.state !== 'published') errors.add(`agenda.${i}.practiceId`, 'UNKNOWN_PRACTICE');
      });
    }
    if (errors.any) return null;
    if (input.venue !== undefined) await manager.query('UPDATE visits SET venue = $2, updated_at = now() WHERE id = $1', [visit.id, input.venue || null]);
    if (input.hostParticipants) {
      const people = input.hostParticipants;
      await manager.query('DELETE FROM visit_host_participants WHERE visit_id = $1', [visit.id]);
      await manager.query(
        `INSERT INTO visit_host_participants (visit_id, position, name, title, agency, role)
         SELECT $1, n, name, title, agency, role FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(name, title, agency, role, n)`,
        [visit.id, people.map((p) => p.name), people.map((p) => p.title), people.map((p) => p.agency || null), people.map((p) => p.role || null)],
      );
    }
    if (input.agenda) {
      await manager.query('DELETE FROM visit_agenda_items WHERE visit_id = $1', [visit.id]);
      await manager.query(
        `INSERT INTO visit_agenda_items (visit_id, position, starts_at, title, practice_id, presenter)
         SELECT $1, n, starts_at, title, practice_id, presenter FROM unnest($2::timestamptz[], $3::text[], $4::uuid[], $5::text[]) WITH ORDINALITY AS t(starts_at, title, practice_id, presenter, n)`,
        [visit.id, agenda.map((a) => a.startsAt?.toISOString()), agenda.map((a) => a.title), agenda.map((a) => a.practiceId || null), agenda.map((a) => a.presenter || null)],
      );
    }
    await this.edit(user, visit, 'host', { part: 'hosting' });
    return this.read(visit.id);
  }

  /** One step of the state machine: lock, check, apply, write the state, the timeline, the listeners. */
  private async step(user: SignedInUser, errors: UserErrors, visitId: string, action: VisitAction, message: string | null, apply: (visit: Locked) => Promise<Change | null>) {
    const visit = await this.lock(errors, visitId);
    if (!visit) return null;
    const to = nextVisitState(visit.state, action, { now: new Date(), endsAt: visit.ends_at });
    if (!to) {
      errors.add('visitId', 'INVALID_TRANSITION');
      return null;
    }
    const change = await apply(visit);
    if (!change || errors.any) return null;
    const next = { startsAt: visit.starts_at, endsAt: visit.ends_at, sequence: visit.sequence, ...change };
    await this.connection.manager.query(
      `UPDATE visits SET state = $2, starts_at = $3, ends_at = $4, sequence = $5, venue = CASE WHEN $6 THEN $7 ELSE venue END, updated_at = now() WHERE id = $1`,
      [visit.id, to, next.startsAt, next.endsAt, next.sequence, change.venue !== undefined, change.venue ?? null],
    );
    await this.record(user, { ...visit, starts_at: next.startsAt, ends_at: next.endsAt, sequence: next.sequence }, action, visit.state, to, this.sideOf(user, visit, action), message);
    return this.read(visit.id);
  }

  /** The side the user acts for in `action`: the host's when they may act for it, else the visiting city's. */
  private sideOf(user: SignedInUser, visit: Locked, action: VisitAction): VisitSide {
    const resource = visitResource({ hostCityCode: visit.host_code, visitingCityCode: visit.visiting_code, state: visit.state });
    return VISIT_ACTION_SIDES[action].includes('host') && isAllowed(actorOf(user), 'VISIT_CONFIRM', resource) ? 'host' : 'visiting';
  }

  /** A slot that was confirmed before and changes again raises the SEQUENCE; the first confirmation keeps 0. */
  private slotChanged(visit: Locked): number {
    return visit.sequence > 0 ? visit.sequence + 1 : visit.sequence;
  }

  /** The window `windowId` of the current round offered by `by`, checked and booked; null with a userError. */
  private async bookWindow(errors: UserErrors, visit: Locked, windowId: string, by: VisitSide): Promise<Slot | null> {
    const manager = this.connection.manager;
    const [window] = isUuid(windowId)
      ? await manager.query(
          `SELECT starts_at, ends_at FROM visit_windows WHERE id = $1 AND visit_id = $2 AND proposed_by = $3 AND round = (SELECT max(round) FROM visit_windows WHERE visit_id = $2)`,
          [windowId, visit.id, by],
        )
      : [];
    if (!window) return errors.add('windowId', 'NOT_FOUND') && null;
    const slot = { start: window.starts_at as Date, end: window.ends_at as Date };
    if (slot.start.getTime() < Date.now()) return errors.add('windowId', 'IN_PAST') && null;
    const host = { id: visit.host_city_id, code: visit.host_code };
    if (!(await this.availability.isAvailable(manager, host, slot.start, slot.end))) return errors.add('windowId', 'OUTSIDE_AVAILABILITY') && null;
    if (!(await this.availability.book(manager, visit.id, host, slot.start, slot.end))) return errors.add('windowId', 'SLOT_TAKEN') && null;
    return slot;
  }

  /** Windows entered as local date-times in `timeZone`, checked: a date, end after start, not in the past. */
  private slots(errors: UserErrors, field: string, windows: VisitWindowInput[], timeZone: string): Slot[] | null {
    const now = Date.now();
    const before = errors.list.length;
    const slots = windows.map((w, i) => {
      if (!isLocalDateTime(w.start)) errors.add(`${field}.${i}.start`, 'INVALID_DATE');
      if (!isLocalDateTime(w.end)) errors.add(`${field}.${i}.end`, 'INVALID_DATE');
      if (!isLocalDateTime(w.start) || !isLocalDateTime(w.end)) return null;
      const slot = { start: zonedLocalToUtc(w.start, timeZone), end: zonedLocalToUtc(w.end, timeZone) };
      if (slot.end.getTime() <= slot.start.getTime()) errors.add(`${field}.${i}.end`, 'END_BEFORE_START');
      else if (slot.start.getTime() < now) errors.add(`${field}.${i}.start`, 'IN_PAST');
      return slot;
    });
    return errors.list.length > before ? null : (slots as Slot[]);
  }

  private checkLeader(errors: UserErrors, delegation: VisitDelegateInput[]): void {
    if (delegation.length && delegation.filter((d) => d.isLeader).length !== 1) errors.add('delegation', 'ONE_LEADER');
  }

  private async currentRound(visitId: string): Promise<number> {
    const [row] = await this.connection.manager.query('SELECT coalesce(max(round), 0)::int AS round FROM visit_windows WHERE visit_id = $1', [visitId]);
    return row.round;
  }

  private async addWindows(visitId: string, round: number, by: VisitSide, slots: Slot[]): Promise<void> {
    await this.connection.manager.query(
      `INSERT INTO visit_windows (visit_id, round, position, starts_at, ends_at, proposed_by)
       SELECT $1, $2, n, s, e, $3 FROM unnest($4::timestamptz[], $5::timestamptz[]) WITH ORDINALITY AS t(s, e, n)`,
      [visitId, round, by, slots.map((s) => s.start.toISOString()), slots.map((s) => s.end.toISOString())],
    );
  }

  private async replaceDelegation(visitId: string, people: VisitDelegateInput[]): Promise<void> {
    await this.connection.manager.query(
      `INSERT INTO visit_delegates (visit_id, position, name, title, agency, email, is_leader)
       SELECT $1, n, name, title, agency, email, leader FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[]) WITH ORDINALITY AS t(name, title, agency, email, leader, n)`,
      [visitId, people.map((p) => p.name), people.map((p) => p.title), people.map((p) => p.agency), people.map((p) => p.email || null), people.map((p) => p.isLeader)],
    );
  }

  private async lock(errors: UserErrors, visitId: string): Promise<Locked | null> {
    const [row] = isUuid(visitId)
      ? await this.connection.manager.query(
          `SELECT x.id, x.state, x.host_city_id, x.visiting_city_id, h.code AS host_code, v.code AS visiting_code, x.host_time_zone, x.starts_at, x.ends_at, x.sequence
           FROM visits x JOIN city_refs h ON h.id = x.host_city_id JOIN city_refs v ON v.id = x.visiting_city_id WHERE x.id = $1 FOR UPDATE OF x`,
          [visitId],
        )
      : [];
    if (!row) errors.add('visitId', 'NOT_FOUND');
    return row ?? null;
  }

  /** A visit whose rosters may still change: not declined, withdrawn, cancelled or completed. */
  private async lockOpen(errors: UserErrors, visitId: string): Promise<Locked | null> {
    const visit = await this.lock(errors, visitId);
    if (visit && FINAL_VISIT_STATES.includes(visit.state)) {
      errors.add('visitId', 'INVALID_TRANSITION');
      return null;
    }
    return visit;
  }

  private async record(user: SignedInUser, visit: Locked, action: VisitAction | 'REQUEST', from: VisitState | null, to: VisitState, side: VisitSide, message: string | null) {
    const manager = this.connection.manager;
    await manager.query(`INSERT INTO visit_events (visit_id, actor_id, side, action, from_state, to_state, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      visit.id,
      user.id,
      side,
      action,
      from,
      to,
      message ? { message } : {},
    ]);
    await this.events.emit({
      visitId: visit.id,
      action,
      from,
      to,
      side,
      actorId: user.id,
      hostCityId: visit.host_city_id,
      visitingCityId: visit.visiting_city_id,
      startsAt: visit.starts_at,
      endsAt: visit.ends_at,
      sequence: visit.sequence,
      message,
      manager,
    });
  }

  private async edit(user: SignedInUser, visit: Locked, side: VisitSide, detail: Record<string, unknown>): Promise<void> {
    await this.connection.manager.query(`INSERT INTO visit_events (visit_id, actor_id, side, action, detail) VALUES ($1, $2, $3, 'EDIT', $4)`, [visit.id, user.id, side, detail]);
    await this.connection.manager.query('UPDATE visits SET updated_at = now() WHERE id = $1', [visit.id]);
  }

  /** The visit as the mutation answers it, read inside its transaction. */
  private async read(id: string): Promise<VisitType> {
    const [row] = (await this.connection.manager.query(`SELECT ${VISIT_COLUMNS} FROM ${VISITS_FROM} WHERE x.id = $1`, [id])) as VisitRow[];
    return toVisit(row);
  }
}
