import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const __Pascal__Page = lazy(() => import('./__kebab__-page').then((m) => ({ default: m.__Pascal__Page })));

// Registered by one import and one `...__camel__Routes,` line in src/app/routes.tsx.
export const __camel__Routes: RouteObject[] = [{ path: '__kebab__', element: <__Pascal__Page /> }];
