// What the follow part brings to the visits domain's @DomainModule (visits.module.ts spreads these).
import type { MessageFiles } from '../../common/messages.js';
import { VISITS_DEMO_DATA } from './demo-data/demo-visits.js';
import { FOLLOW_ENTITIES } from './follow.entities.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { VisitFollow1796156668695 } from './migrations/1796156668695-visit-follow.js';

export { FOLLOW_ENTITIES, VISITS_DEMO_DATA };
export const FOLLOW_MIGRATIONS = [VisitFollow1796156668695];
export const FOLLOW_MESSAGES: MessageFiles = { id, en };
