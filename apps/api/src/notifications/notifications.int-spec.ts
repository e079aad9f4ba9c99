import { NotificationsService } from './notifications.service';
import { TransactionalConnection } from '../common/transaction';
import { startTestApp, TestApp } from '../../test/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Notices written the way a domain writes them: through the service, in a transaction. */
async function notify(userIds: string[], kind: string, params: Record<string, string | number>, email = true) {
  const connection = t.app.get(TransactionalConnection);
  return connection.run(() => t.app.get(NotificationsService).notify(userIds, kind, params, { subjectId: '00000000-0000-4000-8000-000000000001', email }));
}

describe('notifications over HTTP', () => {
  it('lists only the signed-in user’s notices, newest first, in the request’s language, with the unread count', async () => {
    const me = await t.fixtures.user();
    const other = await t.fixtures.user();
    await notify([me.id, other.id], 'visit.requested', { visiting: 'Kota Solok', host: 'Kota Medan', link: '/kunjungan/x' }, false);
    await notify([me.id], 'visit.confirmed', { visiting: 'Kota Solok', host: 'Kota Medan', startsAt: '2026-12-08T02:00:00.000Z', zone: 'Asia/Jakarta', zoneLabel: 'WIB' }, false);
    const client = await t.signedIn(me.email, me.password);
    const res = await client.gql(`{ unreadNotificationCount notifications(first: 10) { totalCount nodes { kind subjectId link title body readAt } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.unreadNotificationCount).toBe(2);
    expect(res.data?.notifications.totalCount).toBe(2);
    const [confirmed, requested] = res.data?.notifications.nodes ?? [];
    expect(confirmed).toMatchObject({ kind: 'visit.confirmed', link: null, title: 'Kunjungan Kota Solok ke Kota Medan dikonfirmasi', readAt: null });
    expect(confirmed.body).toBe('Kota Medan mengonfirmasi kunjungan kerja Kota Solok pada 8 Desember 2026 pukul 09.00 WIB.');
    expect(requested).toMatchObject({ kind: 'visit.requested', link: '/kunjungan/x', subjectId: '00000000-0000-4000-8000-000000000001' });
    const en = await t.signedIn(me.email, me.password);
    const english = await en.agent.post('/graphql').set('content-type', 'application/json').set('apollo-require-preflight', 'true').set('accept-language', 'en')
      .send({ query: `{ notifications(first: 1) { nodes { title } } }` });
    expect(english.body.data.notifications.nodes[0].title).toBe("Kota Solok's visit to Kota Medan is confirmed");
  });

  it('marks the given notices read, or all, and never another user’s', async () => {
    const me = await t.fixtures.user();
    const other = await t.fixtures.user();
    await notify([me.id, other.id], 'visit.cancelled', { visiting: 'A', host: 'B' }, false);
    await notify([me.id], 'visit.declined', { visiting: 'A', host: 'B' }, false);
    const [theirs] = await t.dataSource.query(`SELECT id FROM notifications WHERE user_id = $1`, [other.id]);
    const client = await t.signedIn(me.email, me.password);
    const list = await client.gql(`{ notifications { nodes { id kind } } }`);
    const declined = list.data?.notifications.nodes.find((n: { kind: string }) => n.kind === 'visit.declined');

    const one = await client.gql(`mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { markedCount unreadCount userErrors { field code } } }`, { ids: [declined.id, theirs.id] });
    expect(one.data?.markNotificationsRead).toEqual({ markedCount: 1, unreadCount: 1, userErrors: [] });
    const [{ read_at }] = await t.dataSource.query(`SELECT read_at FROM notifications WHERE id = $1`, [theirs.id]);
    expect(read_at).toBeNull();

    const none = await client.gql(`mutation { markNotificationsRead(input: {}) { markedCount userErrors { field code } } }`);
    expect(none.data?.markNotificationsRead).toEqual({ markedCount: null, userErrors: [{ field: 'ids', code: 'REQUIRED' }] });

    const all = await client.gql(`mutation { markNotificationsRead(input: { all: true }) { markedCount unreadCount } }`);
    expect(all.data?.markNotificationsRead).toEqual({ markedCount: 1, unreadCount: 0 });
    const unread = await client.gql(`{ unreadNotificationCount notifications(unreadOnly: true) { totalCount } }`);
    expect(unread.data).toEqual({ unreadNotificationCount: 0, notifications: { totalCount: 0 } });
  });

  it('mails each recipient once, Bahasa Indonesia first, then English', async () => {
    const a = await t.fixtures.user();
    await notify([a.id, a.id], 'visit.requested', { visiting: 'Kota Solok', host: 'Kota Medan', link: '/kunjungan/abc' });
    const mails = await t.dataSource.query(`SELECT subject, text_body FROM outbox_emails WHERE to_address = $1`, [a.email]);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Permohonan kunjungan kerja dari Kota Solok');
    expect(mails[0].text_body.indexOf('Kota Solok memohon')).toBeLessThan(mails[0].text_body.indexOf('Kota Solok asks'));
    expect(mails[0].text_body).toContain('/kunjungan/abc');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [a.id])).toEqual([{ n: 1 }]);
  });
});
