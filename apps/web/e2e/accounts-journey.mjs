// The accounts journey: a city official signs up and asks to represent Kota Solok, the platform
// admin approves, the new city admin invites a colleague, who signs up and accepts the invitation
// from the development mailbox. Needs the API in development mode (the mailbox and the demo admin
// are refused in production). Run through ./run.mjs after the city journey.
import { h1, launchBrowser, openJourney, visible } from './harness.mjs';

export const DEMO_ADMIN = { email: 'admin@citybridge.demo', password: 'Demo-Admin-CityBridge-2026' };
const PASSWORD = 'Bukit-Sikarah-Mendung-2026!';

/**
 * Runs every step in a fresh context of `browser`, printing `ok - <step>` or
 * `not ok - <step>: <error>`. Steps build on each other: after a failure the rest are skipped
 * (each counted as failed), since they would only fail for the same reason.
 */
export async function runAccountsJourney({ baseUrl, browser, executablePath }) {
  const url = (pathname) => new URL(pathname, baseUrl).toString();
  const results = { passed: 0, failed: 0 };
  const ownBrowser = browser ? null : await launchBrowser(executablePath).catch((error) => error);
  let context;

  const stamp = Date.now();
  const official = {
    name: `Warga Solok ${stamp}`,
    email: `warga.${stamp}@solok.go.id`,
  };
  const colleague = {
    name: `Staf Solok ${stamp}`,
    email: `staf.${stamp}@solok.go.id`,
  };

  try {
    if (ownBrowser instanceof Error) throw ownBrowser;
    const journey = await openJourney(browser ?? ownBrowser, results);
    context = journey.context;
    const { page } = journey;
    let broken = false;
    const step = async (name, fn) => {
      if (broken) {
        results.failed += 1;
        console.log(`not ok - ${name}: skipped after an earlier failure`);
        return;
      }
      if (!(await journey.step(name, fn))) broken = true;
    };

    const header = () => page.getByRole('banner');
    // The user menu button shows the display name (and "Akun demo" for demo accounts).
    const userMenuButton = (name) => header().getByRole('button', { name });
    const DEMO_MENU = /Akun demo/;

    const signUp = async ({ name, email }) => {
      await page.goto(url('/daftar'));
      await h1(page, 'Daftar');
      await page.getByLabel(/^Nama tampilan/).fill(name);
      await page.getByLabel(/^E-mail/).fill(email);
      await page.getByLabel(/^Kata sandi/).fill(PASSWORD);
      await page.getByRole('button', { name: 'Buat akun' }).click();
      await page.waitForURL((current) => current.pathname === '/profil');
      await h1(page, 'Profil');
      await visible(userMenuButton(name));
    };

    const signIn = async ({ email, password }, expectedName) => {
      await page.goto(url('/masuk'));
      await h1(page, 'Masuk');
      await page.getByLabel(/^E-mail/).fill(email);
      await page.getByLabel(/^Kata sandi/).fill(password);
      await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL((current) => current.pathname === '/profil');
      await visible(userMenuButton(expectedName));
    };

    const signOut = async (name) => {
      await userMenuButton(name).click();
      await header().getByRole('button', { name: 'Keluar', exact: true }).click();
      await visible(header().getByRole('link', { name: 'Masuk', exact: true }));
    };

    await step('a new user signs up and lands on the profile', async () => {
      await signUp(official);
      await visible(page.getByText(official.email, { exact: true }));
    });

    await step('the user asks to represent Kota Solok and sees the request pending', async () => {
      const form = page.getByRole('form', { name: 'Wakili kota' });
      const picker = form.getByRole('combobox', { name: /^Kota atau kabupaten/ });
      await picker.click();
      await picker.pressSequentially('solok', { delay: 30 });
      // The options list is rendered in a portal, outside the form.
      await page.getByRole('option', { name: /^Kota Solok\b/ }).click();
      await form.getByLabel(/^Pesan untuk verifikator/).fill('Saya Kepala Bagian Perencanaan Pemerintah Kota Solok.');
      await form.getByLabel(/^E-mail resmi/).fill(official.email);
      await form.getByRole('button', { name: 'Ajukan permintaan' }).click();
      await visible(form.getByText('Permintaan untuk mewakili Kota Solok terkirim dan menunggu verifikasi.'));
      const row = page
        .getByRole('table', { name: 'Permintaan perwakilan saya' })
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: 'Kota Solok', exact: true }) });
      await visible(row.getByText('Menunggu', { exact: true }));
    });

    await step('the user signs out', async () => {
      await signOut(official.name);
    });

    await step('the platform admin signs in, marked as a demo account', async () => {
      await signIn(DEMO_ADMIN, DEMO_MENU);
      await visible(header().getByText('Akun demo', { exact: true }));
    });

    await step('the platform admin approves the request; the user becomes Kota Solok admin', async () => {
      await page.goto(url('/admin/verifikasi'));
      await h1(page, 'Verifikasi perwakilan');
      const card = page.getByRole('article', { name: `${official.name} — Kota Solok` });
      await visible(card);
      await visible(card.getByText(official.email).first());
      // The official e-mail ends in .go.id.
      await visible(card.getByText('Domain pemerintah', { exact: true }));
      await card.getByRole('button', { name: 'Setujui' }).click();
      const status = card.getByRole('status');
      await visible(status.getByText(`${official.name} sekarang mewakili kota ini sebagai`));
      await visible(status.getByText('Admin', { exact: true }));
    });

    await step('the platform admin signs out', async () => {
      await page.goto(url('/'));
      await signOut(DEMO_MENU);
    });

    await step('the new city admin signs in and opens the Kota Solok members page', async () => {
      await signIn({ email: official.email, password: PASSWORD }, official.name);
      await page.goto(url('/kota/kota-solok/anggota'));
      await h1(page, 'Anggota Kota Solok');
      const row = page
        .getByRole('table', { name: 'Anggota Kota Solok' })
        .getByRole('row')
        .filter({ hasText: official.email });
      await visible(row);
      const role = row.getByRole('combobox');
      if ((await role.inputValue()) !== 'ADMIN') throw new Error(`role is ${await role.inputValue()}, not ADMIN`);
    });

    await step('the city admin invites a colleague as Editor', async () => {
      const form = page.getByRole('form', { name: 'Undang anggota' });
      await form.getByLabel(/^Alamat e-mail/).fill(colleague.email);
      await form.getByLabel('Peran', { exact: true }).selectOption('EDITOR');
      await form.getByRole('button', { name: 'Kirim undangan' }).click();
      await visible(form.getByText(`Undangan dikirim ke ${colleague.email}.`));
      const row = page.getByRole('table', { name: 'Undangan' }).getByRole('row').filter({ hasText: colleague.email });
      await visible(row.getByText('Editor', { exact: true }));
      await visible(row.getByText('Menunggu', { exact: true }));
    });

    await step('the city admin signs out', async () => {
      await signOut(official.name);
    });

    await step('the colleague signs up', async () => {
      await signUp(colleague);
    });

    let invitationLink = '';
    await step('the mailbox has the invitation mail for the colleague, with a link', async () => {
      await page.goto(url('/dev/mailbox'));
      await h1(page, 'Kotak surat (pengembangan)');
      const mail = page
        .getByRole('article')
        .filter({ hasText: `Kepada: ${colleague.email}` })
        .filter({ hasText: /Undangan|undangan/ })
        .first();
      await visible(mail);
      await mail.getByRole('button', { name: 'Tampilkan isi' }).click();
      const link = mail.getByRole('link', { name: /\/undangan\?token=/ }).first();
      await visible(link);
      invitationLink = (await link.getAttribute('href')) ?? '';
      if (!invitationLink) throw new Error('the invitation link has no href');
      const target = new URL(invitationLink, baseUrl);
      if (target.origin === new URL(baseUrl).origin) {
        await link.click();
      } else {
        // The API's PUBLIC_URL is another origin than the one under test: open the same path here.
        console.log(`# invitation link points to ${target.origin}; following its path on ${baseUrl}`);
        await page.goto(url(`${target.pathname}${target.search}`));
      }
      await page.waitForURL((current) => current.pathname === '/undangan' && current.searchParams.has('token'));
    });

    await step('the colleague accepts the invitation', async () => {
      await h1(page, 'Undangan bergabung dengan Kota Solok');
      await page.getByRole('button', { name: 'Terima undangan' }).click();
      await visible(page.getByText('Anda sekarang anggota Kota Solok sebagai Editor.'));
      await visible(page.getByRole('link', { name: 'Buka Kota Solok' }));
    });

    await step('the profile lists Kota Solok with the role Editor', async () => {
      await page.goto(url('/profil'));
      await h1(page, 'Profil');
      const row = page
        .getByRole('table', { name: 'Keanggotaan kota' })
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: 'Kota Solok', exact: true }) });
      await visible(row.getByText('Editor', { exact: true }));
    });

    await step('signing out shows "Masuk" again', async () => {
      await signOut(colleague.name);
      await page.waitForURL((current) => current.pathname === '/');
    });
  } catch (error) {
    results.failed += 1;
    console.log(`not ok - accounts journey browser: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  } finally {
    await context?.close().catch(() => {});
    if (ownBrowser && !(ownBrowser instanceof Error)) await ownBrowser.close().catch(() => {});
  }
  return results;
}
