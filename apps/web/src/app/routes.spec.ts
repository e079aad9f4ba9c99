import { PAGE_PATHS } from '@citybridge/domain';
import type { RouteObject } from 'react-router';
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
  it('has exactly the pages of PAGE_PATHS, which the API answers with 200 (any other path is 404)', () => {
    expect(pagePaths(routes).sort()).toEqual([...PAGE_PATHS].sort());
  });
});
