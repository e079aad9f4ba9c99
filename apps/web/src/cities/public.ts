// What other features may use from the city directory (see .dependency-cruiser.cjs).
export { CITY_PAGE_SIZE } from './city-directory';
export { SEARCH_DEBOUNCE_MS } from './search-input';
