import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { DomainModule } from '../common/domain-module.js';
import { PracticesModule } from '../practices/practices.module.js';
import { DEMO_METRICS } from './demo-data/demo-series.js';
import { MetricIndicator } from './indicator.entity.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { MetricExportHttp } from './metric-export.http.js';
import { MetricImport } from './metric-import.entity.js';
import { MetricImportResource } from './metric-import.resource.js';
import { MetricImportsHttp } from './metric-imports.http.js';
import { MetricImportsService } from './metric-imports.service.js';
import { MetricSource } from './metric-source.entity.js';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';
import { MetricsCityResource } from './metrics-city.resource.js';
import { Metrics1796156646279 } from './migrations/1796156646279-metrics.js';
import { MetricsCompareIndex1796168414856 } from './migrations/1796168414856-metrics-compare-index.js';
import { MetricObservation } from './observation.entity.js';

@DomainModule({
  name: 'metrics',
  entities: [MetricIndicator, MetricSource, MetricImport, MetricObservation],
  migrations: [Metrics1796156646279, MetricsCompareIndex1796168414856],
  demoData: DEMO_METRICS,
  messages: { id, en },
  imports: [AuditModule, AuthModule, PracticesModule],
  providers: [MetricsService, MetricImportsService, MetricsCityResource, MetricImportResource, MetricImportsHttp, MetricExportHttp, MetricsResolver],
  exports: [MetricsService],
})
export class MetricsModule {}
