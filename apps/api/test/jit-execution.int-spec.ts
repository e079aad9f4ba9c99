import { JitExecution } from '../src/common/jit-execution';
import { DEMO, startTestApp, TestApp } from './support/test-app';

// Hot queries run compiled (graphql-jit); these check that a compiled answer is the interpreter's answer.
let t: TestApp;
let jit: JitExecution;
beforeAll(async () => {
  t = await startTestApp();
  jit = t.app.get(JitExecution);
});
afterAll(() => t.close());

/** Sends the request three times: the first runs in graphql-js, the next two compiled (when they can be). */
async function threeTimes(send: () => Promise<{ body?: unknown; data?: unknown; errors?: unknown; headers?: Record<string, string> }>) {
  const before = jit.compiledAnswers;
  const answers = [await send(), await send(), await send()];
  return { answers: answers.map(({ data, errors }) => ({ data, errors })), statements: answers.map((a) => a.headers?.['x-sql-statements']), compiled: jit.compiledAnswers - before };
}

const PAGE = `query Page($first: Int, $term: String) {
  cities(first: $first, filter: { search: $term }) {
    totalCount
    nodes { name slug kind timeZone { label utcOffsetMinutes } province { code name cityCount } facts { key value unit asOf quality source { name isDemo } } coordinates { latitude longitude source { name } } districtCount }
    pageInfo { hasNextPage endCursor }
  }
}`;

it('answers a hot list query compiled, with the same data and the same statements as the interpreter', async () => {
  const run = await threeTimes(() => t.gql(PAGE, { first: 20, term: 'kota' }));
  expect(run.compiled).toBe(2);
  expect(run.answers[1]).toEqual(run.answers[0]);
  expect(run.answers[2]).toEqual(run.answers[0]);
  expect(run.answers[0].errors).toBeUndefined();
  expect(Number(run.statements[0])).toBeGreaterThan(0);
  expect(run.statements[1]).toBe(run.statements[0]);
});

it('reuses a compiled query with other variables', async () => {
  await threeTimes(() => t.gql(PAGE, { first: 5, term: 'solok' }));
  const other = await t.gql(PAGE, { first: 2, term: 'medan' });
  expect(other.data?.cities.nodes.map((c: { slug: string }) => c.slug)).toEqual(expect.arrayContaining(['kota-medan']));
  expect(other.data?.cities.nodes.length).toBeLessThanOrEqual(2);
});

it('answers errors the usual way: a bad argument and a denial come out as from the interpreter', async () => {
  const bad = await threeTimes(() => t.gql(`{ cities(after: "not-a-cursor") { totalCount } }`));
  expect(bad.compiled).toBe(0);
  expect(bad.answers[2]).toEqual(bad.answers[0]);
  expect(bad.answers[0].errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } })]);
  const member = await t.signedIn(...DEMO.solokMember);
  const denied = await threeTimes(() => member.gql(`{ failedJobs { id } }`));
  expect(denied.answers[2]).toEqual(denied.answers[0]);
  expect(denied.answers[0].errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
});

it('answers per viewer: a compiled `me` still reads the caller of each request', async () => {
  const ME = `{ me { email } }`;
  const anonymous = t.client();
  await anonymous.gql(ME);
  await anonymous.gql(ME);
  const editor = await t.signedIn(...DEMO.medanEditor);
  const before = jit.compiledAnswers;
  expect((await editor.gql(ME)).data?.me).toEqual({ email: DEMO.medanEditor[0] });
  expect((await anonymous.gql(ME)).data?.me).toBeNull();
  expect(jit.compiledAnswers - before).toBe(2);
});

it('never compiles a mutation', async () => {
  const before = jit.compiledAnswers;
  for (let i = 0; i < 3; i++) await t.gql(`mutation { signOut { signedOut } }`);
  expect(jit.compiledAnswers).toBe(before);
});
