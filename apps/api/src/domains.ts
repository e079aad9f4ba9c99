// Every domain of the API, one line each (docs/adding-a-domain.md). Each is a @DomainModule that
// brings its entities, migrations, demo data, resolvers and messages; nothing else lists them.
export { AuditModule } from './audit/audit.module.js';
export { AuthModule } from './auth/auth.module.js';
export { CitiesModule } from './cities/cities.module.js';
export { HealthModule } from './health/health.module.js';
export { JobsModule } from './jobs/jobs.module.js';
export { MailModule } from './mail/mail.module.js';
export { MembershipsModule } from './memberships/memberships.module.js';
export { PracticesModule } from './practices/practices.module.js';
export { UploadsModule } from './uploads/uploads.module.js';
export { MetricsModule } from './metrics/metrics.module.js';
