import path from 'node:path';
import type { RouteObject } from 'react-router';
import { pagePathsFromSources } from './page-paths';
import { routes } from './routes';

/** Every page's full path pattern in the router, except the catch-all not-found page. */
function pagePaths(children: RouteObject[], parent = ''): string[] {
  return children.flatMap((route) => {
    if (route.path === '*') return [];
    const path = route.path ? `${parent}/${route.path}` : parent;
    const own = route.index || (route.element && route.path) ? [path || '/'] : [];
    return [...own, ...pagePaths(route.children ?? [], path)];
  });
}

describe('the router and the server agree on the pages', () => {
  it('lists in page-paths.json (which the API answers with 200, any other path 404) exactly the router’s pages', () => {
    expect(pagePathsFromSources(path.join(__dirname, '..')).sort()).toEqual(pagePaths(routes).sort());
  });
});
