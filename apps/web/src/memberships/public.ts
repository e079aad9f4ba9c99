// What other features may use from memberships (see .dependency-cruiser.cjs).
export { RequestStatusBadge, RoleBadge } from './badges';
export { RepresentationForm } from './representation-form';
