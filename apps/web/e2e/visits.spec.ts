// The working-visit journey (issue 11): Kota Solok's demo editor requests a visit to Kota Medan in
// the wizard; Medan's admin proposes another date; Solok accepts it; the .ics downloads and parses;
// Medan reschedules to a slot a few minutes ahead (opened for today in its availability) and Solok
// accepts that one, the .ics SEQUENCE growing; once that slot has ended, Solok marks the visit
// completed and files its report with an adoption of a practice it studied.
import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const SOLOK_EDITOR = { email: 'editor.solok@citybridge.demo', password: 'Demo-Editor-Solok-2026', landing: '/profil' };
const MEDAN_ADMIN = { email: 'admin.medan@citybridge.demo', password: 'Demo-Admin-Medan-Kota-2026', landing: '/kota-saya' };
const PRACTICE = 'Data Center dan Command Center Kota Medan';
const ROUTE = 'Kota Solok → Kota Medan';
const WIB_MS = 7 * 60 * 60 * 1000;

/** A local "YYYY-MM-DDTHH:mm" in WIB (Kota Medan's zone) for an instant. */
const wib = (at: Date) => new Date(at.getTime() + WIB_MS).toISOString().slice(0, 16);

/** The next `weekday` (ISO, Monday 1) at least `weeks` weeks ahead, at hh:mm WIB. */
function weekdayAhead(weeks: number, weekday: number, hh: number, mm = 0): string {
  const day = new Date(Date.now() + WIB_MS + weeks * 7 * 86_400_000);
  while (((day.getUTCDay() + 6) % 7) + 1 !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

async function signedIn(browser: Browser, baseURL: string, account: typeof SOLOK_EDITOR): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto('/masuk');
  await page.getByLabel(/^E-mail/).fill(account.email);
  await page.getByLabel(/^Kata sandi/).fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((current) => current.pathname === account.landing);
  return page;
}

/** The API as the signed-in user of this page (its session cookie), as the web app calls it. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** RFC 5545 content lines, unfolded (a CRLF followed by a space or tab continues the line). */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter(Boolean);
}

