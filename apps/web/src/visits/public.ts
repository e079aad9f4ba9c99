// What other features may use from visits (see .dependency-cruiser.cjs).
export { CityVisitsSection } from './city-visits-section';
export { RequestVisitLink } from './request-visit-link';
