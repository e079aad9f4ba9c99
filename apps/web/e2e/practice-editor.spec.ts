// The practice library's writing side (issue 8, "Done when"): the Medan editor writes a practice in
// Bahasa Indonesia (autosaved) and submits it; the Medan admin sends it back with a comment, which
// the editor finds in the app, revises and submits again; the admin publishes it; an anonymous
// visitor opens it at /praktik/:id. A PDF attached to the draft (made here: a few bytes of a real PDF)
// is hidden from anonymous visitors until publication, then listed and served as application/pdf. A second
// test checks the editor's layout on a 390 px phone. Demo accounts: the API runs in demo mode.
import { expect, type Page, test, type TestInfo } from '@playwright/test';

const EDITOR = { email: 'editor.medan@citybridge.demo', password: 'Demo-Editor-Medan-2026' };
const ADMIN = { email: 'admin.medan@citybridge.demo', password: 'Demo-Admin-Medan-Kota-2026' };
const PHONE = { width: 390, height: 844 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PDF_NAME = 'Laporan pengaduan 2019.pdf';

const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
const header = (page: Page) => page.getByRole('banner');

async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto('/masuk');
  await h1(page, 'Masuk');
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Kata sandi/).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname !== '/masuk');
}

async function signOut(page: Page) {
  await header(page).getByRole('button', { name: /Akun demo/ }).click();
  await header(page).getByRole('button', { name: 'Keluar', exact: true }).click();
  await expect(header(page).getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('practice journey: write, submit, publish, read', async ({ page, request }, testInfo) => {
  const title = `Aplikasi pengaduan warga ${Date.now()}`;
  let practicePath = '';
  const saveStatus = () => page.getByRole('status').filter({ hasText: /Tersimpan pukul|Menyimpan|Ada perubahan|Belum/ }).first();

  await test.step('the Medan editor writes a practice in Bahasa Indonesia and saves the draft', async () => {
    await signIn(page, EDITOR);
    await page.goto('/praktik/baru');
    await h1(page, 'Tulis praktik baru');
    // Kota Medan is the only city this editor writes for: it is chosen already.
    await expect(page.getByLabel(/^Kota/)).toHaveValue('kota-medan');
    await page.getByRole('button', { name: 'Simpan draf' }).first().click();
    await expect(page.getByText('Judul wajib diisi untuk setiap bahasa yang ditulis.').or(page.getByText('Tulis praktik ini minimal dalam satu bahasa; judul wajib diisi.'))).toBeVisible();
    await page.getByLabel(/^Topik/).selectOption('public_services');
    await page.getByLabel(/^Perangkat daerah/).fill('Dinas Komunikasi dan Informatika');
    await page.getByLabel(/^Judul/).fill(title);
    await page.getByLabel(/^Ringkasan/).fill('Warga melapor masalah kota lewat **aplikasi** dan melihat tindak lanjutnya.');
    await expect(page.getByRole('region', { name: 'Pratinjau Bahasa Indonesia' }).locator('strong', { hasText: 'aplikasi' })).toBeVisible();
    await page.getByLabel(/^Masalah/).fill('Pengaduan warga tersebar di banyak saluran dan jarang ditindaklanjuti.');
    await page.getByRole('checkbox', { name: 'Tata kelola (smart governance)' }).check();
    await page.getByRole('checkbox', { name: '16. Perdamaian, keadilan dan kelembagaan yang tangguh' }).check();
    await page.getByLabel(/^Tag/).fill('pengaduan, aplikasi');
    await page.getByLabel(/^Tahun mulai/).fill('2018');
    await page.getByRole('button', { name: 'Simpan draf' }).first().click();
    await page.waitForURL(/\/praktik\/[^/]+\/ubah$/);
    practicePath = new URL(page.url()).pathname.replace(/\/ubah$/, '');
    await h1(page, `Ubah: ${title}`);
    await expect(page.getByText('Draf dibuat. Perubahan berikutnya tersimpan otomatis.')).toBeVisible();
    await expect(page.getByText(/practiceEditor\.|returned an object/)).toHaveCount(0);
    await screenshot(page, testInfo, 'editor-desktop');
  });

  await test.step('later changes save by themselves and say when', async () => {
    await page.getByLabel(/^Pendekatan/).fill('- Satu aplikasi untuk semua laporan\n- Setiap OPD menjawab dalam 3 hari');
    await expect(saveStatus()).toHaveText(/Tersimpan pukul \d\d[.:]\d\d/);
    await page.reload();
    await expect(page.getByLabel(/^Pendekatan/)).toHaveValue(/Setiap OPD menjawab dalam 3 hari/);
  });

  await test.step('the editor attaches a PDF: uploaded, listed, saved with the draft, not served to anonymous visitors', async () => {
    await page.getByLabel('Tambah lampiran').setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: PDF });
    const section = page.getByRole('region', { name: 'Lampiran' });
    const link = section.getByRole('link', { name: PDF_NAME });
    await expect(link).toBeVisible();
    await expect(section.getByText(`PDF, ${PDF.length} byte`)).toBeVisible();
    await expect(saveStatus()).toHaveText(/Tersimpan pukul \d\d[.:]\d\d/);
    // `request` has no cookies: an anonymous visitor, for whom a draft's file does not exist.
    expect((await request.get((await link.getAttribute('href')) ?? '')).status()).toBe(404);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Lampiran' }).getByRole('link', { name: PDF_NAME })).toBeVisible();
  });

  const submit = async () => {
    await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajukan untuk ditinjau?' });
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Menunggu tinjauan' }).first()).toBeVisible();
  };
  const openInQueue = async () => {
    await page.goto('/praktik/tinjauan');
    await h1(page, 'Tinjauan praktik');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await item.getByRole('button', { name: 'Buka' }).click();
    await expect(item.getByText('Pengaduan warga tersebar di banyak saluran')).toBeVisible();
    return item;
  };

  await test.step('the editor submits it for review after confirming', async () => {
    await submit();
    await page.goto('/praktik-saya');
    await h1(page, 'Praktik saya');
    await expect(page.getByRole('listitem').filter({ hasText: title }).getByText('Menunggu tinjauan')).toBeVisible();
    await signOut(page);
  });

  await test.step('the Medan admin sends it back with a comment', async () => {
    await signIn(page, ADMIN);
    const item = await openInQueue();
    await item.getByRole('button', { name: 'Kembalikan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kembalikan ke penulis?' });
    await dialog.getByLabel(/Apa yang perlu diubah/).fill('Tambahkan hasilnya dengan angka.');
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await expect(page.getByText(`"${title}" dikembalikan ke penulis.`)).toBeVisible();
    await signOut(page);
  });

  await test.step('the editor is told in the app (menu count, My practices), revises and submits again', async () => {
    await signIn(page, EDITOR);
    await header(page).getByRole('button', { name: /Akun demo/ }).click();
    await expect(header(page).getByRole('link', { name: /Praktik saya/ }).getByLabel(/\d+ menunggu/)).toBeVisible();
    await header(page).getByRole('link', { name: /Praktik saya/ }).click();
    await h1(page, 'Praktik saya');
    const row = page.getByRole('listitem').filter({ hasText: title });
    await expect(row.getByText('Tambahkan hasilnya dengan angka.')).toBeVisible();
    await row.getByRole('link', { name: `Ubah ${title}` }).click();
    await h1(page, `Ubah: ${title}`);
    await expect(page.getByText('Dikembalikan oleh peninjau untuk diperbaiki')).toBeVisible();
    await page.getByLabel(/^Hasil/).fill('Pengaduan yang dijawab dalam 3 hari naik dari 40% menjadi 85% (data Diskominfo 2019).');
    await submit();
    await signOut(page);
  });

  await test.step('the Medan admin publishes it from the review queue', async () => {
    await signIn(page, ADMIN);
    const item = await openInQueue();
    await expect(item.getByText(/naik dari 40% menjadi 85%/)).toBeVisible();
    await item.getByRole('button', { name: 'Terbitkan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Terbitkan praktik ini?' });
    await dialog.getByLabel(/Catatan untuk penulis/).fill('Bagus, terima kasih.');
    await dialog.getByRole('button', { name: 'Terbitkan' }).click();
    await expect(page.getByText(`"${title}" sudah terbit.`)).toBeVisible();
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
    await screenshot(page, testInfo, 'review-queue');
    await signOut(page);
  });

  await test.step('an anonymous visitor finds it by another word form ("mengadukan" for "pengaduan") and opens it', async () => {
    await page.goto('/praktik');
    await page.getByRole('searchbox', { name: 'Cari praktik' }).fill('mengadukan aplikasi');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${practicePath}$`));
    await h1(page, title);
    await expect(page.getByText('Pengaduan warga tersebar di banyak saluran').first()).toBeVisible();
  });

  await test.step('the visitor sees the attachment and downloads it: the same bytes, as application/pdf', async () => {
    const section = page.getByRole('region', { name: 'Lampiran' });
    await expect(section.getByText(`PDF, ${PDF.length} byte`)).toBeVisible();
    const href = (await section.getByRole('link', { name: PDF_NAME }).getAttribute('href')) ?? '';
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(await file.body(), PDF)).toBe(0);
  });
});

test('the editor on a 390 px phone', async ({ page }, testInfo) => {
  await page.setViewportSize(PHONE);
  await signIn(page, EDITOR);
  await page.goto('/praktik/baru');
  await h1(page, 'Tulis praktik baru');
  await page.getByLabel(/^Judul/).fill('Pratinjau di layar ponsel');
  await page.getByLabel(/^Masalah/).fill('Teks **tebal** dan daftar:\n\n- satu\n- dua');
  await expect(page.getByRole('region', { name: 'Pratinjau Bahasa Indonesia' }).locator('strong', { hasText: 'tebal' })).toBeVisible();
  // Only vertical scrolling, and every field and button within the screen's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const controls = page.getByRole('main').locator('input:visible, textarea:visible, select:visible, button:visible');
  const count = await controls.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i += 1) {
    const box = await controls.nth(i).boundingBox();
    if (!box) continue;
    expect(box.x, `control ${i} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `control ${i} ends on screen`).toBeLessThanOrEqual(PHONE.width);
  }
  // Every label is translated (no raw locale keys on screen).
  await expect(page.getByText(/practiceEditor\.|returned an object/)).toHaveCount(0);
  await screenshot(page, testInfo, 'editor-phone');
});
