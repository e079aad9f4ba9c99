import { startTestApp, TestApp } from '../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('metrics over HTTP', () => {
  it('answers the public status query in the language of the request', async () => {
    const res = await t.client('en').gql(`{ metricsStatus { domain message } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.metricsStatus).toEqual({ domain: 'metrics', message: 'metrics is ready.' });
  });
});
