import { JobsService } from '../src/jobs/jobs.service';
import { startTestApp, type TestApp } from './support/test-app';

// The database check is in outage.int-spec.ts (PostgreSQL cut and back); these are the other two.
describe('/health/ready', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 503 "migrations: pending" while the database lacks a migration of the code', async () => {
    const [latest] = await t.dataSource.query(`SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1`);
    await t.dataSource.query(`DELETE FROM migrations WHERE id = $1`, [latest.id]);
    try {
      const res = await t.http().get('/health/ready');
      expect([res.status, res.body]).toEqual([503, { status: 'unavailable', checks: { database: 'ok', migrations: 'pending', jobs: 'ok' } }]);
    } finally {
      await t.dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [latest.id, latest.timestamp, latest.name]);
    }
    expect((await t.http().get('/health/ready')).status).toBe(200);
  });

  // Last: the job workers do not start again in this app.
  it('answers 503 "jobs: stopped" once the job workers have stopped', async () => {
    await t.app.get(JobsService).onModuleDestroy();
    const res = await t.http().get('/health/ready');
    expect([res.status, res.body]).toEqual([503, { status: 'unavailable', checks: { database: 'ok', migrations: 'ok', jobs: 'stopped' } }]);
    expect((await t.http().get('/health/live')).status).toBe(200);
  });
});
