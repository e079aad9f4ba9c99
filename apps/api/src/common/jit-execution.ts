import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from './request-loaders.js';

/** Compiled queries kept (the oldest goes first); a client's own query set is far smaller. */
const MAX_COMPILED = 500;
/** A query is compiled on its second sighting: compiling costs milliseconds, so one-off queries never pay it. */
const COMPILE_AFTER = 2;

/**
 * Runs hot queries through graphql-jit instead of graphql-js's per-field interpreter. Apollo Server 5
 * has no executor option, so this answers in `responseForOperation` (the hook a response cache uses),
 * after parsing, validation and the query limits. Only a clean result is answered here: when the
 * compiled run has errors, Apollo runs the query again the usual way (queries only read), so every
 * error keeps one path (errors plugin, formatter, 503). Mutations always run the usual way.
 */
export class JitExecution {
  private readonly seen = new Map<string, number>();
  private readonly compiled = new Map<string, CompiledQuery>();
  /** Answers given by a compiled query (tests read it). */
  compiledAnswers = 0;

  private compiledFor(request: GraphQLRequestContextResponseForOperation<GraphQLContext>): CompiledQuery | null {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    const hit = this.compiled.get(key);
    if (hit) return hit;
    const sightings = (this.seen.get(key) ?? 0) + 1;
    if (sightings < COMPILE_AFTER) {
      if (this.seen.size >= MAX_COMPILED) this.seen.clear();
      this.seen.set(key, sightings);
      return null;
    }
    this.seen.delete(key);
    const query = compileQuery(request.schema, request.document, request.operationName ?? undefined);
    if (!isCompiledQuery(query)) return null;
    if (this.compiled.size >= MAX_COMPILED) this.compiled.delete(this.compiled.keys().next().value as string);
    this.compiled.set(key, query);
    return query;
  }

  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => ({
        responseForOperation: async (request) => {
          if (request.operation.operation !== 'query') return null;
          const query = this.compiledFor(request);
          if (!query) return null;
          const result = await query.query(undefined, request.contextValue, request.request.variables ?? {});
          if (result.errors?.length) return null;
          this.compiledAnswers += 1;
          return { http: request.response.http, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      }),
    };
  }
}
