import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { safeNextPath, withNext } from './safe-next';
import { errorKind } from './graphql-errors';

function serverError(status: number, body: unknown) {
  const bodyText = typeof body === 'string' ? body : JSON.stringify(body);
  return new ServerError('failed', { response: new Response(bodyText, { status }), bodyText });
}

describe('errorKind', () => {
  it('reads UNAUTHENTICATED and FORBIDDEN from GraphQL errors', () => {
    expect(errorKind(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }))).toBe(
      'unauthenticated',
    );
    expect(errorKind(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }))).toBe(
      'forbidden',
    );
    expect(errorKind(new CombinedGraphQLErrors({ errors: [{ message: 'x' }] }))).toBe('other');
  });

  it('reads HTTP 401/403 responses, with or without a GraphQL body', () => {
    expect(errorKind(serverError(401, 'Unauthorized'))).toBe('unauthenticated');
    expect(errorKind(serverError(403, { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }))).toBe('forbidden');
    expect(errorKind(serverError(500, 'oops'))).toBe('other');
    expect(errorKind(new Error('network'))).toBe('other');
  });
});

describe('safeNextPath', () => {
  it('accepts paths on this site only', () => {
    expect(safeNextPath('/undangan?token=a')).toBe('/undangan?token=a');
    expect(safeNextPath(null)).toBe('/profil');
    expect(safeNextPath('https://evil.example')).toBe('/profil');
    expect(safeNextPath('//evil.example')).toBe('/profil');
    expect(safeNextPath('/\\evil.example')).toBe('/profil');
    expect(safeNextPath('/\t/evil.example')).toBe('/profil');
    expect(withNext('/masuk', '/undangan?token=a')).toBe('/masuk?next=%2Fundangan%3Ftoken%3Da');
  });
});
