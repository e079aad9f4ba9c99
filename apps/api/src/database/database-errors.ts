/**
 * Errors that say PostgreSQL cannot be reached (down, restarting, shutting down, out of
 * connections), as opposed to a failed statement. The request can be retried later.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '08000',
  '08001',
  '08003',
  '08006', // connection exceptions
]);
const UNAVAILABLE_MESSAGE = /Connection terminated|Client was closed|Client has encountered a connection error|timeout exceeded when trying to connect|Connection is not established/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if ((typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) || (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message))) return true;
    // AggregateError (every address refused), TypeORM's QueryFailedError, Error.cause.
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}
