import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MyRepresentationRequestsDocument, SignUpDocument } from '../gql/features/graphql';
import { meMock, userError, viewer } from '../test/account-fixtures';
import { descriptionOf } from '../test/dom';
import { renderApp } from '../test/render-app';
import { estimatePasswordStrength } from './password-strength';

beforeEach(() => localStorage.clear());

const NEW_USER = viewer({ id: 'user-new', displayName: 'Rina Putri', email: 'rina@solok.go.id' });

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
      mocks: [signUpMock('solok123', { user: null, userErrors: [userError('password', 'WEAK_PASSWORD', message)] })],
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

  it('signs the new user in and goes to /profil', async () => {
    const password = 'Bukit-Sikarah-Mendung-2026!';
    const { router } = renderApp({
      path: '/daftar',
      mocks: [
        meMock(null),
        signUpMock(password, { user: NEW_USER, userErrors: [] }),
        { request: { query: MyRepresentationRequestsDocument }, result: { data: { myRepresentationRequests: [] } } },
      ],
      me: NEW_USER,
    });
    await fillAndSubmit(password);

    await waitFor(() => expect(router.state.location.pathname).toBe('/profil'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profil' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Rina Putri/ })).toBeTruthy();
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
