import { fireEvent, screen, within } from '@testing-library/react';
import { AuditLogDocument } from '../gql/features/graphql';
import { PLATFORM_ADMIN, SOLOK_CITY, WARGA } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import { dayBoundary, toAuditLogFilter } from './audit-filters';
import { AUDIT_PAGE_SIZE } from './audit-log-page';
import { jsonDiff } from './json-diff';

beforeEach(() => localStorage.clear());

const ENTRY = {
  __typename: 'AuditEntry',
  id: 'audit-1',
  at: '2026-03-02T07:30:00.000Z',
  action: 'membership.role_changed',
  entityType: 'CityMembership',
  entityId: 'm-editor',
  before: '{"role":"EDITOR","userId":"user-2"}',
  after: '{"userId":"user-2","role":"ADMIN"}',
  actor: { __typename: 'MemberUser', id: 'user-admin', displayName: 'Admin CityBridge', email: 'admin@citybridge.demo' },
  city: SOLOK_CITY,
};

function auditMock(filter: object, nodes: object[], extra: { after?: string; hasNextPage?: boolean; endCursor?: string } = {}) {
  const { after, hasNextPage = false, endCursor = null } = extra;
  return {
    request: { query: AuditLogDocument, variables: { filter, first: AUDIT_PAGE_SIZE, ...(after ? { after } : {}) } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEntryConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          nodes,
        },
      },
    },
  };
}

