import type { GraphQLFormattedError } from 'graphql';
import { JsonLogger } from './json-logger.js';
import { currentRequest } from './request-context.js';

/** Codes a client can act on; anything else is a bug or an outage and is masked. */
const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
]);

export function createErrorFormatter(logger: JsonLogger, exposeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && EXPECTED_CODES.has(code)) {
      if (exposeStack) return formatted;
      const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const requestId = currentRequest()?.requestId ?? 'unknown';
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    logger.write('error', 'Unexpected error in a GraphQL request', {
      requestId,
      path: formatted.path,
      error: original instanceof Error ? original.message : String(original),
      stack: original instanceof Error ? original.stack : undefined,
    });
    return {
      message: `Internal server error. Quote request id ${requestId} when you report it.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
