import { AuthModule } from '../auth/auth.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DomainModule } from '../common/domain-module.js';
import { FOLLOW_ENTITIES, FOLLOW_IMPORTS, FOLLOW_MESSAGES, FOLLOW_MIGRATIONS, FOLLOW_PROVIDERS, VISITS_DEMO_DATA } from './follow/follow-parts.js';
import { PracticesModule } from '../practices/practices.module.js';
import { VisitAvailabilityException, VisitAvailabilityRule, VisitHostSettings } from './availability.entity.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { Visits1796156671536 } from './migrations/1796156671536-visits.js';
import { VisitAvailabilityService } from './visit-availability.service.js';
import { Visit, VisitAgendaItem, VisitBooking, VisitDelegate, VisitEvent, VisitHostParticipant, VisitPractice, VisitWindow } from './visit.entity.js';
import { DOCUMENT_ENTITIES, DOCUMENT_MESSAGES as docs, DOCUMENT_MIGRATIONS, DOCUMENT_PROVIDERS } from './visit-documents.parts.js';
import { VisitEvents } from './visit-events.js';
import { VisitingCityResource, VisitResource } from './visit.resource.js';
import { VisitWorkflow } from './visit-workflow.service.js';
import { VISIT_RESOLVERS } from './visits.resolver.js';
import { VisitsService } from './visits.service.js';

@DomainModule({
  name: 'visits',
  entities: [Visit, VisitWindow, VisitPractice, VisitDelegate, VisitHostParticipant, VisitAgendaItem, VisitEvent, VisitBooking, VisitHostSettings, VisitAvailabilityRule, VisitAvailabilityException, ...FOLLOW_ENTITIES, ...DOCUMENT_ENTITIES],
  migrations: [Visits1796156671536, ...FOLLOW_MIGRATIONS, ...DOCUMENT_MIGRATIONS],
  demoData: VISITS_DEMO_DATA,
  // The follow part (notices, reminders, report, cost) keeps its files in follow/ (follow-parts.ts);
  // the calendars' and letters' messages are in locales/documents.*.json (visit-documents.parts.ts).
  messages: {
    id: { ...id, ...docs.id, errors: { ...id.errors, ...docs.id.errors, ...FOLLOW_MESSAGES.id.errors } },
    en: { ...en, ...docs.en, errors: { ...en.errors, ...docs.en.errors, ...FOLLOW_MESSAGES.en.errors } },
  },
  imports: [AuthModule, CitiesModule, PracticesModule, ...FOLLOW_IMPORTS],
  providers: [VisitsService, VisitWorkflow, VisitAvailabilityService, VisitEvents, VisitResource, VisitingCityResource, ...VISIT_RESOLVERS, ...FOLLOW_PROVIDERS, ...DOCUMENT_PROVIDERS],
  exports: [VisitsService, VisitWorkflow, VisitAvailabilityService, VisitEvents],
})
export class VisitsModule {}
