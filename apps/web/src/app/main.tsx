import './styles';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// From react-router/dom: navigations with `flushSync` (sign-out) need ReactDOM.flushSync.
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createI18n, currentLanguage, readStoredLanguage, switchLanguage } from './i18n';
import { UiProviders } from './providers';
import { routes } from './routes';
import { connectTypeAhead } from './type-ahead';

const storedLanguage = readStoredLanguage();
const i18n = createI18n(storedLanguage);
const client = createApolloClient({ getLanguage: () => currentLanguage(i18n) });
const router = createBrowserRouter(routes);
connectTypeAhead(router);

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');

// A reader who chose English waits for its strings (one small chunk) rather than seeing Indonesian
// first; if they cannot be loaded, the page shows in Indonesian.
const languageReady = currentLanguage(i18n) === storedLanguage ? Promise.resolve() : switchLanguage(i18n, storedLanguage).catch(() => {});

void languageReady.then(() =>
  createRoot(container).render(
  <StrictMode>
    <UiProviders i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </UiProviders>
  </StrictMode>,
  ),
);
