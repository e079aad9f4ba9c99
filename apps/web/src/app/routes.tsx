import type { RouteObject } from 'react-router';
import * as featureRoutes from './feature-routes';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

// Each feature lists its own (lazy-loaded) pages in <feature>/routes.tsx, registered by one line in
// feature-routes.ts; the shell and the placeholders load first.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Pathless: render errors inside the shell, so header, language switch and footer stay.
        errorElement: <RouteErrorPage />,
        children: [
          ...Object.values(featureRoutes).flat(),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
