import { AuditModule } from '../audit/audit.module.js';
import { DomainModule } from '../common/domain-module.js';
import { MetricIndicator } from './indicator.entity.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { MetricImport } from './metric-import.entity.js';
import { MetricSource } from './metric-source.entity.js';
import { MetricsCityResource } from './metrics-city.resource.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';
import { Metrics1796156646279 } from './migrations/1796156646279-metrics.js';
import { MetricObservation } from './observation.entity.js';

@DomainModule({
  name: 'metrics',
  entities: [MetricIndicator, MetricSource, MetricImport, MetricObservation],
  migrations: [Metrics1796156646279],
  messages: { id, en },
  imports: [AuditModule],
  providers: [MetricsService, MetricsCityResource, MetricsResolver],
  exports: [MetricsService],
})
export class MetricsModule {}
