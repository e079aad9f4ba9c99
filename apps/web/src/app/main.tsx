import './styles';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { createI18n } from './i18n';
import { UiProviders } from './providers';
import { routes } from './routes';

const i18n = createI18n();
const client = createApolloClient();
const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <UiProviders i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </UiProviders>
  </StrictMode>,
);
