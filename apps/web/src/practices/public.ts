// What other features may use from the practice library (see .dependency-cruiser.cjs).
export { CityPracticesSection, NewestPracticesSection } from './lazy-sections';
