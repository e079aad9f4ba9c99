import { JsonLogger } from '../common/json-logger';
import { TransactionalConnection } from '../common/transaction';
import { DEMO, startTestApp, TestApp } from '../../test/support/test-app';
import { DEAD_LETTER_QUEUE, JobsService } from './jobs.service';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const FAILED = `{ failedJobs { queue retryCount error deadLetterQueue failedAt } }`;

describe('jobs', () => {
  it('retries a failing job, then dead-letters it and lists it to platform admins only', async () => {
    const connection = t.app.get(TransactionalConnection);
    const jobs = new JobsService(connection, new JsonLogger('error'));
    let attempts = 0;
    jobs.register(
      'test-always-fails',
      async () => {
        attempts++;
        throw new Error('the remote end said no');
      },
      { retryLimit: 1, retryDelay: 1, retryBackoff: false, cron: '0 3 * * *' },
    );
    await jobs.onApplicationBootstrap();
    try {
      await connection.run(() => jobs.send('test-always-fails', { n: 1 }));
      const admin = await t.signedIn(...DEMO.admin);
      let listed: Record<string, unknown>[] = [];
      for (let i = 0; i < 40 && !listed.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        listed = (await admin.gql(FAILED)).data?.failedJobs.filter((j: { queue: string }) => j.queue === 'test-always-fails') ?? [];
      }
      expect(attempts).toBe(2); // the first attempt and one retry
      expect(listed).toEqual([{ queue: 'test-always-fails', retryCount: 1, error: 'the remote end said no', deadLetterQueue: DEAD_LETTER_QUEUE, failedAt: expect.any(String) }]);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [DEAD_LETTER_QUEUE]);
      expect(n).toBe(1);
      const schedules = await t.dataSource.query(`SELECT cron FROM pgboss.schedule WHERE name = 'test-always-fails'`);
      expect(schedules).toEqual([{ cron: '0 3 * * *' }]);

      const cityAdmin = await t.signedIn(...DEMO.medanEditor);
      expect((await cityAdmin.gql(FAILED)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(FAILED)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await jobs.onModuleDestroy();
    }
  });

  it('refuses a job sent outside a transaction', async () => {
    await expect(t.app.get(JobsService).send('send-email', { outboxId: 'x' })).rejects.toThrow('must be sent inside a transaction');
  });
});
