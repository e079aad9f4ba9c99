import { DomainModule } from '../common/domain-module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';

// /health/live and /health/ready for process managers, load balancers and monitors.
@DomainModule({
  name: 'health',
  imports: [JobsModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
