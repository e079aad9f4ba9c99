import type { VisitAction, VisitSide, VisitState } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One step of a visit, as the listeners get it: after the visit's row is written, before the commit. */
export interface VisitTransition {
  visitId: string;
  /** REQUEST when the visit was made (from null), else the state machine's action. */
  action: VisitAction | 'REQUEST';
  from: VisitState | null;
  to: VisitState;
  /** The side the actor acted for. */
  side: VisitSide;
  actorId: string;
  hostCityId: number;
  visitingCityId: number;
  /** The confirmed slot after the step (null when there is none). */
  startsAt: Date | null;
  endsAt: Date | null;
  sequence: number;
  /** The reason or message given, if any. */
  message: string | null;
  /** The mutation's transaction: a listener writes through it, so its rows commit or roll back with the step. */
  manager: EntityManager;
}

export type VisitTransitionListener = (transition: VisitTransition) => Promise<void> | void;

/**
 * Where other domains hear of every visit step (notifications, reminders, calendars): a listener
 * registered with `onTransition` runs inside the mutation's transaction, in registration order; a
 * listener that throws fails the mutation.
 */
@Injectable()
export class VisitEvents {
  private readonly listeners: VisitTransitionListener[] = [];

  /** Registers a listener; returns a function that removes it. */
  onTransition(listener: VisitTransitionListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  async emit(transition: VisitTransition): Promise<void> {
    for (const listener of this.listeners) await listener(transition);
  }
}
