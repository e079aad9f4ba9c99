import { startTestApp, TestApp } from './support/test-app';

// Expected refusals are routine (an anonymous page load asks for things it may not see): logged at
// debug without a stack, never as errors.
let t: TestApp;
let lines: Record<string, any>[];
beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'debug' });
});
afterAll(() => t.close());
beforeEach(() => {
  lines = [];
  const write = process.stdout.write.bind(process.stdout);
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest: any[]) => {
    const text = String(chunk);
    if (text.startsWith('{')) lines.push(JSON.parse(text));
    else write(chunk, ...rest);
    return true;
  });
});
afterEach(() => jest.restoreAllMocks());

const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: provinces { code }`).join(' ');

it.each([
  ['UNAUTHENTICATED', 'an anonymous mutation', `mutation { updateProfile(input: { displayName: "X" }) { userErrors { code } } }`],
  ['BAD_USER_INPUT', 'a negative page size', `{ cities(first: -1) { totalCount } }`],
  ['GRAPHQL_VALIDATION_FAILED', 'an unknown field', `{ noSuchField }`],
  ['GRAPHQL_VALIDATION_FAILED', 'a query over the alias limit', `{ ${aliases} }`],
])('logs %s (%s) at debug without a stack, and no error', async (code, _label, query) => {
  const res = await t.gql(query);
  expect(res.errors?.[0].extensions?.code).toBe(code);
  expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  const refusal = lines.find((l) => l.msg === 'GraphQL request refused');
  expect(refusal).toMatchObject({ level: 'debug', code });
  expect(JSON.stringify(lines)).not.toMatch(/stack|\bat .+:\d+:\d+/);
});

it('logs FORBIDDEN for a signed-in account at debug, and no error', async () => {
  const user = await t.fixtures.user();
  const client = await t.signedIn(user.email, user.password);
  lines.length = 0;
  const res = await client.gql(`{ representationRequests { totalCount } }`);
  expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  expect(lines.find((l) => l.msg === 'GraphQL request refused')).toMatchObject({ level: 'debug', code: 'FORBIDDEN' });
});

it('still logs an unexpected error as an error with its stack', async () => {
  // A broken database connection is the classic outage.
  await t.dataSource.query(`ALTER TABLE provinces RENAME TO provinces_gone`);
  try {
    const res = await t.gql(`{ provinces { code } }`);
    expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  } finally {
    await t.dataSource.query(`ALTER TABLE provinces_gone RENAME TO provinces`);
  }
  const errors = lines.filter((l) => l.level === 'error');
  expect(errors).toContainEqual(expect.objectContaining({ msg: 'Unexpected error in a GraphQL request', stack: expect.stringContaining('provinces') }));
});
