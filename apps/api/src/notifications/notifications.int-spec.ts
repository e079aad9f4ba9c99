import { startTestApp, TestApp } from '../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('notifications over HTTP', () => {
  it('answers the public status query in the language of the request', async () => {
    const res = await t.client('en').gql(`{ notificationsStatus { domain message } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.notificationsStatus).toEqual({ domain: 'notifications', message: 'notifications is ready.' });
  });
});
