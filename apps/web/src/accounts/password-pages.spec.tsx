import { fireEvent, screen, within } from '@testing-library/react';
import { PasswordResetLinkDocument, RequestPasswordResetDocument, ResetPasswordDocument } from '../gql/features/graphql';
import { userError } from '../test/account-fixtures';
import { descriptionOf } from '../test/dom';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

describe('forgotten password', () => {
  it('always answers that a link is on its way if the address has an account', async () => {
    renderApp({
      path: '/lupa-sandi',
      mocks: [
        {
          request: { query: RequestPasswordResetDocument, variables: { input: { email: 'siapa@contoh.id' } } },
          result: { data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', accepted: true, userErrors: [] } } },
        },
      ],
    });
    fireEvent.change(await screen.findByLabelText(/^E-mail/), { target: { value: 'siapa@contoh.id' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim tautan' }));

    const status = within(await screen.findByRole('status'));
    expect(
      status.getByText('Jika siapa@contoh.id terdaftar, tautan untuk mengatur ulang kata sandi sedang dikirim ke alamat itu.'),
    ).toBeTruthy();
  });

  it('shows INVALID_EMAIL on the field', async () => {
    renderApp({
      path: '/lupa-sandi',
      mocks: [
        {
          request: { query: RequestPasswordResetDocument, variables: { input: { email: 'bukan-email' } } },
          result: {
            data: {
              requestPasswordReset: {
                __typename: 'RequestPasswordResetPayload',
                accepted: false,
                userErrors: [userError('email', 'INVALID_EMAIL', 'Alamat e-mail tidak valid.')],
              },
            },
          },
        },
      ],
    });
    const email = await screen.findByLabelText(/^E-mail/);
    fireEvent.change(email, { target: { value: 'bukan-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim tautan' }));

    expect(await screen.findByText('Alamat e-mail tidak valid.')).toBeTruthy();
    expect(descriptionOf(email)).toBe('Alamat e-mail tidak valid.');
  });
});

describe('reset password', () => {
  function resetMock(result: object) {
    return {
      request: { query: ResetPasswordDocument, variables: { input: { token: 'tok-1', password: 'Danau-Singkarak-Biru-2026' } } },
      result: { data: { resetPassword: { __typename: 'ResetPasswordPayload', ...result } } },
    };
  }

  function linkMock(status: 'VALID' | 'USED' | 'EXPIRED' | 'INVALID') {
    return { request: { query: PasswordResetLinkDocument, variables: { token: 'tok-1' } }, result: { data: { passwordResetLink: status } } };
  }

  async function submitNewPassword() {
    fireEvent.change(await screen.findByLabelText(/^Kata sandi baru/), { target: { value: 'Danau-Singkarak-Biru-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
  }

  it('sets the new password and links to sign in', async () => {
    renderApp({ path: '/atur-ulang-sandi?token=tok-1', mocks: [linkMock('VALID'), resetMock({ passwordChanged: true, userErrors: [] })] });
    await submitNewPassword();

    expect(await screen.findByText('Kata sandi Anda sudah diganti. Silakan masuk dengan kata sandi baru.')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/masuk');
  });

  it('shows a token error at the top with a way to ask for a new link', async () => {
    renderApp({
      path: '/atur-ulang-sandi?token=tok-1',
      mocks: [
        linkMock('VALID'),
        resetMock({ passwordChanged: false, userErrors: [userError('token', 'TOKEN_EXPIRED', 'Tautan ini sudah kedaluwarsa.')] }),
      ],
    });
    await submitNewPassword();

    expect(within(await screen.findByRole('alert')).getByText('Tautan ini sudah kedaluwarsa.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Minta tautan baru' }).getAttribute('href')).toBe('/lupa-sandi');
  });

  it.each([
    ['USED', 'Tautan ini sudah dipakai, atau sudah diganti oleh tautan yang lebih baru.'],
    ['EXPIRED', 'Tautan ini sudah kedaluwarsa.'],
    ['INVALID', 'Tautan ini tidak berlaku.'],
  ] as const)('says a %s link cannot be used when it is opened, instead of the form', async (status, message) => {
    renderApp({ path: '/atur-ulang-sandi?token=tok-1', mocks: [linkMock(status)] });
    expect(within(await screen.findByRole('alert')).getByText(new RegExp(`^${message}`))).toBeTruthy();
    expect(screen.queryByLabelText(/^Kata sandi baru/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Minta tautan baru' }).getAttribute('href')).toBe('/lupa-sandi');
  });

  it('explains a link without a token', async () => {
    renderApp({ path: '/atur-ulang-sandi' });
    expect(await screen.findByText(/Tautan ini tidak lengkap/)).toBeTruthy();
  });
});
