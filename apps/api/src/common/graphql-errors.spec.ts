import { GraphQLError } from 'graphql';
import { createErrorFormatter } from './graphql-errors';
import { JsonLogger } from './json-logger';
import { runInRequest } from './request-context';

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

  it('masks an unexpected error with the request id and logs it whole', () => {
    const format = createErrorFormatter(logger, false);
    const original = new Error('connection to 10.0.0.5 refused');
    const error = new GraphQLError(original.message, { originalError: original });
    const out = runInRequest({ requestId: 'req-42', sqlStatements: 0 }, () => format({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, error));
    expect(out).toEqual({ message: expect.stringContaining('req-42'), path: undefined, locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } });
    expect(JSON.stringify(out)).not.toContain('10.0.0.5');
    const log = JSON.parse(written[0]);
    expect(log).toMatchObject({ level: 'error', requestId: 'req-42', error: 'connection to 10.0.0.5 refused' });
    expect(log.stack).toContain('Error: connection');
  });

  it('passes expected errors through, without the stack in production', () => {
    const format = createErrorFormatter(logger, false);
    const out = format({ message: 'bad cursor', extensions: { code: 'BAD_USER_INPUT', argument: 'after', stacktrace: ['at x'] } }, new GraphQLError('bad cursor'));
    expect(out).toEqual({ message: 'bad cursor', extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(written).toEqual([]);
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES'])(
    'logs an expected %s at debug, without a stack',
    (code) => {
      const format = createErrorFormatter(new JsonLogger('debug'), true);
      const denied = new GraphQLError('no', { extensions: { code } });
      runInRequest({ requestId: 'req-7', sqlStatements: 0 }, () => format({ message: 'no', path: ['me'], extensions: { code, stacktrace: ['at x'] } }, denied));
      expect(written.map((line) => JSON.parse(line))).toEqual([{ time: expect.any(String), level: 'debug', msg: 'GraphQL request refused', requestId: 'req-7', code, path: ['me'], error: 'no' }]);
    },
  );
});
