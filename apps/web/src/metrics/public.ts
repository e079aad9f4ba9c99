// What other features may use from metrics (see .dependency-cruiser.cjs).
export { CityMetricsSection } from './lazy-sections';
