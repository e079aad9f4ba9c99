import en from './locales/impact.en.json';
import id from './locales/impact.id.json';
import { ImpactResolver, AdoptionImpactFieldResolver, PracticeIndicatorsFieldResolver } from './impact.resolver.js';
import { ImpactService } from './impact.service.js';
import { PracticeIndicators1796168085122 } from './migrations/1796168085122-practice-indicators.js';
import { PracticeIndicator } from './practice-indicator.entity.js';

/**
 * The impact of adoptions (issue 12), spread into MetricsModule: the practices' related indicators
 * (a table of the metrics domain: metrics depends on practices, not the other way) and the
 * before/after comparison of an adoption with the city's peers.
 */
export const IMPACT_ENTITIES = [PracticeIndicator];
export const IMPACT_MIGRATIONS = [PracticeIndicators1796168085122];
export const IMPACT_PROVIDERS = [ImpactService, ImpactResolver, PracticeIndicatorsFieldResolver, AdoptionImpactFieldResolver];
export const IMPACT_MESSAGES = { id, en };
