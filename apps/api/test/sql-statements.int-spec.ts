import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const directoryPage = (first: number) => `{ cities(first: ${first}) { totalCount nodes { name kind province { code name } facts { key value source { name } } } } }`;
const statements = async (query: string) => {
  const res = await t.gql(query);
  expect(res.errors).toBeUndefined();
  return Number(res.headers['x-sql-statements']);
};

describe('SQL statements per request', () => {
  it('costs at most 3 statements for 50 cities with province and facts', async () => {
    expect(await statements(directoryPage(50))).toBeLessThanOrEqual(3);
  });

  it('costs the same for 100 cities as for 5 (no N+1)', async () => {
    expect(await statements(directoryPage(100))).toBe(await statements(directoryPage(5)));
  });

  it('loads districts and coordinate sources of a whole page in one statement each', async () => {
    const base = await statements(`{ cities(first: 100) { nodes { name } } }`);
    const withLists = await statements(`{ cities(first: 100) { nodes { name districts { name } coordinates { source { name } } } } }`);
    expect(withLists - base).toBe(2);
  });
});
