import { DomainModule } from '../common/domain-module.js';
import { JobsResolver } from './jobs.resolver.js';
import { JobsService } from './jobs.service.js';

// pg-boss makes and migrates its own schema (pgboss) when it starts.
@DomainModule({
  name: 'jobs',
  providers: [JobsService, JobsResolver],
  exports: [JobsService],
})
export class JobsModule {}
