import { screen, within } from '@testing-library/react';
import { __Pascal__StatusDocument } from '../gql/features/graphql';
import { renderApp } from '../test/render-app';

function statusMock(result: object) {
  return { request: { query: __Pascal__StatusDocument }, result };
}

describe('__kebab__ page', () => {
  it('shows the status message from the API, in Bahasa Indonesia by default', async () => {
    renderApp({
      path: '/__kebab__',
      mocks: [statusMock({ data: { __camel__Status: { __typename: '__Pascal__Status', message: 'Siap' } } })],
    });
    expect(await screen.findByRole('heading', { level: 1, name: '__Pascal__' })).toBeTruthy();
    expect(await screen.findByText('Siap')).toBeTruthy();
  });

  it('says so when the status cannot be loaded', async () => {
    renderApp({ path: '/__kebab__', language: 'en', mocks: [statusMock({ errors: [{ message: 'boom' }] })] });
    expect(within(await screen.findByRole('alert')).getByText('The __kebab__ status could not be loaded.')).toBeTruthy();
  });
});
