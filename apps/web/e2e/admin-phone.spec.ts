// The admin pages on a 390 px phone: a demo city admin lands on "Kota saya" and manages members and
// invitations, the platform admin works the verification queue and reads the audit log. Every
// control must sit inside the screen (no sideways scrolling to reach it); each page is saved as a
// screenshot attached to the test. Runs after the accounts journey on the same database.
import { expect, type Locator, type Page, test, type TestInfo } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const SOLOK_ADMIN = { email: 'admin.solok@citybridge.demo', password: 'Demo-Admin-Solok-Kota-2026' };
const PLATFORM_ADMIN = { email: 'admin@citybridge.demo', password: 'Demo-Admin-CityBridge-2026' };

const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

/** Each of `controls` (at least one) lies fully between the left and right edge of the screen. */
async function expectWithinWidth(controls: Locator) {
  const count = await controls.count();
  expect(count, 'controls to check').toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const box = await controls.nth(i).boundingBox();
    expect(box, `control ${i} is rendered`).not.toBeNull();
    if (!box) continue;
    expect(box.x, `control ${i} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `control ${i} ends on screen`).toBeLessThanOrEqual(PHONE.width);
  }
}

/** The page scrolls only vertically. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('admin pages on a phone', async ({ page }, testInfo) => {
  await page.setViewportSize(PHONE);
  const stamp = Date.now();
  const header = () => page.getByRole('banner');

  const signIn = async ({ email, password }: { email: string; password: string }, landing: string) => {
    await page.goto('/masuk');
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByLabel(/^Kata sandi/).fill(password);
    await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((current) => current.pathname === landing);
  };
  const signOut = async () => {
    await header().getByRole('button', { name: /Akun demo/ }).click();
    await header().getByRole('button', { name: 'Keluar', exact: true }).click();
    await expect(header().getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
  };

  await test.step('the demo admin of Kota Solok signs in and lands on "Kota saya"', async () => {
    await signIn(SOLOK_ADMIN, '/kota-saya');
    await h1(page, 'Kota saya');
    await expect(page.getByRole('region', { name: 'Kota Solok' })).toBeVisible();
  });

  await test.step('the admin invites someone; members and invitations fit the phone', async () => {
    await page.goto('/kota/kota-solok/anggota');
    await h1(page, 'Anggota Kota Solok');
    const form = page.getByRole('form', { name: 'Undang anggota' });
    await form.getByLabel(/^Alamat e-mail/).fill(`ponsel.${stamp}@solok.go.id`);
    await form.getByRole('button', { name: 'Kirim undangan' }).click();
    await expect(form.getByText(`Undangan dikirim ke ponsel.${stamp}@solok.go.id.`)).toBeVisible();

    const members = page.getByRole('table', { name: 'Anggota Kota Solok' });
    await expectWithinWidth(members.getByRole('combobox'));
    await expectWithinWidth(members.getByRole('button', { name: /^Hapus / }));
    await expectWithinWidth(page.getByRole('table', { name: 'Undangan' }).getByRole('button', { name: /^Batalkan undangan/ }));
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, 'members-390');
  });

  await test.step('a role change asks first; cancelling changes nothing', async () => {
    const members = page.getByRole('table', { name: 'Anggota Kota Solok' });
    const select = members.getByRole('combobox', { name: /^Peran Anggota Kota Solok/ });
    await select.selectOption('EDITOR');
    const dialog = page.getByRole('dialog', { name: 'Ubah peran?' });
    await expect(dialog.getByText(/akan diubah dari Anggota menjadi Editor/)).toBeVisible();
    await expectWithinWidth(dialog.getByRole('button'));
    await screenshot(page, testInfo, 'role-change-390');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toBeHidden();
    await expect(select).toHaveValue('MEMBER');
  });

  await test.step('"Kota saya" lists the open invitation and fits the phone', async () => {
    await page.goto('/kota-saya');
    const city = page.getByRole('region', { name: 'Kota Solok' });
    await expect(city.getByText(`ponsel.${stamp}@solok.go.id`)).toBeVisible();
    await expectWithinWidth(city.getByRole('combobox'));
    await expectWithinWidth(city.getByRole('button', { name: /^Batalkan undangan/ }));
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, 'my-cities-390');
  });

  await test.step('the admin asks to represent Kota Padang too, so the queue has a request', async () => {
    await page.goto('/profil');
    const form = page.getByRole('form', { name: 'Wakili kota' });
    const picker = form.getByRole('combobox', { name: /^Kota atau kabupaten/ });
    await picker.click();
    await picker.pressSequentially('padang', { delay: 30 });
    await page.getByRole('option', { name: /^Kota Padang —/ }).click();
    await form.getByLabel(/^Pesan untuk verifikator/).fill('Saya juga membantu Pemerintah Kota Padang.');
    await form.getByRole('button', { name: 'Ajukan permintaan' }).click();
    await expect(form.getByText('Permintaan untuk mewakili Kota Padang terkirim dan menunggu verifikasi.')).toBeVisible();
    await signOut();
  });

  await test.step('the platform admin works the verification queue on the phone', async () => {
    await signIn(PLATFORM_ADMIN, '/profil');
    await page.goto('/admin/verifikasi');
    await h1(page, 'Verifikasi perwakilan');
    const card = page.getByRole('article', { name: /— Kota Padang/ }).first();
    await expect(card).toBeVisible();
    await expectWithinWidth(card.getByRole('button'));
    await expectWithinWidth(card.getByRole('combobox'));
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, 'verification-390');
  });

  await test.step('the audit log fits the phone', async () => {
    await page.goto('/admin/audit');
    await h1(page, 'Log audit');
    const table = page.getByRole('table', { name: /audit/i });
    await expect(table).toBeVisible();
    const show = table.getByRole('button', { name: 'Tampilkan perubahan' });
    await expectWithinWidth(show);
    await show.first().click();
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, 'audit-390');
    await signOut();
  });
});
