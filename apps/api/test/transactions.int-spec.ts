import type { CallHandler } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { from, lastValueFrom } from 'rxjs';
import { InvalidInput } from '../src/common/input';
import { MutationInterceptor, mutationErrors } from '../src/common/mutation';
import { TransactionalConnection } from '../src/common/transaction';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const sourcesNamed = async (key: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM sources WHERE key = $1`, [key]))[0].n;

/**
 * Runs `body` as Nest runs a resolver behind the global MutationInterceptor: `operation` is a
 * real field of the schema's Mutation (or Query) type, so the payload type is the real one.
 */
async function run(operation: string, body: () => Promise<unknown>, root: 'getMutationType' | 'getQueryType' = 'getMutationType') {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  const parentType = schema[root]() as GraphQLObjectType;
  const info = { parentType, schema, returnType: parentType.getFields()[operation].type };
  const execution = new ExecutionContextHost([{}, {}, { auth: { language: 'en' }, request: { requestId: 'test', sqlStatements: 0 } }, info]);
  execution.setType('graphql');
  const next: CallHandler = { handle: () => from(body()) };
  return lastValueFrom(new MutationInterceptor(t.app.get(TransactionalConnection)).intercept(execution, next));
}

/** Two writes through the transaction-bound connection, as a service makes them. */
const writeTwice = async (key: string) => {
  const db = t.app.get(TransactionalConnection).manager;
  await db.query(`INSERT INTO sources (key, name) VALUES ($1, 'first')`, [`${key}-1`]);
  await db.query(`INSERT INTO sources (key, name) VALUES ($1, 'second')`, [`${key}-2`]);
};
const bothWritten = async (key: string) => [await sourcesNamed(`${key}-1`), await sourcesNamed(`${key}-2`)];

describe('every mutation runs in one transaction (global MutationInterceptor)', () => {
  it('commits both writes of a mutation that succeeds and adds empty userErrors', async () => {
    const payload = await run('removeCityMember', async () => {
      await writeTwice('tx-ok');
      return { removedMembershipId: 'm1' };
    });
    expect(payload).toEqual({ removedMembershipId: 'm1', userErrors: [] });
    expect(await bothWritten('tx-ok')).toEqual([1, 1]);
  });

  it('leaves nothing of a mutation that writes twice and then reports a userError, and answers the failed payload', async () => {
    const payload = await run('removeCityMember', async () => {
      await writeTwice('tx-user-error');
      mutationErrors().add('membershipId', 'LAST_ADMIN');
      return { removedMembershipId: 'm1' };
    });
    expect(payload).toEqual({ removedMembershipId: null, userErrors: [{ field: 'membershipId', code: 'LAST_ADMIN', message: 'A city must keep at least one admin.', messages: expect.any(Array) }] });
    expect(await bothWritten('tx-user-error')).toEqual([0, 0]);
  });

  it('leaves nothing of a mutation that writes twice and then throws, and the error stays an error', async () => {
    await expect(
      run('removeCityMember', async () => {
        await writeTwice('tx-throw');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await bothWritten('tx-throw')).toEqual([0, 0]);
  });

  it('answers invalid input as userErrors in the request language, with false for a Boolean! field', async () => {
    const payload = await run('signOut', async () => {
      throw new InvalidInput([{ field: 'displayName', code: 'TOO_LONG', params: { max: 100 } }]);
    });
    expect(payload).toEqual({ signedOut: false, userErrors: [{ field: 'displayName', code: 'TOO_LONG', message: 'Too long (at most 100 characters).', messages: expect.any(Array) }] });
  });

  it('leaves queries alone: no transaction, no userErrors added', async () => {
    const result = await run(
      'cities',
      async () => {
        await writeTwice('tx-query');
        return { totalCount: 0 };
      },
      'getQueryType',
    );
    expect(result).toEqual({ totalCount: 0 });
    expect(await bothWritten('tx-query')).toEqual([1, 1]);
  });
});

describe('validated input at the edge', () => {
  const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { accepted userErrors { field code message } } }`;

  it('answers every invalid field as a userError in the request language, never BAD_USER_INPUT, and creates nothing', async () => {
    const res = await t.client('en').gql(SIGN_UP, { i: { email: ' not-an-address ', password: 'Bukit-Sikarah-Mendung-2026!', displayName: 'x'.repeat(101) } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp).toEqual({
      accepted: false,
      userErrors: [
        { field: 'email', code: 'INVALID_EMAIL', message: 'This is not a valid e-mail address.' },
        { field: 'displayName', code: 'TOO_LONG', message: 'Too long (at most 100 characters).' },
      ],
    });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'not-an-address'`))[0].n).toBe(0);
  });

  it('names one problem per field (REQUIRED before the others), in Bahasa Indonesia by default', async () => {
    const res = await t.client('id').gql(SIGN_UP, { i: { email: '   ', password: 'Bukit-Sikarah-Mendung-2026!', displayName: 'Warga' } });
    expect(res.data?.signUp.userErrors).toEqual([{ field: 'email', code: 'REQUIRED', message: 'Wajib diisi.' }]);
  });

  it('hands the service trimmed, lower-cased values', async () => {
    const res = await t.client('en').gql(SIGN_UP, { i: { email: '  Warga.Trim@Solok.GO.ID ', password: 'Bukit-Sikarah-Mendung-2026!', displayName: '  Warga Trim  ' } });
    expect(res.data?.signUp.userErrors).toEqual([]);
    expect(await t.dataSource.query(`SELECT email, display_name FROM users WHERE email = 'warga.trim@solok.go.id'`)).toEqual([{ email: 'warga.trim@solok.go.id', display_name: 'Warga Trim' }]);
  });
});
