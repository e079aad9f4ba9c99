import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SignInDocument } from '../gql/features/graphql';
import { meMock, SOLOK_ADMIN, userError, WARGA } from '../test/account-fixtures';
import { descriptionOf } from '../test/dom';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

const INPUT = { email: 'warga@solok.go.id', password: 'Bukit-Sikarah-Mendung-2026!' };

function signInMock(result: object, delay = 0) {
  return {
    request: { query: SignInDocument, variables: { input: INPUT } },
    result: { data: { signIn: { __typename: 'SignInPayload', ...result } } },
    delay,
  };
}

async function fillAndSubmit() {
  fireEvent.change(await screen.findByLabelText(/^E-mail/), { target: { value: INPUT.email } });
  fireEvent.change(screen.getByLabelText(/^Kata sandi/), { target: { value: INPUT.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('sign in', () => {
  it('shows a userError next to the password field and stays on the page', async () => {
    const { router } = renderApp({
      path: '/masuk',
      mocks: [
        signInMock({
          user: null,
          userErrors: [userError('password', 'INVALID_CREDENTIALS', 'E-mail atau kata sandi salah.')],
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' })).toBeTruthy();
    expect(document.title).toBe('Masuk · CityBridge');

    await fillAndSubmit();

    const password = screen.getByLabelText(/^Kata sandi/);
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(password)).toBe('E-mail atau kata sandi salah.');
    expect(screen.getByLabelText(/^E-mail/).getAttribute('aria-invalid')).toBeNull();
    expect(router.state.location.pathname).toBe('/masuk');
  });

  it('words an error already on screen in the language the reader switches to', async () => {
    renderApp({
      path: '/masuk',
      mocks: [
        signInMock({
          user: null,
          userErrors: [
            userError('password', 'INVALID_CREDENTIALS', 'E-mail atau kata sandi salah.', 'Wrong e-mail or password.'),
            userError(null, 'TOO_MANY_ATTEMPTS', 'Terlalu banyak percobaan.', 'Too many attempts.'),
          ],
        }),
      ],
    });
    await fillAndSubmit();
    const password = screen.getByLabelText(/^Kata sandi/);
    await waitFor(() => expect(descriptionOf(password)).toBe('E-mail atau kata sandi salah.'));
    expect(within(screen.getByRole('alert')).getByText('Terlalu banyak percobaan.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'EN — English' }));

    const passwordEn = await screen.findByLabelText(/^Password/);
    await waitFor(() => expect(descriptionOf(passwordEn)).toBe('Wrong e-mail or password.'));
    expect(within(screen.getByRole('alert')).getByText('Too many attempts.')).toBeTruthy();
  });

  it('shows an error without a field at the top of the form', async () => {
    renderApp({
      path: '/masuk',
      mocks: [
        signInMock({
          user: null,
          userErrors: [userError(null, 'TOO_MANY_ATTEMPTS', 'Terlalu banyak percobaan. Coba lagi dalam 15 menit.')],
        }),
      ],
    });
    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Terlalu banyak percobaan. Coba lagi dalam 15 menit.')).toBeTruthy();
  });

  it('disables the form while signing in, then goes to the ?next= path signed in', async () => {
    const { router } = renderApp({
      path: '/masuk?next=/praktik',
      mocks: [meMock(null), signInMock({ user: WARGA, userErrors: [] }, 50)],
      me: WARGA, // after the store reset, `me` is the new user
    });
    await fillAndSubmit();

    await waitFor(() => expect(screen.getByLabelText(/^Kata sandi/).matches(':disabled')).toBe(true));
    expect(screen.getByRole('button', { name: 'Masuk' }).matches(':disabled')).toBe(true);
    await waitFor(() => expect(router.state.location.pathname).toBe('/praktik'));
    expect(await screen.findByRole('button', { name: /Warga Solok/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Masuk' })).toBeNull();
  });

  it('goes to /profil by default and never to another site', async () => {
    const { router } = renderApp({
      path: '/masuk?next=//evil.example/phish',
      mocks: [meMock(null), signInMock({ user: WARGA, userErrors: [] })],
      me: WARGA,
    });
    await fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/profil'));
  });

  it('takes city admins to their cities, unless they came with a ?next= path', async () => {
    const first = renderApp({ path: '/masuk', mocks: [meMock(null), signInMock({ user: SOLOK_ADMIN, userErrors: [] })], me: SOLOK_ADMIN });
    await fillAndSubmit();
    await waitFor(() => expect(first.router.state.location.pathname).toBe('/kota-saya'));
    first.unmount();

    const second = renderApp({ path: '/masuk?next=/praktik', mocks: [meMock(null), signInMock({ user: SOLOK_ADMIN, userErrors: [] })], me: SOLOK_ADMIN });
    await fillAndSubmit();
    await waitFor(() => expect(second.router.state.location.pathname).toBe('/praktik'));
  });

  it('checks the required fields before asking the API', async () => {
    renderApp({ path: '/masuk' });
    fireEvent.click(await screen.findByRole('button', { name: 'Masuk' }));

    expect(descriptionOf(screen.getByLabelText(/^E-mail/))).toBe('Wajib diisi.');
    expect(descriptionOf(screen.getByLabelText(/^Kata sandi/))).toBe('Wajib diisi.');
  });

  it('links to sign up and to the forgotten-password page', async () => {
    renderApp({ path: '/masuk' });

    expect((await screen.findByRole('link', { name: 'Lupa kata sandi?' })).getAttribute('href')).toBe('/lupa-sandi');
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Daftar' }).getAttribute('href')).toBe('/daftar');
  });
});
