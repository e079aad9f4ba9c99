import { startTestApp, TestApp } from '../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('__kebab__ over HTTP', () => {
  it('answers the public status query in the language of the request', async () => {
    const res = await t.client('en').gql(`{ __camel__Status { domain message } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__camel__Status).toEqual({ domain: '__kebab__', message: '__kebab__ is ready.' });
  });
});
