import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SignUpDocument } from '../gql/features/graphql';
import { userError } from '../test/account-fixtures';
import { descriptionOf } from '../test/dom';
import { renderApp } from '../test/render-app';
import { estimatePasswordStrength } from './password-strength';

beforeEach(() => localStorage.clear());

function signUpMock(password: string, result: object) {
  return {
    request: {
      query: SignUpDocument,
      variables: { input: { displayName: 'Rina Putri', email: 'rina@solok.go.id', password } },
    },
    result: { data: { signUp: { __typename: 'SignUpPayload', ...result } } },
  };
}

async function fillAndSubmit(password: string) {
  fireEvent.change(await screen.findByLabelText(/^Nama tampilan/), { target: { value: 'Rina Putri' } });
  fireEvent.change(screen.getByLabelText(/^E-mail/), { target: { value: 'rina@solok.go.id' } });
  fireEvent.change(screen.getByLabelText(/^Kata sandi/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
}

describe('sign up', () => {
  it('shows WEAK_PASSWORD on the password field, after the strength hint', async () => {
    const message = 'Kata sandi terlalu lemah. Gunakan kalimat panjang yang tidak mudah ditebak.';
    const { router } = renderApp({
      path: '/daftar',
      mocks: [signUpMock('solok123', { accepted: false, userErrors: [userError('password', 'WEAK_PASSWORD', message)] })],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Daftar' })).toBeTruthy();
    const password = screen.getByLabelText(/^Kata sandi/);
    // The same numbers as the API's PASSWORD_TOO_SHORT and PASSWORD_TOO_LONG (packages/domain).
    expect(descriptionOf(password)).toMatch(/^Gunakan minimal 12 karakter \(paling banyak 256 byte\)/);

    await fillAndSubmit('solok123');

    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(password)).toContain(message);
    expect(screen.getByLabelText(/^Nama tampilan/).getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText(/^E-mail/).getAttribute('aria-invalid')).toBeNull();
    expect(router.state.location.pathname).toBe('/daftar');
  });

  it('rates the password while typing', async () => {
    renderApp({ path: '/daftar' });
    const password = await screen.findByLabelText(/^Kata sandi/);

    fireEvent.change(password, { target: { value: 'solok123' } });
    expect(screen.getByText('Kekuatan: lemah')).toBeTruthy();
    fireEvent.change(password, { target: { value: 'Bukit-Sikarah-Mendung-2026!' } });
    expect(screen.getByText('Kekuatan: kuat')).toBeTruthy();
  });

  // The API answers a taken address exactly as a new one (no account enumeration): one state for both.
  it('says to check the inbox, signs nobody in and keeps ?next for signing in', async () => {
    const password = 'Bukit-Sikarah-Mendung-2026!';
    const { router } = renderApp({
      path: '/daftar?next=%2Fundangan%3Ftoken%3Dabc',
      mocks: [signUpMock(password, { accepted: true, userErrors: [] })],
    });
    await fillAndSubmit(password);

    const status = await screen.findByRole('status');
    expect(within(status).getByText('Periksa kotak masuk Anda')).toBeTruthy();
    expect(within(status).getByText(/^Kami mengirim e-mail ke rina@solok\.go\.id\. Buka tautan di dalamnya untuk mengonfirmasi alamat Anda, lalu masuk\./)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/daftar');
    expect(screen.queryByRole('form', { name: 'Daftar' })).toBeNull();
    expect(screen.getByRole('banner').textContent).not.toContain('Rina Putri');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/masuk?next=%2Fundangan%3Ftoken%3Dabc');
  });
});

describe('password strength estimate', () => {
  it.each([
    ['', 'empty'],
    ['short1!', 'weak'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['kotasolokindah1', 'fair'],
    ['kotasolokindahku', 'fair'],
    ['Kota-Solok-2026', 'strong'],
    ['bukit sikarah mendung', 'strong'],
  ])('%j is %s', (password, strength) => {
    expect(estimatePasswordStrength(password)).toBe(strength);
  });
});
