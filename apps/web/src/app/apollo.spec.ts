import { MeDocument } from '../gql/graphql';
import { createApolloClient } from './apollo';
import type { Language } from './i18n';

function recordingFetch() {
  const requests: { headers: Headers; init: RequestInit }[] = [];
  const fetchStub = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ headers: new Headers(init?.headers), init: init ?? {} });
    return new Response(JSON.stringify({ data: { me: null } }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  return { fetchStub: fetchStub as unknown as typeof fetch, requests };
}

describe('Apollo client', () => {
  it('sends the current UI language as Accept-Language on every request, with the session cookie', async () => {
    let language: Language = 'id';
    const { fetchStub, requests } = recordingFetch();
    const client = createApolloClient({ getLanguage: () => language, fetch: fetchStub });

    await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
    language = 'en';
    await client.query({ query: MeDocument, fetchPolicy: 'network-only' });

    expect(requests.map((request) => request.headers.get('accept-language'))).toEqual(['id', 'en']);
    expect(requests[0]?.headers.get('apollo-require-preflight')).toBe('true');
    expect(requests[0]?.init.credentials).toBe('same-origin');
  });
});
