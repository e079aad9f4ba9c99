import type { RouteObject } from 'react-router';

// Registered by one line in src/app/feature-routes.ts. The library's pages come later (issue 8).
export const practicesRoutes: RouteObject[] = [];
