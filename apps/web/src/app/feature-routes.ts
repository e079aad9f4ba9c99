// Every feature's pages, one line each (docs/adding-a-domain.md).
export { accountsRoutes } from '../accounts/routes';
export { auditRoutes } from '../audit/routes';
export { citiesRoutes } from '../cities/routes';
export { devMailboxRoutes } from '../dev-mailbox/routes';
export { membershipsRoutes } from '../memberships/routes';
export { notificationsRoutes } from '../notifications/routes';
export { metricsRoutes } from '../metrics/routes';
export { practicesRoutes } from '../practices/routes';
export { visitsRoutes } from '../visits/routes';
