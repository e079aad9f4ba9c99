import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { configure, render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloCache } from '../app/apollo';
import { createI18n, type Language } from '../app/i18n';
import { UiProviders } from '../app/providers';
import { routes } from '../app/routes';
import { connectTypeAhead } from '../app/type-ahead';
import type { Viewer } from '../app/viewer';
import { meMock, pendingCountsMock } from './account-fixtures';
import { unreadCountMock } from './notification-fixtures';
import { practiceMenuCountsMock } from './practice-writing-fixtures';

// Routes are lazy: whichever test of a file runs first (in any order, see --randomize) pays for
// loading its page, which on a busy machine outlasts findBy's default second.
configure({ asyncUtilTimeout: 5000 });

export interface RenderAppOptions {
  path?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Omit to let the app read the stored language, like a real page load. */
  language?: Language;
  /**
   * Who is signed in: answers every `me` query not answered by a `me` mock in `mocks` (those
   * come first, once each, e.g. signed out before a sign-in and signed in after). Default: nobody.
   * The account menu's pending counts (and practice counts, unread notifications) are 0 unless a `mocks` entry answers them first.
   */
  me?: Viewer | null;
}

/** The whole app (shell, routes, real cache policies) at `path`, with mocked GraphQL responses. */
export function renderApp({ path = '/', mocks = [], language, me = null }: RenderAppOptions = {}) {
  const i18n = createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  connectTypeAhead(router);
  const view = render(
    <UiProviders i18n={i18n} env="test">
      <MockedProvider mocks={[...mocks, meMock(me, Number.POSITIVE_INFINITY), pendingCountsMock(undefined, Number.POSITIVE_INFINITY), practiceMenuCountsMock(undefined, Number.POSITIVE_INFINITY), unreadCountMock(0, Number.POSITIVE_INFINITY)]} cache={createApolloCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        <RouterProvider router={router} />
      </MockedProvider>
    </UiProviders>,
  );
  return { ...view, router, i18n };
}
