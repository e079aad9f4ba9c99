import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { type FormattedExecutionResult, Kind } from 'graphql';
import type { GraphQLContext } from './request-loaders.js';
import { type SqlReader, type Statement, statement } from './sql-reader.js';

/** How many answers an instance keeps (the least recently used goes first); a compare answer is about 0.5 MB with its text. */
const MAX_KEPT = 100;

/**
 * Public queries of a domain whose whole answer depends on nothing but their arguments, the language and
 * the data they read (no user, no time): kept until the next write to it. `versions` names one-row tables
 * (id 1, n) that statement-level triggers bump with every write to that data: the domain's own, and another
 * domain's for what the answers show of it (e.g. `city_refs_version` for city names).
 */
export interface KeptQueries {
  versions: readonly string[];
  fields: readonly string[];
}

interface Kept {
  version: string;
  result: FormattedExecutionResult;
}

/**
 * Whole GraphQL answers kept in this instance until the data they were read from changes (docs/adding-a-domain.md,
 * "Answers kept until the next write"). A query whose root fields are all kept fields of one domain reads that
 * domain's version (one statement) before anything else: the same query, variables and language at the same
 * version answer the kept result, and its JSON text is made once. As the version is read before the data, an
 * answer is never kept under a version newer than what it shows, and a write (from any instance) changes the
 * version at its commit. Parsing, validation and the query limits still run; a first answer runs the usual
 * way (policy, resolvers), and only one without errors is kept.
 */
export class KeptAnswers {
  private readonly versionOf = new Map<string, Statement>();
  private readonly kept = new Map<string, Kept>();
  /** The JSON text of each kept result's data (it goes with the data object). */
  private readonly texts = new WeakMap<object, string | null>();
  /** Answers given from what was kept (tests read it). */
  keptAnswers = 0;

  constructor(
    private readonly sql: SqlReader,
    domains: readonly KeptQueries[],
  ) {
    for (const { versions, fields } of domains) {
      // The counters only grow, so their sum changes whenever one of them does.
      const sum = versions.map((v) => `(SELECT n FROM ${v} WHERE id = 1)`).join(' + ');
      const read = statement(`kept_version_${versions.join('_')}`, `SELECT (${sum})::text AS n`);
      for (const field of fields) this.versionOf.set(field, read);
    }
  }

  /** The version statement when every root field of the query is kept under the same versions; otherwise undefined. */
  private versionFor(request: GraphQLRequestContextResponseForOperation<GraphQLContext>): Statement | undefined {
    if (request.operation.operation !== 'query') return undefined;
    let found: Statement | undefined;
    for (const selection of request.operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) return undefined;
      if (selection.name.value === '__typename') continue;
      const read = this.versionOf.get(selection.name.value);
      if (!read || (found && read !== found)) return undefined;
      found = read;
    }
    return found;
  }

  /** The JSON text of a result; made once for a kept one. */
  stringify(result: FormattedExecutionResult): string {
    const data = !result.errors && !result.extensions ? result.data : undefined;
    if (!data || !this.texts.has(data)) return JSON.stringify(result);
    let text = this.texts.get(data);
    if (!text) {
      text = JSON.stringify(result);
      this.texts.set(data, text);
    }
    return text;
  }

  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => {
        let pending: { key: string; version: string } | undefined;
        return {
          responseForOperation: async (request) => {
            const read = this.versionFor(request);
            if (!read) return null;
            const [{ n: version }] = await this.sql.rows<{ n: string }>(read, []);
            const key = JSON.stringify([request.queryHash, request.operationName ?? '', request.contextValue.auth.language, request.request.variables ?? {}]);
            const found = this.kept.get(key);
            this.kept.delete(key);
            if (found?.version === version) {
              this.kept.set(key, found); // most recently used last
              this.keptAnswers += 1;
              return { http: request.response.http, body: { kind: 'single', singleResult: found.result } };
            }
            pending = { key, version };
            return null;
          },
          willSendResponse: async ({ response }) => {
            if (!pending || response.body.kind !== 'single') return;
            const { singleResult } = response.body;
            if (singleResult.errors?.length || !singleResult.data || (response.http.status ?? 200) !== 200) return;
            this.kept.set(pending.key, { version: pending.version, result: { data: singleResult.data } });
            this.texts.set(singleResult.data, null);
            if (this.kept.size > MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
          },
        };
      },
    };
  }
}
