import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonLogger } from './json-logger.js';
import { runInRequest } from './request-context.js';

/** Gives each request an id (echoed in `x-request-id`), a context for the SQL counter, and a log line. */
export function requestMiddleware(logger: JsonLogger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    const path = req.url?.split('?')[0]; // read now: routers rewrite req.url on the way down
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      logger.write('info', 'request', {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    runInRequest({ requestId, sqlStatements: 0 }, next);
  };
}
