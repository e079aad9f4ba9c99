// What the follow part (issue 11: notices, reminders, report, adoptions, cost) brings to the visits
// domain's @DomainModule: visits.module.ts spreads these into its own lists.
import { AuditModule } from '../../audit/audit.module.js';
import { CitiesModule } from '../../cities/cities.module.js';
import { JobsModule } from '../../jobs/jobs.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { PracticesModule } from '../../practices/practices.module.js';
import { VISITS_DEMO_DATA } from './demo-data/demo-visits.js';
import { FOLLOW_ENTITIES } from './follow.entities.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { VisitFollow1796157621928 } from './migrations/1796157621928-visit-follow.js';
import { VisitFollowUpResource } from './visit-follow-up.resource.js';
import { VisitFollowFieldsResolver, VisitFollowResolver } from './visit-follow.resolver.js';
import { VisitNotifier } from './visit-notifier.service.js';
import { VisitReminders } from './visit-reminders.service.js';
import { VisitReportsService } from './visit-reports.service.js';

export { FOLLOW_ENTITIES, VISITS_DEMO_DATA };
export const FOLLOW_MIGRATIONS = [VisitFollow1796157621928];
/** Only userError messages: merged into the visits domain's `errors`. */
export const FOLLOW_MESSAGES = { id, en };
export const FOLLOW_IMPORTS = [AuditModule, CitiesModule, JobsModule, NotificationsModule, PracticesModule];
export const FOLLOW_PROVIDERS = [VisitNotifier, VisitReminders, VisitReportsService, VisitFollowUpResource, VisitFollowFieldsResolver, VisitFollowResolver];
