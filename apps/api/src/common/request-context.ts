import { ScopedStorage } from './scoped-storage.js';

/** What code deep inside a request may need of it: its id (logs, audit) and the count of its SQL statements. */
export interface RequestState {
  requestId: string;
  sqlStatements: number;
}

const storage = new ScopedStorage<RequestState>();

/** The request's scope for the length of fn: mutations open it (the audit log records the request id). */
export function runInRequest<T>(state: RequestState, fn: () => Promise<T>): Promise<T> {
  return storage.getStore() === state ? fn() : storage.run(state, fn);
}

/**
 * Every request in a scope of its own, to count its SQL statements (the `x-sql-statements` header of
 * tests and SQL_STATEMENTS_HEADER): costs every request its async context, so deployments leave it off.
 */
export function countInRequest(state: RequestState, next: () => void): void {
  storage.runForever(state, next);
}

/** The current request's state inside a scope (a mutation, or every request while counting); else undefined. */
export function currentRequest(): RequestState | undefined {
  return storage.getStore();
}
