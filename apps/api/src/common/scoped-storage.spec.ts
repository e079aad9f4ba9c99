import { ScopedStorage } from './scoped-storage';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('ScopedStorage', () => {
  it('keeps each concurrent scope its own store across awaits', async () => {
    const storage = new ScopedStorage<string>();
    const seen = await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        storage.run(name, async () => {
          await tick();
          return storage.getStore();
        }),
      ),
    );
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('has no store outside a scope, also after one ended in an error', async () => {
    const storage = new ScopedStorage<string>();
    await expect(storage.run('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(storage.getStore()).toBeUndefined();
  });

  it('disables its AsyncLocalStorage (and so the promise hooks) when the last scope ends', async () => {
    const storage = new ScopedStorage<string>();
    // Node's own flag: while it is set, every promise of the process is tracked.
    const enabled = () => (storage as unknown as { storage: { enabled: boolean } }).storage.enabled;
    let release = () => {};
    const first = storage.run('a', () => new Promise<void>((resolve) => (release = resolve)));
    const second = storage.run('b', async () => tick());
    expect(enabled()).toBe(true);
    await second;
    expect(enabled()).toBe(true); // 'a' is still running
    release();
    await first;
    expect(enabled()).toBe(false);
  });
});
