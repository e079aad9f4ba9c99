// What other features may use from memberships (see .dependency-cruiser.cjs).
export { RequestStatusBadge, RoleBadge } from './badges';
export { administersACity, MY_CITIES_PATH, usePendingCounts } from './pending-counts';
export { RepresentationForm } from './representation-form';
