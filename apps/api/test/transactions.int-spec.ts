import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { from, lastValueFrom } from 'rxjs';
import { Transaction, TransactionalConnection, TransactionInterceptor } from '../src/common/transaction';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

class Handlers {
  @Transaction()
  transactional() {}
  plain() {}
}

const contextFor = (handler: () => void) => ({ getHandler: () => handler }) as unknown as ExecutionContext;
const sourcesNamed = async (key: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM sources WHERE key = $1`, [key]))[0].n;

describe('transactions at the edge', () => {
  const run = async (handler: () => void, key: string, userErrors: unknown[], fail = false) => {
    const interceptor = t.app.get(TransactionInterceptor);
    const connection = t.app.get(TransactionalConnection);
    const next: CallHandler = {
      // The interceptor calls this inside its transaction, as Nest calls a resolver.
      handle: () =>
        from(
          (async () => {
            await connection.manager.query(`INSERT INTO sources (key, name) VALUES ($1, 'test')`, [key]);
            if (fail) throw new Error('boom');
            return { userErrors };
          })(),
        ),
    };
    return lastValueFrom(interceptor.intercept(contextFor(handler), next));
  };

  it('commits the writes of a mutation that succeeds', async () => {
    await run(Handlers.prototype.transactional, 'tx-ok', []);
    expect(await sourcesNamed('tx-ok')).toBe(1);
  });

  it('rolls back every write of a mutation that answers with userErrors, and still returns its payload', async () => {
    const payload = await run(Handlers.prototype.transactional, 'tx-user-error', [{ code: 'X' }]);
    expect(payload).toEqual({ userErrors: [{ code: 'X' }] });
    expect(await sourcesNamed('tx-user-error')).toBe(0);
  });

  it('rolls back when the mutation throws', async () => {
    await expect(run(Handlers.prototype.transactional, 'tx-throw', [], true)).rejects.toThrow('boom');
    expect(await sourcesNamed('tx-throw')).toBe(0);
  });

  it('leaves operations without @Transaction() alone', async () => {
    await run(Handlers.prototype.plain, 'tx-plain', [{ code: 'X' }]);
    expect(await sourcesNamed('tx-plain')).toBe(1);
  });
});
