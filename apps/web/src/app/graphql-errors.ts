import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** How a failed request should be shown. */
export type ErrorKind = 'unauthenticated' | 'forbidden' | 'other';

function kindOfCode(code: unknown): ErrorKind | null {
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'FORBIDDEN') return 'forbidden';
  return null;
}

function codesInBody(bodyText: string): unknown[] {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: { code?: unknown } }[] };
    return Array.isArray(body.errors) ? body.errors.map((error) => error.extensions?.code) : [];
  } catch {
    return [];
  }
}

/**
 * UNAUTHENTICATED (HTTP 401) and FORBIDDEN (403) mean "not allowed", whether they arrive as
 * GraphQL errors (extensions.code) or as an HTTP status whose body Apollo did not parse.
 */
export function errorKind(error: unknown): ErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const kind = kindOfCode(graphQLError.extensions?.code);
      if (kind) return kind;
    }
    return 'other';
  }
  if (ServerError.is(error)) {
    for (const code of codesInBody(error.bodyText)) {
      const kind = kindOfCode(code);
      if (kind) return kind;
    }
    if (error.statusCode === 401) return 'unauthenticated';
    if (error.statusCode === 403) return 'forbidden';
  }
  return 'other';
}

/** The first GraphQL error message, for error views that show what the API said. */
export function graphQLErrorMessage(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? null;
  return null;
}