/** Downloads the visit's .ics from its page's link and reads what a calendar client needs. */
async function downloadIcs(page: Page): Promise<{ uid: string; sequence: number; dtstart: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh .ics' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = readFileSync((await download.path()) as string, 'utf8');
  const lines = icsLines(text);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('BEGIN:VEVENT');
  expect(lines).toContain('END:VEVENT');
  const value = (name: string) => lines.find((line) => line.split(/[;:]/)[0] === name)?.replace(/^[^:]*:/, '');
  expect(value('VERSION')).toBe('2.0');
  expect(value('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
  const uid = value('UID');
  const sequence = value('SEQUENCE');
  const dtstart = value('DTSTART');
  expect(uid).toBeTruthy();
  expect(sequence).toMatch(/^\d+$/);
  expect(dtstart).toBeTruthy();
  return { uid: uid as string, sequence: Number(sequence), dtstart: dtstart as string };
}

const badge = (page: Page, text: string) => expect(page.getByRole('main').getByText(text, { exact: true }).first()).toBeVisible();

test('working visit journey', async ({ page: anonymous, browser, baseURL }) => {
  // The last slot must really end before the visit can be completed: a few minutes of waiting.
  test.setTimeout(10 * 60_000);
  const solok = await signedIn(browser, baseURL ?? '', SOLOK_EDITOR);
  const medan = await signedIn(browser, baseURL ?? '', MEDAN_ADMIN);
  const requested = { start: weekdayAhead(6, 2, 10), end: weekdayAhead(6, 2, 12) };
  const proposed = { start: weekdayAhead(7, 3, 10), end: weekdayAhead(7, 3, 12) };
  let visitPath = '';
  let firstIcs = { uid: '', sequence: 0, dtstart: '' };
  let soonEnd = 0;

  await test.step('signed out, /kunjungan lists the public visits and offers no request', async () => {
    await anonymous.goto('/kunjungan');
    await expect(anonymous.getByRole('heading', { level: 1, name: 'Kunjungan kerja' })).toBeVisible();
    await expect(anonymous.getByRole('heading', { level: 2, name: 'Kunjungan terjadwal dan selesai' })).toBeVisible();
    await expect(anonymous.getByRole('link', { name: ROUTE }).first()).toBeVisible();
    await expect(anonymous.getByRole('link', { name: 'Ajukan kunjungan' })).toHaveCount(0);
  });

  await test.step('the Kota Solok editor requests a visit to Kota Medan in the wizard', async () => {
    await solok.goto('/kunjungan');
    await solok.getByRole('link', { name: 'Ajukan kunjungan' }).click();
    await expect(solok.getByRole('heading', { level: 1, name: 'Ajukan kunjungan kerja' })).toBeVisible();
    await expect(solok.getByText('Atas nama Kota Solok')).toBeVisible();
    await solok.getByRole('combobox', { name: /^Kota tuan rumah/ }).or(solok.getByRole('textbox', { name: /^Kota tuan rumah/ })).fill('Medan');
    await solok.getByRole('option', { name: /^Kota Medan/ }).click();
    await solok.getByRole('checkbox', { name: PRACTICE }).check();
    await solok.getByLabel(/^Maksud dan tujuan kunjungan/).fill('Uji perjalanan: mempelajari Data Center dan Command Center Kota Medan.');
    await solok.getByRole('button', { name: 'Lanjut' }).click();

    await expect(solok.getByText('Usulkan satu sampai tiga jadwal dalam waktu Kota Medan (WIB).')).toBeVisible();
    const availability = solok.getByRole('region', { name: 'Ketersediaan Kota Medan' });
    await expect(availability.getByText(/^Senin 09:00–15:00$/)).toBeVisible();
    await solok.getByLabel(/^Mulai \(WIB\)/).fill(requested.start);
    await solok.getByLabel(/^Selesai \(WIB\)/).fill(requested.end);
    await expect(solok.getByText('Sama dengan waktu Kota Solok (WIB).')).toBeVisible();
    await solok.getByRole('button', { name: 'Lanjut' }).click();

    const first = solok.getByRole('group', { name: 'Anggota 1' });
    await first.getByLabel(/^Nama/).fill('Reiner');
    await first.getByLabel(/^Jabatan/).fill('Wakil Wali Kota Solok');
    await first.getByLabel(/^Instansi/).fill('Pemerintah Kota Solok');
    await solok.getByRole('button', { name: 'Tambah anggota' }).click();
    const second = solok.getByRole('group', { name: 'Anggota 2' });
    await second.getByLabel(/^Nama/).fill('Kepala Diskominfo');
    await second.getByLabel(/^Jabatan/).fill('Kepala Dinas');
    await second.getByLabel(/^Instansi/).fill('Dinas Komunikasi dan Informatika Kota Solok');
    await solok.getByLabel(/^Anggaran perjalanan/).fill('30.000.000');
    await solok.getByRole('button', { name: 'Lanjut' }).click();

    await expect(solok.getByRole('region', { name: 'Rombongan' }).getByText(/^Reiner, Wakil Wali Kota Solok, Pemerintah Kota Solok — Ketua rombongan$/)).toBeVisible();
    await expectNoSeriousA11yViolations(solok, 'the wizard’s review step');
    await solok.getByRole('button', { name: 'Kirim permohonan' }).click();
    await expect(solok.getByRole('heading', { level: 1, name: ROUTE })).toBeVisible();
    await badge(solok, 'Diajukan');
    visitPath = new URL(solok.url()).pathname;
    expect(visitPath).toMatch(/^\/kunjungan\/[0-9a-f-]{36}$/);
    await expect(solok.getByRole('link', { name: PRACTICE })).toBeVisible();
    // The visiting side may withdraw, not confirm.
    await expect(solok.getByRole('button', { name: 'Tarik permohonan' })).toBeVisible();
    await expect(solok.getByRole('button', { name: 'Konfirmasi jadwal' })).toHaveCount(0);
  });

  await test.step('the request waits in Medan’s inbox; its admin proposes another date', async () => {
    await medan.goto('/kunjungan');
    const inbox = medan.getByRole('region', { name: 'Perlu tindakan saya' });
    await inbox.locator(`a[href="${visitPath}"]`).click();
    await expect(medan.getByRole('heading', { level: 1, name: ROUTE })).toBeVisible();
    await expect(medan.getByRole('button', { name: 'Tarik permohonan' })).toHaveCount(0);
    await medan.getByRole('button', { name: 'Usulkan jadwal lain' }).click();
    const form = medan.getByRole('form', { name: 'Usulkan jadwal lain' });
    await form.getByLabel(/^Mulai \(WIB\)/).fill(proposed.start);
    await form.getByLabel(/^Selesai \(WIB\)/).fill(proposed.end);
    await form.getByLabel('Pesan (opsional)').fill('Hari Selasa kami ada rapat paripurna.');
    await form.getByRole('button', { name: 'Kirim usulan' }).click();
    await badge(medan, 'Jadwal lain diusulkan');
    await expect(medan.getByRole('heading', { level: 2, name: 'Usulan jadwal dari Kota Medan' })).toBeVisible();
  });

  await test.step('Solok accepts the proposal: confirmed; the .ics downloads and parses', async () => {
    await solok.reload();
    await badge(solok, 'Jadwal lain diusulkan');
    await solok.getByRole('button', { name: 'Terima usulan' }).click();
    const form = solok.getByRole('form', { name: 'Terima usulan jadwal' });
    await expect(form.getByRole('radio')).toBeChecked();
    await form.getByRole('button', { name: 'Terima jadwal ini' }).click();
    await badge(solok, 'Terkonfirmasi');
    await expect(solok.getByRole('heading', { level: 2, name: 'Jadwal' })).toBeVisible();
    await expect(solok.getByRole('link', { name: 'Surat permohonan (PDF)' })).toHaveAttribute('href', `/visits${visitPath.slice('/kunjungan'.length)}/letter.pdf`);
    firstIcs = await downloadIcs(solok);
  });

  await test.step('Medan opens today in its availability and reschedules to a slot minutes ahead', async () => {
    const now = new Date();
    const today = wib(now).slice(0, 10);
    await gql(
      medan,
      `mutation($input: SetVisitAvailabilityInput!) { setVisitAvailability(input: $input) { userErrors { field code } } }`,
      {
        input: {
          citySlug: 'kota-medan',
          capacity: 1,
          timeZone: 'Asia/Jakarta',
          rules: [1, 2, 3, 4].map((weekday) => ({ weekday, startTime: '09:00', endTime: '15:00' })).concat([{ weekday: 5, startTime: '08:30', endTime: '11:00' }]),
          exceptions: [{ date: today, available: true, startTime: '00:00', endTime: '23:59', note: 'Uji perjalanan' }],
        },
      },
    );
    // Whole minutes: the start 3–4 minutes ahead (accepting needs a slot not yet begun), one minute long.
    const start = new Date(Math.ceil((now.getTime() + 3 * 60_000) / 60_000) * 60_000);
    const end = new Date(start.getTime() + 60_000);
    soonEnd = end.getTime();
    await medan.reload();
    await badge(medan, 'Terkonfirmasi');
    await medan.getByRole('button', { name: 'Jadwalkan ulang' }).click();
    const form = medan.getByRole('form', { name: 'Jadwalkan ulang' });
    await form.getByLabel(/^Mulai \(WIB\)/).fill(wib(start));
    await form.getByLabel(/^Selesai \(WIB\)/).fill(wib(end));
    await form.getByLabel('Alasan (opsional)').fill('Wali Kota hanya ada hari ini.');
    await form.getByRole('button', { name: 'Kirim jadwal baru' }).click();
    await badge(medan, 'Jadwal lain diusulkan');
  });

  await test.step('Solok accepts the new slot: the .ics keeps its UID and its SEQUENCE grows', async () => {
    await solok.reload();
    await solok.getByRole('button', { name: 'Terima usulan' }).click();
    await solok.getByRole('form', { name: 'Terima usulan jadwal' }).getByRole('button', { name: 'Terima jadwal ini' }).click();
    await badge(solok, 'Terkonfirmasi');
    const second = await downloadIcs(solok);
    expect(second.uid).toBe(firstIcs.uid);
    expect(second.sequence).toBeGreaterThan(firstIcs.sequence);
    expect(second.dtstart).not.toBe(firstIcs.dtstart);
    // The timeline tells the story in order.
    const timeline = solok.getByRole('region', { name: 'Riwayat' });
    for (const step of ['Diajukan', 'Jadwal lain diusulkan', 'Usulan diterima', 'Dijadwalkan ulang']) {
      await expect(timeline.getByText(step, { exact: true }).first()).toBeVisible();
    }
    // Not over yet: nothing to complete.
    await expect(solok.getByRole('button', { name: 'Tandai selesai' })).toHaveCount(0);
  });

  await test.step('once the slot has ended, Solok marks the visit completed', async () => {
    const wait = soonEnd - Date.now() + 2_000;
    if (wait > 0) await solok.waitForTimeout(wait);
    await solok.reload();
    await solok.getByRole('button', { name: 'Tandai selesai' }).click();
    const dialog = solok.getByRole('dialog', { name: 'Tandai kunjungan selesai?' });
    await dialog.getByRole('button', { name: 'Tandai selesai' }).click();
    await badge(solok, 'Selesai');
    await expect(solok.getByRole('heading', { level: 2, name: 'Tindakan' })).toHaveCount(0);
  });

  await test.step('Solok files its report with an adoption of the practice it studied', async () => {
    await solok.getByRole('link', { name: 'Laporan kunjungan' }).click();
    await solok.waitForURL((current) => current.pathname === `${visitPath}/laporan`);
    await solok.getByLabel(/^Ringkasan untuk publik/).fill('Kota Solok mempelajari Command Center Kota Medan (uji perjalanan).');
    await solok.getByLabel(/^Pelajaran/).fill('- Satu ruang kendali untuk semua layanan.');
    await solok.getByLabel(`Status adopsi “${PRACTICE}”`).selectOption({ label: 'Direncanakan' });
    await solok.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect(solok.getByText('Laporan tersimpan.')).toBeVisible();
    const adoptions = solok.getByRole('table', { name: /adopsi/i });
    await expect(adoptions.getByText(PRACTICE)).toBeVisible();
  });

  await solok.context().close();
  await medan.context().close();
});
