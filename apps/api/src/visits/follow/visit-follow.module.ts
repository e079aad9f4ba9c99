import { Module, forwardRef } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module.js';
import { CitiesModule } from '../../cities/cities.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { PracticesModule } from '../../practices/practices.module.js';
import { VisitsModule } from '../visits.module.js';
import { VisitFollowUpResource } from './visit-follow-up.resource.js';
import { VisitFollowFieldsResolver, VisitFollowResolver } from './visit-follow.resolver.js';
import { VisitNotifier } from './visit-notifier.service.js';
import { VisitReminders } from './visit-reminders.service.js';
import { VisitReportsService } from './visit-reports.service.js';

/**
 * After a visit and around it (issue 11, part "follow"): notices of every step, reminders, the
 * report with its follow-up plan and adoptions, and the cost. Part of the visits domain: VisitsModule
 * imports it and brings its entities, migrations, demo data and messages (follow-parts.ts).
 */
@Module({
  imports: [AuditModule, CitiesModule, NotificationsModule, PracticesModule, forwardRef(() => VisitsModule)],
  providers: [VisitNotifier, VisitReminders, VisitReportsService, VisitFollowUpResource, VisitFollowFieldsResolver, VisitFollowResolver],
  exports: [VisitReportsService],
})
export class VisitFollowModule {}
