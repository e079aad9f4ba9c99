import { CitiesModule } from '../cities/cities.module.js';
import { DomainModule } from '../common/domain-module.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

// The audit_log table is made by auth's first migration (see auth.module.ts).
@DomainModule({
  name: 'audit',
  entities: [AuditEntry],
  imports: [CitiesModule],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
