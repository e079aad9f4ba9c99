import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DevMailboxDocument } from '../gql/features/graphql';
import { renderApp } from '../test/render-app';
import { splitLinks } from './linkify';
import { MAILBOX_SIZE } from './mailbox-page';

beforeEach(() => localStorage.clear());

function mail(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'OutboxEmail',
    id,
    to: 'staf@solok.go.id',
    subject: 'Undangan bergabung dengan Kota Solok di CityBridge',
    text: 'Halo,\n\nBuka tautan ini:\n\nhttp://127.0.0.1:3000/undangan?token=abc-123\n\nTerima kasih.',
    createdAt: '2026-03-01T05:00:00.000Z',
    sentAt: '2026-03-01T05:00:01.000Z',
    transport: 'outbox',
    ...overrides,
  };
}

function mailboxMock(mails: object[] | null, errors?: { message: string }[]) {
  return {
    request: { query: DevMailboxDocument, variables: { first: MAILBOX_SIZE } },
    result: errors ? { errors } : { data: { devMailbox: mails } },
  };
}

async function openMail(subject: string) {
  const article = within(await screen.findByRole('article', { name: subject }));
  fireEvent.click(article.getByRole('button', { name: 'Tampilkan isi' }));
  return article;
}

describe('development mailbox', () => {
  it('lists mails newest first with recipient, subject and sending state', async () => {
    renderApp({
      path: '/dev/mailbox',
      mocks: [
        mailboxMock([
          mail('m1', { subject: 'Lama', createdAt: '2026-03-01T05:00:00.000Z' }),
          mail('m2', { subject: 'Baru', createdAt: '2026-03-02T05:00:00.000Z', sentAt: null, transport: null }),
        ]),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak surat (pengembangan)' })).toBeTruthy();
    await screen.findByRole('article', { name: 'Baru' });
    expect(screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent)).toEqual([
      'Baru',
      'Lama',
    ]);
    const old = within(screen.getByRole('article', { name: 'Lama' }));
    expect(old.getByText('Kepada: staf@solok.go.id')).toBeTruthy();
    expect(old.getByText(/^Terkirim /)).toBeTruthy();
    expect(old.getByText('outbox')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Baru' })).getByText('Belum terkirim')).toBeTruthy();
  });

  it('renders URLs in the text as links', async () => {
    renderApp({ path: '/dev/mailbox', mocks: [mailboxMock([mail('m1')])] });

    const article = await openMail('Undangan bergabung dengan Kota Solok di CityBridge');
    const link = article.getByRole('link', { name: 'http://127.0.0.1:3000/undangan?token=abc-123' });
    expect(link.getAttribute('href')).toBe('http://127.0.0.1:3000/undangan?token=abc-123');
    expect(article.getByText(/Buka tautan ini:/)).toBeTruthy();
  });

  it('shows HTML in a mail as text, never as markup', async () => {
    const text = 'Halo <img src=x onerror=alert(1)> <b>tebal</b> https://contoh.go.id/a?b=<script>';
    renderApp({ path: '/dev/mailbox', mocks: [mailboxMock([mail('m1', { subject: 'Jahil', text })])] });

    const article = await openMail('Jahil');
    const body = document.getElementById('mail-body-m1') as HTMLElement;
    expect(body.textContent).toBe(text);
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('b')).toBeNull();
    expect(body.querySelector('script')).toBeNull();
    expect(article.getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
    // The URL stops before "<": the markup is not part of the link.
    expect(article.getByRole('link').getAttribute('href')).toBe('https://contoh.go.id/a?b=');
  });

  it('refreshes the list', async () => {
    renderApp({
      path: '/dev/mailbox',
      mocks: [mailboxMock([]), mailboxMock([mail('m1', { subject: 'Baru masuk' })])],
    });
    expect(await screen.findByText('Belum ada e-mail.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));

    expect(await screen.findByRole('article', { name: 'Baru masuk' })).toBeTruthy();
  });

  it('shows the API error view when the mailbox is refused (production)', async () => {
    renderApp({
      path: '/dev/mailbox',
      mocks: [mailboxMock(null, [{ message: 'Kotak surat hanya tersedia di lingkungan pengembangan.' }])],
    });

    const alert = within(await screen.findByRole('alert'));
    expect(alert.getByText(/Kotak surat tidak tersedia\./)).toBeTruthy();
    expect(alert.getByText(/hanya tersedia di lingkungan pengembangan/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
  });

  it('is linked from the footer', () => {
    renderApp({ path: '/praktik' });
    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByRole('link', { name: 'Kotak surat (pengembangan)' }).getAttribute('href')).toBe('/dev/mailbox');
  });
});

describe('splitLinks', () => {
  it('splits text around http(s) URLs and leaves trailing punctuation outside', () => {
    expect(splitLinks('Lihat https://citybridge.id/a?b=1. Atau (http://x.id/c), http://x.id/(d).')).toEqual([
      { kind: 'text', text: 'Lihat ' },
      { kind: 'link', href: 'https://citybridge.id/a?b=1' },
      { kind: 'text', text: '. Atau (' },
      { kind: 'link', href: 'http://x.id/c' },
      { kind: 'text', text: '), ' },
      { kind: 'link', href: 'http://x.id/(d)' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never makes links of other schemes', () => {
    expect(splitLinks('javascript:alert(1) data:text/html,<b>x</b> ftp://x.id')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) data:text/html,<b>x</b> ftp://x.id' },
    ]);
  });

  it('keeps plain text as one part', () => {
    expect(splitLinks('Tanpa tautan')).toEqual([{ kind: 'text', text: 'Tanpa tautan' }]);
    expect(splitLinks('')).toEqual([]);
  });
});
