// What other features may use from metrics (see .dependency-cruiser.cjs).
export { CityMetricsSection, PracticeImpactSection } from './lazy-sections';
