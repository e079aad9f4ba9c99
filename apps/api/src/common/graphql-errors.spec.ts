import { GraphQLError } from 'graphql';
import { createErrorFormatter, errorsPlugin } from './graphql-errors';
import { JsonLogger } from './json-logger';
import { RepeatedLog } from './repeated-log';

/** What Apollo does before formatting: the errors plugin sees each error with its request. */
async function inRequest(requestId: string, ...errors: GraphQLError[]): Promise<{ http: { status?: number } }> {
  const hooks = await errorsPlugin.requestDidStart?.({} as never);
  const response = { http: { headers: new Map(), status: undefined } };
  await hooks?.didEncounterErrors?.({ errors, response, contextValue: { request: { requestId, sqlStatements: 0 } } } as never);
  return response;
}

describe('createErrorFormatter', () => {
  const logger = new JsonLogger('error');
  let written: string[];
  beforeEach(() => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('masks an unexpected error with the request id and logs it whole', async () => {
    const format = createErrorFormatter(logger, false);
    const original = new Error('connection to 10.0.0.5 refused');
    const error = new GraphQLError(original.message, { originalError: original });
    await inRequest('req-42', error);
    const out = format({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, error);
    expect(out).toEqual({ message: expect.stringContaining('req-42'), path: undefined, locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } });
    expect(JSON.stringify(out)).not.toContain('10.0.0.5');
    const log = JSON.parse(written[0]);
    expect(log).toMatchObject({ level: 'error', requestId: 'req-42', error: 'connection to 10.0.0.5 refused' });
    expect(log.stack).toContain('Error: connection');
  });

  it('answers graphql-js giving up on more than 50 bad variable values as bad input, not a bug', () => {
    const format = createErrorFormatter(logger, false);
    const message = 'Too many errors processing variables, error limit reached. Execution aborted.';
    const out = format({ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(message));
    expect(out).toEqual({ message, extensions: { code: 'BAD_USER_INPUT' } });
    expect(written.join('')).not.toContain('"level":"error"');
  });

  it('passes expected errors through, without the stack in production', () => {
    const format = createErrorFormatter(logger, false);
    const out = format({ message: 'bad cursor', extensions: { code: 'BAD_USER_INPUT', argument: 'after', stacktrace: ['at x'] } }, new GraphQLError('bad cursor'));
    expect(out).toEqual({ message: 'bad cursor', extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(written).toEqual([]);
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES'])(
    'logs an expected %s at debug, without a stack',
    async (code) => {
      const format = createErrorFormatter(new JsonLogger('debug'), true);
      const denied = new GraphQLError('no', { extensions: { code } });
      await inRequest('req-7', denied);
      format({ message: 'no', path: ['me'], extensions: { code, stacktrace: ['at x'] } }, denied);
      expect(written.map((line) => JSON.parse(line))).toEqual([{ time: expect.any(String), level: 'debug', msg: 'GraphQL request refused', requestId: 'req-7', code, path: ['me'], error: 'no' }]);
    },
  );

  it('answers an unreachable database as SERVICE_UNAVAILABLE, with HTTP 503', async () => {
    const format = createErrorFormatter(logger, false);
    const original = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const error = new GraphQLError(original.message, { originalError: original });
    expect((await inRequest('req-7', error)).http.status).toBe(503);
    const out = format({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: 'req-7' });
    expect(JSON.stringify(out)).not.toContain('5432');
  });

  it('logs a repeated error once in full, then one line with the count per interval', () => {
    const repeated = new RepeatedLog(logger);
    const format = createErrorFormatter(logger, false, repeated);
    const original = new Error('relation "cities" does not exist');
    for (let i = 0; i < 500; i++) format({ message: original.message, path: ['cities'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(original.message, { originalError: original }));
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0]).stack).toContain('relation "cities"');
    repeated.flush();
    expect(written).toHaveLength(2);
    expect(JSON.parse(written[1])).toMatchObject({ level: 'error', msg: 'Unexpected error in a GraphQL request (repeated)', path: 'cities', repeats: 499, seconds: 60 });
    expect(JSON.parse(written[1]).stack).toBeUndefined();
    repeated.flush(); // quiet for an interval: forgotten, so the next one is logged in full again
    format({ message: original.message, path: ['cities'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(original.message, { originalError: original }));
    expect(written).toHaveLength(3);
    expect(JSON.parse(written[2]).stack).toBeDefined();
    repeated.stop();
  });
});
