import { startTestApp, type TestApp } from '../../test/support/test-app';
import { setPlatformAdmin } from './platform-admin';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const query = async (sql: string, values?: unknown[]) => ({ rows: await t.dataSource.query(sql, values) });

describe('grant-platform-admin', () => {
  it('makes an existing account a platform admin and back, each change in the audit log', async () => {
    const user = await t.fixtures.user();
    expect(await setPlatformAdmin(query, ` ${user.email.toUpperCase()} `, true)).toBe(true);
    expect((await t.dataSource.query(`SELECT is_platform_admin FROM users WHERE id = $1`, [user.id]))[0].is_platform_admin).toBe(true);
    expect(await setPlatformAdmin(query, user.email, false)).toBe(true);
    expect((await t.dataSource.query(`SELECT is_platform_admin FROM users WHERE id = $1`, [user.id]))[0].is_platform_admin).toBe(false);
    const audit = await t.dataSource.query(`SELECT action, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [user.id]);
    expect(audit.filter((a: { action: string }) => a.action.startsWith('PLATFORM_ADMIN'))).toEqual([
      { action: 'PLATFORM_ADMIN_GRANTED', after: { isPlatformAdmin: true } },
      { action: 'PLATFORM_ADMIN_REVOKED', after: { isPlatformAdmin: false } },
    ]);
  });

  it('changes nothing for an address without an account', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE is_platform_admin`);
    expect(await setPlatformAdmin(query, 'nobody@example.org', true)).toBe(false);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE is_platform_admin`))[0].n).toBe(n);
  });
});
