import { fireEvent, screen, within } from '@testing-library/react';
import { ConfirmEmailDocument } from '../gql/features/graphql';
import { userError, viewer } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';

function confirmMock(result: object) {
  return {
    request: { query: ConfirmEmailDocument, variables: { input: { token: 'tok-1' } } },
    result: { data: { confirmEmail: { __typename: 'ConfirmEmailPayload', ...result } } },
  };
}

describe('confirm e-mail address', () => {
  it('confirms with a click (a mail scanner opening the link confirms nothing)', async () => {
    renderApp({ path: '/konfirmasi-email?token=tok-1', mocks: [confirmMock({ emailConfirmed: true, userErrors: [] })], me: viewer({ emailConfirmed: false }) });

    fireEvent.click(await screen.findByRole('button', { name: 'Konfirmasi alamat e-mail' }));

    expect(await screen.findByText('Terima kasih, alamat e-mail Anda sudah dikonfirmasi.')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Ke profil' }).getAttribute('href')).toBe('/profil');
  });

  it('sends a signed-out visitor on to sign in once confirmed', async () => {
    renderApp({ path: '/konfirmasi-email?token=tok-1', mocks: [confirmMock({ emailConfirmed: true, userErrors: [] })] });

    fireEvent.click(await screen.findByRole('button', { name: 'Konfirmasi alamat e-mail' }));

    expect(await screen.findByText('Terima kasih, alamat e-mail Anda sudah dikonfirmasi.')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/masuk');
  });

  it('says a used link was used, in English too, with a way to a new one', async () => {
    renderApp({
      path: '/konfirmasi-email?token=tok-1',
      language: 'en',
      mocks: [confirmMock({ emailConfirmed: false, userErrors: [userError('token', 'TOKEN_USED', 'This link has already been used.')] })],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Confirm e-mail address' }));

    expect(within(await screen.findByRole('alert')).getByText('This link has already been used.')).toBeTruthy();
    // Signed out: an unconfirmed account cannot sign in to reach its profile; a reset link confirms too.
    expect(screen.getByRole('link', { name: 'Ask for a password reset link (it also confirms your address)' }).getAttribute('href')).toBe('/lupa-sandi');
  });

  it('explains a link without a token', async () => {
    renderApp({ path: '/konfirmasi-email' });
    expect(await screen.findByText(/Tautan ini tidak lengkap/)).toBeTruthy();
  });
});