describe('audit log', () => {
  it('lists entries with time, actor, action, entity, city and an expandable diff', async () => {
    renderApp({ path: '/admin/audit', me: PLATFORM_ADMIN, mocks: [auditMock({}, [ENTRY])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Log audit' })).toBeTruthy();
    const table = within(await screen.findByRole('table', { name: 'Log audit' }));
    const time = table.getByText((_, element) => element?.tagName === 'TIME');
    expect(time.getAttribute('datetime')).toBe(ENTRY.at);
    expect(time.textContent).toMatch(/2026/);
    expect(table.getByText('Admin CityBridge')).toBeTruthy();
    expect(table.getByText('membership.role_changed')).toBeTruthy();
    expect(table.getByText('CityMembership')).toBeTruthy();
    expect(table.getByRole('link', { name: 'Kota Solok' }).getAttribute('href')).toBe('/kota/kota-solok');

    const toggle = table.getByRole('button', { name: 'Tampilkan perubahan' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const diff = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(diff.querySelector('pre')?.textContent).toBe(
      ['  {', '-   "role": "EDITOR",', '+   "role": "ADMIN",', '    "userId": "user-2"', '  }', ''].join('\n'),
    );
  });

  it('puts the filters in the URL and queries with them', async () => {
    const from = dayBoundary('2026-03-01', false);
    const to = dayBoundary('2026-03-31', true);
    const { router } = renderApp({
      path: '/admin/audit',
      me: PLATFORM_ADMIN,
      mocks: [
        auditMock({}, [ENTRY]),
        auditMock({ citySlug: 'kota-solok', userEmail: 'admin@citybridge.demo', from, to }, []),
      ],
    });
    await screen.findByRole('table', { name: 'Log audit' });

    const form = within(screen.getByRole('search', { name: 'Saring log audit' }));
    fireEvent.change(form.getByLabelText(/^Kota atau kabupaten/), { target: { value: 'Kota Solok' } });
    fireEvent.change(form.getByLabelText('E-mail pengguna'), { target: { value: 'admin@citybridge.demo' } });
    fireEvent.change(form.getByLabelText('Dari tanggal'), { target: { value: '2026-03-01' } });
    fireEvent.change(form.getByLabelText('Sampai tanggal'), { target: { value: '2026-03-31' } });
    expect(router.state.location.search).toBe('');
    fireEvent.click(form.getByRole('button', { name: 'Terapkan' }));

    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      kota: 'Kota Solok',
      email: 'admin@citybridge.demo',
      dari: '2026-03-01',
      sampai: '2026-03-31',
    });
    expect(await screen.findByText('Tidak ada entri yang cocok dengan filter.')).toBeTruthy();

    fireEvent.click(form.getByRole('button', { name: 'Hapus filter' }));
    expect(router.state.location.search).toBe('');
    expect((form.getByLabelText('Dari tanggal') as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('table', { name: 'Log audit' })).toBeTruthy();
  });

  it('reads the filters from the URL', async () => {
    renderApp({
      path: '/admin/audit?kota=kota-solok&dari=2026-03-01',
      me: PLATFORM_ADMIN,
      mocks: [auditMock({ citySlug: 'kota-solok', from: dayBoundary('2026-03-01', false) }, [ENTRY])],
    });

    expect(await screen.findByRole('table', { name: 'Log audit' })).toBeTruthy();
    expect((screen.getByLabelText(/^Kota atau kabupaten/) as HTMLInputElement).value).toBe('kota-solok');
    expect((screen.getByLabelText('Dari tanggal') as HTMLInputElement).value).toBe('2026-03-01');
  });

  it('refuses an end date before the start date', async () => {
    const { router } = renderApp({ path: '/admin/audit', me: PLATFORM_ADMIN, mocks: [auditMock({}, [])] });
    await screen.findByText('Tidak ada entri yang cocok dengan filter.');

    fireEvent.change(screen.getByLabelText('Dari tanggal'), { target: { value: '2026-03-10' } });
    fireEvent.change(screen.getByLabelText('Sampai tanggal'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));

    expect(screen.getByText('Tanggal akhir sebelum tanggal awal.')).toBeTruthy();
    expect(router.state.location.search).toBe('');
  });

  it('loads more entries', async () => {
    renderApp({
      path: '/admin/audit',
      me: PLATFORM_ADMIN,
      mocks: [
        auditMock({}, [ENTRY], { hasNextPage: true, endCursor: 'c1' }),
        auditMock({}, [{ ...ENTRY, id: 'audit-2', action: 'invitation.created' }], { after: 'c1' }),
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));

    expect(await screen.findByText('invitation.created')).toBeTruthy();
    expect(screen.getByText('membership.role_changed')).toBeTruthy();
  });

  it('is only for users with AUDIT_LOG_VIEW', async () => {
    renderApp({ path: '/admin/audit', me: WARGA });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anda tidak memiliki akses' })).toBeTruthy();
  });

  it('shows the sign-in view when the API answers UNAUTHENTICATED', async () => {
    renderApp({
      path: '/admin/audit',
      me: PLATFORM_ADMIN,
      mocks: [
        {
          request: { query: AuditLogDocument, variables: { filter: {}, first: AUDIT_PAGE_SIZE } },
          result: { errors: [{ message: 'Silakan masuk terlebih dahulu.', extensions: { code: 'UNAUTHENTICATED' } }] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeTruthy();
  });
});

describe('audit filter helpers', () => {
  it('finds the city by the name people type, or by its page address', () => {
    expect(toAuditLogFilter({ city: ' Kota Solok ', email: '', from: '', to: '' }).citySlug).toBe('kota-solok');
    expect(toAuditLogFilter({ city: 'kota-solok', email: '', from: '', to: '' }).citySlug).toBe('kota-solok');
    expect(toAuditLogFilter({ city: '  ', email: '', from: '', to: '' })).toEqual({});
  });

  it('turns dates into whole local days and drops empty criteria', () => {
    const filter = toAuditLogFilter({ city: ' kota-solok ', email: '', from: '2026-03-01', to: '2026-03-01' });
    expect(filter.citySlug).toBe('kota-solok');
    expect('userEmail' in filter).toBe(false);
    expect(new Date(filter.from as string).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(filter.to as string).getTime()).toBe(new Date(2026, 2, 2).getTime() - 1);
    expect(toAuditLogFilter({ city: '', email: '', from: '2026-02-30', to: 'x' })).toEqual({});
  });
});

describe('jsonDiff', () => {
  it('ignores key order and marks changed lines', () => {
    expect(jsonDiff('{"b":1,"a":2}', '{"a":2,"b":1}').every((line) => line.kind === 'same')).toBe(true);
    expect(jsonDiff(null, '{"a":1}').map((line) => line.kind)).toEqual(['added', 'added', 'added']);
    expect(jsonDiff('{"a":1}', null).map((line) => line.kind)).toEqual(['removed', 'removed', 'removed']);
    expect(jsonDiff('not json', 'not json either')).toEqual([
      { kind: 'removed', text: 'not json' },
      { kind: 'added', text: 'not json either' },
    ]);
  });
});
