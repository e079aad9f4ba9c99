import type { ApolloServerPlugin } from '@apollo/server';
import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import { InvalidInput } from './input.js';
import { JsonLogger } from './json-logger.js';
import { message } from './messages.js';
import { badInput } from './pagination.js';
import { RepeatedLog } from './repeated-log.js';
import { currentRequest } from './request-context.js';
import type { GraphQLContext } from './request-loaders.js';

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

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/** The answer while PostgreSQL cannot be reached; GraphQL answers it with HTTP 503 (serviceUnavailablePlugin). */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/**
 * Every GraphQL error reaches the client through this formatter, which logs it: an expected
 * refusal (a denied call, bad input, a query over the limits) is routine, so at debug and without a
 * stack; an unreachable database is an outage, answered SERVICE_UNAVAILABLE and logged as a warning;
 * anything else is a bug, logged at error with the stack, and masked. Outages and bugs repeat on
 * every request: each is logged in full once, then counted (RepeatedLog).
 */
export function createErrorFormatter(logger: JsonLogger, exposeStack: boolean, repeated = new RepeatedLog(logger)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // graphql-js stops coercing variables after 50 bad values with an error of no code: still bad input.
    if ([undefined, 'INTERNAL_SERVER_ERROR'].includes(formatted.extensions?.code as string | undefined) && formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    const code = formatted.extensions?.code as string | undefined;
    const requestId = requestIds.get(error as object) ?? currentRequest()?.requestId ?? 'unknown';
    if (code && EXPECTED_CODES.has(code)) {
      logger.write('debug', 'GraphQL request refused', { requestId, code, path: formatted.path, error: formatted.message });
      if (exposeStack) return formatted;
      const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const text = original instanceof Error ? original.message : String(original);
    if (isDatabaseUnavailable(original)) {
      repeated.write('warn', 'Database unavailable', 'database-unavailable', { requestId, path: formatted.path, error: text }, { error: text });
      return {
        message: 'The service is unavailable for a moment: try again shortly.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: SERVICE_UNAVAILABLE, requestId },
      };
    }
    const where = formatted.path?.filter((p) => typeof p === 'string').join('.');
    repeated.write('error', 'Unexpected error in a GraphQL request', `${where}|${text}`, { requestId, path: formatted.path, error: text, stack: original instanceof Error ? original.stack : undefined }, { path: where, error: text });
    return {
      message: `Internal server error. Quote request id ${requestId} when you report it.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

// The request of each error, for the formatter (Apollo hands it the error alone): reads open no async scope.
const requestIds = new WeakMap<object, string>();

/**
 * Tags each error with its request's id for the formatter, and answers HTTP 503 (and Retry-After)
 * when the database cannot be reached, so monitors and load balancers see the outage.
 */
export const errorsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, response, contextValue }) {
        for (const error of errors) requestIds.set(error, contextValue.request.requestId);
        if (errors.some((e) => isDatabaseUnavailable(e.originalError ?? e))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
      },
    };
  },
};

/**
 * Without a filter NestJS logs every error a resolver or guard throws, a denial included, as an
 * error with its stack. GraphQL errors are passed on untouched to the formatter above, which logs
 * each at its level; other requests keep NestJS's handling.
 */
@Catch()
export class GraphQLErrorPassThroughFilter extends BaseExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    // A mutation answers invalid input as userErrors (MutationInterceptor); a query as bad input.
    if (exception instanceof InvalidInput) {
      const { language } = GqlArgumentsHost.create(host).getContext<GraphQLContext>().auth;
      const [first] = exception.problems;
      return badInput(`${exception.path}: ${message(language, `errors.${first.code}`, first.params)}`, exception.path);
    }
    // graphql-js turns a returned Error into a field error, as if the resolver had thrown it.
    // The original stays the cause (an error from another realm is no `instanceof Error`), so the formatter can tell an outage.
    return exception instanceof Error ? exception : new Error(String(exception), { cause: exception });
  }
}
