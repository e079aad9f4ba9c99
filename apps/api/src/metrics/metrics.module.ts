import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DomainModule } from '../common/domain-module.js';
import { PracticesModule } from '../practices/practices.module.js';
import { CityFactsResolver } from './city-facts.resolver.js';
import { CityFactsService } from './city-facts.service.js';
import { withCityProfile } from './demo-data/city-profile.js';
import { DEMO_METRICS } from './demo-data/demo-series.js';
import { IMPACT_ENTITIES, IMPACT_MESSAGES, IMPACT_MIGRATIONS, IMPACT_PROVIDERS } from './impact/impact-parts.js';
import { MetricIndicator } from './indicator.entity.js';
import { IndicatorFieldsResolver } from './indicator-fields.resolver.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { MetricDataVersion } from './metric-data-version.entity.js';
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
import { CityFacts1796168090571 } from './migrations/1796168090571-city-facts.js';
import { MetricsCompareIndex1796168414856 } from './migrations/1796168414856-metrics-compare-index.js';
import { MetricDataVersion1796179710472 } from './migrations/1796179710472-metric-data-version.js';
import { ProgramSeriesIndex1796181832564 } from './migrations/1796181832564-program-series-index.js';
import { MetricObservation } from './observation.entity.js';
import { ProgramMetricsResolver } from './program-metrics.resolver.js';
import { ProgramMetricsService } from './program-metrics.service.js';

@DomainModule({
  name: 'metrics',
  entities: [MetricIndicator, MetricSource, MetricImport, MetricObservation, MetricDataVersion, ...IMPACT_ENTITIES],
  migrations: [Metrics1796156646279, ...IMPACT_MIGRATIONS, CityFacts1796168090571, MetricsCompareIndex1796168414856, MetricDataVersion1796179710472, ProgramSeriesIndex1796181832564],
  demoData: withCityProfile(DEMO_METRICS),
  // Public reads of the catalogue and the default values only (no user, no practice data): kept until the next write.
  // Not programComparison: it depends on the practices' state and titles.
  keptQueries: { versions: ['metric_data_version', 'city_refs_version'], fields: ['compare', 'ranking', 'peerGroup', 'indicators', 'indicator'] },
  // The impact panel keeps its messages in files of its own (impact/locales/impact.*.json).
  messages: {
    id: { ...id, metrics: { ...id.metrics, ...IMPACT_MESSAGES.id.metrics }, errors: { ...id.errors, ...IMPACT_MESSAGES.id.errors } },
    en: { ...en, metrics: { ...en.metrics, ...IMPACT_MESSAGES.en.metrics }, errors: { ...en.errors, ...IMPACT_MESSAGES.en.errors } },
  },
  imports: [AuditModule, AuthModule, CitiesModule, PracticesModule],
  providers: [MetricsService, MetricImportsService, MetricsCityResource, MetricImportResource, MetricImportsHttp, MetricExportHttp, MetricsResolver, IndicatorFieldsResolver, CityFactsService, CityFactsResolver, ProgramMetricsService, ProgramMetricsResolver, ...IMPACT_PROVIDERS],
  exports: [MetricsService, CityFactsService],
})
export class MetricsModule {}
