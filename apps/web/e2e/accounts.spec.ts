// The accounts journey: a city official signs up, confirms the address from the development mailbox,
// signs in and asks to represent Kota Solok, the platform admin approves, the new city admin invites
// a colleague, who signs up, confirms, signs in and accepts the invitation from the mailbox. Signing
// up with a taken address looks the same as with a new one; the owner gets a note instead. Needs the API in development mode (the mailbox and the demo admin
// are refused in production; e2e/start-api.mjs starts it so).
import { expect, type Page, test } from '@playwright/test';

const DEMO_ADMIN = { email: 'admin@citybridge.demo', password: 'Demo-Admin-CityBridge-2026' };
const PASSWORD = 'Bukit-Sikarah-Mendung-2026!';
// The user menu button shows the display name (and "Akun demo" for demo accounts).
const DEMO_MENU = /Akun demo/;

const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

// One test, one fresh context: the steps build on each other, and the first that fails ends it.
test('accounts journey', async ({ page, baseURL }) => {
  const stamp = Date.now();
  const official = { name: `Warga Solok ${stamp}`, email: `warga.${stamp}@solok.go.id` };
  const colleague = { name: `Staf Solok ${stamp}`, email: `staf.${stamp}@solok.go.id` };

  const header = () => page.getByRole('banner');
  const userMenuButton = (name: string | RegExp) => header().getByRole('button', { name });

  /** Signs up and sees "check your inbox", whether the address is new or taken; nobody is signed in. */
  const signUp = async ({ name, email }: { name: string; email: string }, password = PASSWORD) => {
    await page.goto('/daftar');
    await h1(page, 'Daftar');
    await page.getByLabel(/^Nama tampilan/).fill(name);
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByLabel(/^Kata sandi/).fill(password);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    const status = page.getByRole('main').getByRole('status');
    await expect(status.getByText('Periksa kotak masuk Anda')).toBeVisible();
    await expect(status.getByText(`Kami mengirim e-mail ke ${email}.`, { exact: false })).toBeVisible();
    await expect(header().getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
  };

  // City admins land on /kota-saya, everyone else on /profil.
  const signIn = async ({ email, password }: { email: string; password: string }, expectedName: string | RegExp, landing = '/profil') => {
    await page.goto('/masuk');
    await h1(page, 'Masuk');
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByLabel(/^Kata sandi/).fill(password);
    await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((current) => current.pathname === landing);
    await expect(userMenuButton(expectedName)).toBeVisible();
  };

  /** The newest mail to `to` with `subject` in the development mailbox, reloaded until it is there (mails are jobs). */
  const openMail = async (to: string, subject: RegExp) => {
    const mail = page.getByRole('article').filter({ hasText: `Kepada: ${to}` }).filter({ hasText: subject }).first();
    await expect(async () => {
      await page.goto('/dev/mailbox');
      await h1(page, 'Kotak surat (pengembangan)');
      await expect(mail).toBeVisible({ timeout: 2000 });
    }).toPass();
    await mail.getByRole('button', { name: 'Tampilkan isi' }).click();
    return mail;
  };

  /** Opens the newest mail to `to` in the development mailbox and follows its link to `path`. */
  const followMailLink = async (to: string, subject: RegExp, path: string) => {
    const mail = await openMail(to, subject);
    const link = mail.getByRole('link', { name: new RegExp(`${path}\\?token=`) }).first();
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    expect(href, 'the link has an href').toBeTruthy();
    const target = new URL(href ?? '', baseURL);
    if (target.origin === new URL(baseURL ?? '').origin) {
      await link.click();
    } else {
      // The API's PUBLIC_URL is another origin than the one under test: open the same path here.
      await page.goto(`${target.pathname}${target.search}`);
    }
    await page.waitForURL((current) => current.pathname === path && current.searchParams.has('token'));
  };

  const signOut = async (name: string | RegExp) => {
    await userMenuButton(name).click();
    await header().getByRole('button', { name: 'Keluar', exact: true }).click();
    await expect(header().getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
  };

  await test.step('a new user signs up and is asked to check the inbox, not signed in', async () => {
    await signUp(official);
  });

  await test.step('before confirming, signing in answers as a wrong password', async () => {
    await page.goto('/masuk');
    await page.getByLabel(/^E-mail/).fill(official.email);
    await page.getByLabel(/^Kata sandi/).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByText(/^E-mail atau kata sandi salah, atau alamatnya belum dikonfirmasi/)).toBeVisible();
  });

  await test.step('signing up again with the taken address looks the same; the owner is mailed a note', async () => {
    await signUp({ name: 'Orang Lain', email: official.email }, 'Danau-Singkarak-Berkabut-2026');
    const note = await openMail(official.email, /Seseorang mencoba membuat akun CityBridge dengan alamat Anda/);
    await expect(note.getByRole('link', { name: /\/lupa-sandi$/ })).toBeVisible();
    await expect(note.getByRole('link', { name: /token=/ })).toHaveCount(0);
  });

  await test.step('the link from the mailbox confirms the address; the user signs in and lands on the profile', async () => {
    await followMailLink(official.email, /Konfirmasi alamat e-mail/, '/konfirmasi-email');
    await h1(page, 'Konfirmasi alamat e-mail');
    await page.getByRole('main').getByRole('button', { name: 'Konfirmasi alamat e-mail' }).click();
    await expect(page.getByText('Terima kasih, alamat e-mail Anda sudah dikonfirmasi.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Masuk' })).toHaveAttribute('href', '/masuk');
    await signIn({ email: official.email, password: PASSWORD }, official.name);
    await h1(page, 'Profil');
    await expect(page.getByText(official.email, { exact: true })).toBeVisible();
    await expect(page.getByText('Belum dikonfirmasi')).toHaveCount(0);
  });

  await test.step('the user asks to represent Kota Solok and sees the request pending', async () => {
    const form = page.getByRole('form', { name: 'Wakili kota' });
    const picker = form.getByRole('combobox', { name: /^Kota atau kabupaten/ });
    await picker.click();
    await picker.pressSequentially('solok', { delay: 30 });
    // The options list is rendered in a portal, outside the form.
    await page.getByRole('option', { name: /^Kota Solok\b/ }).click();
    await form.getByLabel(/^Pesan untuk verifikator/).fill('Saya Kepala Bagian Perencanaan Pemerintah Kota Solok.');
    await form.getByLabel(/^E-mail resmi/).fill(official.email);
    await form.getByRole('button', { name: 'Ajukan permintaan' }).click();
    await expect(form.getByText('Permintaan untuk mewakili Kota Solok terkirim dan menunggu verifikasi.')).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Permintaan perwakilan saya' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Kota Solok', exact: true }) });
    await expect(row.getByText('Menunggu', { exact: true })).toBeVisible();
  });

  await test.step('the official address confirms itself through the link mailed to it', async () => {
    await followMailLink(official.email, /alamat resmi/i, '/konfirmasi-alamat-resmi');
    await h1(page, 'Konfirmasi alamat e-mail resmi');
    await page.getByRole('button', { name: 'Konfirmasi alamat ini' }).click();
    await expect(page.getByText('Alamat dikonfirmasi', { exact: true })).toBeVisible();
  });

  await test.step('the user signs out', async () => {
    await signOut(official.name);
  });

  await test.step('the platform admin signs in, marked as a demo account', async () => {
    await signIn(DEMO_ADMIN, DEMO_MENU);
    await expect(header().getByText('Akun demo', { exact: true })).toBeVisible();
  });

  await test.step('the platform admin approves the request as Admin (Kota Solok has a demo admin already)', async () => {
    await page.goto('/admin/verifikasi');
    await h1(page, 'Verifikasi perwakilan');
    const card = page.getByRole('article', { name: `${official.name} — Kota Solok` });
    await expect(card).toBeVisible();
    await expect(card.getByText(official.email).first()).toBeVisible();
    // The official e-mail ends in .go.id and was confirmed.
    await expect(card.getByText('Domain pemerintah', { exact: true })).toBeVisible();
    await expect(card.getByText('Alamat resmi belum dikonfirmasi')).toHaveCount(0);
    await card.getByRole('combobox', { name: `Peran untuk ${official.name}` }).selectOption('ADMIN');
    await card.getByRole('button', { name: 'Setujui' }).click();
    const status = card.getByRole('status');
    await expect(status.getByText(`${official.name} sekarang mewakili kota ini sebagai`)).toBeVisible();
    await expect(status.getByText('Admin', { exact: true })).toBeVisible();
  });

  await test.step('the platform admin signs out', async () => {
    await page.goto('/');
    await signOut(DEMO_MENU);
  });

  await test.step('the new city admin signs in, lands on "Kota saya" and opens the Kota Solok members page', async () => {
    await signIn({ email: official.email, password: PASSWORD }, official.name, '/kota-saya');
    await h1(page, 'Kota saya');
    await page.getByRole('region', { name: 'Kota Solok' }).getByRole('link', { name: 'Kelola anggota' }).click();
    await h1(page, 'Anggota Kota Solok');
    const row = page.getByRole('table', { name: 'Anggota Kota Solok' }).getByRole('row').filter({ hasText: official.email });
    await expect(row).toBeVisible();
    await expect(row.getByRole('combobox')).toHaveValue('ADMIN');
  });

  await test.step('the city admin invites a colleague as Editor', async () => {
    const form = page.getByRole('form', { name: 'Undang anggota' });
    await form.getByLabel(/^Alamat e-mail/).fill(colleague.email);
    await form.getByLabel('Peran', { exact: true }).selectOption('EDITOR');
    await form.getByRole('button', { name: 'Kirim undangan' }).click();
    await expect(form.getByText(`Undangan dikirim ke ${colleague.email}.`)).toBeVisible();
    const row = page.getByRole('table', { name: 'Undangan' }).getByRole('row').filter({ hasText: colleague.email });
    await expect(row.getByText('Editor', { exact: true })).toBeVisible();
    await expect(row.getByText('Menunggu', { exact: true })).toBeVisible();
  });

  await test.step('the city admin signs out', async () => {
    await signOut(official.name);
  });

  await test.step('the colleague signs up, confirms the address and signs in', async () => {
    await signUp(colleague);
    await followMailLink(colleague.email, /Konfirmasi alamat e-mail/, '/konfirmasi-email');
    await page.getByRole('main').getByRole('button', { name: 'Konfirmasi alamat e-mail' }).click();
    await expect(page.getByText('Terima kasih, alamat e-mail Anda sudah dikonfirmasi.')).toBeVisible();
    await signIn({ email: colleague.email, password: PASSWORD }, colleague.name);
  });

  await test.step('the mailbox has the invitation mail for the colleague, with a link', async () => {
    await followMailLink(colleague.email, /Undangan|undangan/, '/undangan');
  });

  await test.step('the colleague accepts the invitation', async () => {
    await h1(page, 'Undangan bergabung dengan Kota Solok');
    await page.getByRole('button', { name: 'Terima undangan' }).click();
    await expect(page.getByText('Anda sekarang anggota Kota Solok sebagai Editor.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Buka Kota Solok' })).toBeVisible();
  });

  await test.step('the profile lists Kota Solok with the role Editor', async () => {
    await page.goto('/profil');
    await h1(page, 'Profil');
    const row = page
      .getByRole('table', { name: 'Keanggotaan kota' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Kota Solok', exact: true }) });
    await expect(row.getByText('Editor', { exact: true })).toBeVisible();
  });

  await test.step('signing out shows "Masuk" again', async () => {
    await signOut(colleague.name);
    await page.waitForURL((current) => current.pathname === '/');
  });
});
