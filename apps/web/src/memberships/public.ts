// What other features may use from memberships (see .dependency-cruiser.cjs).
export { RequestStatusBadge, RoleBadge } from './badges';
export { administersACity, MY_CITIES_PATH, usePendingCounts } from './pending-counts';
export { CityPicker, type PickedCity } from './city-picker';
export { RepresentationForm } from './representation-form';
