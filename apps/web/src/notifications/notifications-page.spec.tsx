import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MarkNotificationsReadDocument, NotificationsDocument } from '../gql/features/graphql';
import { viewer } from '../test/account-fixtures';
import { unreadCountMock } from '../test/notification-fixtures';
import { renderApp } from '../test/render-app';
import { LAZY_STRINGS } from './notification-strings';

beforeEach(() => localStorage.clear());

const ME = viewer({ displayName: 'Admin Kota Medan', memberships: [] });

function notification(id: string, title: string, readAt: string | null = null, link: string | null = `/kunjungan/visit-${id}`) {
  return { __typename: 'Notification' as const, id, kind: 'visit.requested', title, body: `Isi ${title}`, link, readAt, createdAt: '2026-11-30T03:00:00.000Z' };
}

function listMock(nodes: ReturnType<typeof notification>[], { after = null as string | null, hasNextPage = false, totalCount = nodes.length } = {}): MockLink.MockedResponse {
  return {
    request: { query: NotificationsDocument, variables: { first: 20, after } },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c20' : null },
          totalCount,
        },
      },
    },
  } as MockLink.MockedResponse;
}
// The first page is asked without `after`.
const firstPage = (nodes: ReturnType<typeof notification>[], options: { hasNextPage?: boolean; totalCount?: number } = {}) => {
  const mock = listMock(nodes, options);
  return { ...mock, request: { query: NotificationsDocument, variables: { first: 20 } } };
};

describe('notifications page', () => {
  it('lists the notifications, unread ones marked in words, in both languages', async () => {
    for (const [language, unreadMark, count, heading] of [
      ['id', 'Belum dibaca', '1 belum dibaca', 'Notifikasi'],
      ['en', 'Unread', '1 unread', 'Notifications'],
    ] as const) {
      const view = renderApp({
        path: '/notifikasi',
        language,
        me: ME,
        mocks: [unreadCountMock(1, 3), firstPage([notification('n1', 'Kota Solok mengajukan kunjungan'), notification('n2', 'Kunjungan dikonfirmasi', '2026-11-30T04:00:00.000Z')])],
      });
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
      const list = within(await screen.findByRole('list', { name: heading }));
      const items = list.getAllByRole('article');
      expect(items).toHaveLength(2);
      expect(within(items[0] as HTMLElement).getByText(unreadMark)).toBeTruthy();
      expect(within(items[1] as HTMLElement).queryByText(unreadMark)).toBeNull();
      expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Kota Solok mengajukan kunjungan' }).getAttribute('href')).toBe('/kunjungan/visit-n1');
      expect(await screen.findByText(count)).toBeTruthy();
      view.unmount();
    }
  });

  it('marks one as read and then all of them', async () => {
    renderApp({
      path: '/notifikasi',
      me: ME,
      mocks: [
        unreadCountMock(2),
        firstPage([notification('n1', 'Permohonan baru'), notification('n2', 'Jadwal diusulkan')]),
        {
          request: { query: MarkNotificationsReadDocument, variables: { input: { ids: ['n1'] } } },
          result: { data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', markedCount: 1, unreadCount: 1, userErrors: [] } } },
        },
        firstPage([notification('n1', 'Permohonan baru', '2026-12-01T01:00:00.000Z'), notification('n2', 'Jadwal diusulkan')]),
        unreadCountMock(1),
        {
          request: { query: MarkNotificationsReadDocument, variables: { input: { all: true } } },
          result: { data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', markedCount: 1, unreadCount: 0, userErrors: [] } } },
        },
        firstPage([notification('n1', 'Permohonan baru', '2026-12-01T01:00:00.000Z'), notification('n2', 'Jadwal diusulkan', '2026-12-01T01:05:00.000Z')]),
        unreadCountMock(0),
      ],
    });
    expect(await screen.findByText('2 belum dibaca')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tandai “Permohonan baru” sudah dibaca' }));
    expect(await screen.findByText('1 belum dibaca')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tandai “Permohonan baru” sudah dibaca' })).toBeNull();
    expect(screen.getAllByText('Belum dibaca')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Tandai semua sudah dibaca' }));
    expect(await screen.findByText('Semua notifikasi sudah dibaca.')).toBeTruthy();
    expect(screen.getByText('0 belum dibaca')).toBeTruthy();
    expect(screen.queryByText('Belum dibaca')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tandai semua sudah dibaca' })).toBeNull();
  });

  it('says so when there are none', async () => {
    renderApp({ path: '/notifikasi', me: ME, mocks: [firstPage([])] });
    expect(await screen.findByText('Belum ada notifikasi. Kabar tentang kunjungan kerja kota Anda akan muncul di sini.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tandai semua sudah dibaca' })).toBeNull();
  });

  it('loads more', async () => {
    const first = Array.from({ length: 20 }, (_, i) => notification(`n${i}`, `Kabar ${i}`, '2026-11-30T05:00:00.000Z'));
    renderApp({
      path: '/notifikasi',
      me: ME,
      mocks: [firstPage(first, { hasNextPage: true, totalCount: 21 }), listMock([notification('n20', 'Kabar terakhir')], { after: 'c20', totalCount: 21 })],
    });
    expect(await screen.findByText('Kabar 19')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByText('Kabar terakhir')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(21);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull());
  });

  it('asks a signed-out visitor to sign in', async () => {
    renderApp({ path: '/notifikasi' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeTruthy();
  });
});

describe('notification bell', () => {
  it('shows the unread count in the header of a signed-in user, linking to the list', async () => {
    renderApp({ path: '/notifikasi', me: ME, mocks: [unreadCountMock(3, 5), firstPage([])] });
    const bell = await screen.findByRole('link', { name: 'Notifikasi, 3 belum dibaca' });
    expect(bell.getAttribute('href')).toBe('/notifikasi');
    expect(within(bell).getByText('3')).toBeTruthy();
  });

  it('is not shown signed out', async () => {
    renderApp({ path: '/' });
    expect(await screen.findByRole('link', { name: 'Masuk' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Notifikasi/ })).toBeNull();
  });
});

describe('notification strings', () => {
  it('have the same keys in both languages', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
    expect(keys(LAZY_STRINGS.en).sort()).toEqual(keys(LAZY_STRINGS.id).sort());
  });
});
