import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestState {
  requestId: string;
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestState>();

export function runInRequest<T>(state: RequestState, fn: () => T): T {
  return storage.run(state, fn);
}

export function currentRequest(): RequestState | undefined {
  return storage.getStore();
}
