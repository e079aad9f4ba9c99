import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * AsyncLocalStorage whose async context tracking is on only while one of its scopes runs. On Node 20
 * an enabled AsyncLocalStorage hooks every promise of every request, and stays enabled: that cost a
 * list read about a sixth of its CPU (measured with bench/cpu-per-request.mjs). Reads need no scope,
 * so only mutations, jobs and (in tests) the statement counter open one; when the last scope ends the
 * storage is disabled and the hooks with it.
 */
export class ScopedStorage<T> {
  private readonly storage = new AsyncLocalStorage<T>();
  private open = 0;

  /** Runs fn with `store` as the current store; the scope ends when fn's promise settles. */
  async run<R>(store: T, fn: () => Promise<R>): Promise<R> {
    this.open += 1;
    try {
      return await this.storage.run(store, fn);
    } finally {
      this.open -= 1;
      if (this.open === 0) this.storage.disable();
    }
  }

  /** Runs fn (a callback-style continuation) in `store` and keeps tracking on for good: for the opt-in statement counter. */
  runForever<R>(store: T, fn: () => R): R {
    this.open = Number.POSITIVE_INFINITY;
    return this.storage.run(store, fn);
  }

  getStore(): T | undefined {
    return this.open > 0 ? this.storage.getStore() : undefined;
  }
}
