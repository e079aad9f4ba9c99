import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const __Pascal__Page = lazy(() => import('./__kebab__-page').then((m) => ({ default: m.__Pascal__Page })));

// Registered by one line in src/app/feature-routes.ts (the generator adds it).
export const __camel__Routes: RouteObject[] = [{ path: '__kebab__', element: <__Pascal__Page /> }];
