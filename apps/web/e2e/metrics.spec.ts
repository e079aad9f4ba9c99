// The metrics journey: the demo researcher compares Kota Medan and Kota Solok on complaints received
// per 100,000 people over the years, downloads the selection as CSV, and opens the shared link in a
// fresh browser (no cookies, nothing cached), which shows the same view; then the demo editor of
// Kota Solok imports a semicolon-separated CSV with decimal commas, sees what was detected, commits
// and undoes it. Needs the API's demo series (complaints_received, demo) for both cities.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const RESEARCHER = { email: 'peneliti@citybridge.demo', password: 'Demo-Peneliti-CityBridge-2026' };
const SOLOK_EDITOR = { email: 'editor.solok@citybridge.demo', password: 'Demo-Editor-Solok-2026' };
const INDICATOR = 'Aduan warga diterima';

/** Signs in through the form and lands on `next`. */
async function signIn(page: Page, { email, password }: { email: string; password: string }, next: string) {
  await page.goto(`/masuk?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Kata sandi/).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((current) => `${current.pathname}${current.search}` === next);
}

async function addCity(page: Page, typed: string, name: string) {
  const picker = page.getByRole('combobox', { name: /^Tambah kota atau kabupaten/ });
  await picker.click();
  await picker.pressSequentially(typed, { delay: 30 });
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).click();
  await expect(page.getByRole('list', { name: 'Kota yang dibandingkan' }).getByText(name, { exact: true })).toBeVisible();
}

/** The compare table's rows as text, to say two views are the same. */
async function tableRows(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /^Semua nilai/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  return table.getByRole('row').allInnerTexts();
}

test('metrics journey', async ({ page, browser }) => {
  let sharedUrl = '';
  let rows: string[] = [];

  await test.step('the researcher opens the compare page from the navigation', async () => {
    await signIn(page, RESEARCHER, '/metrik');
    await expect(page.getByRole('heading', { level: 1, name: 'Bandingkan metrik antarkota' })).toBeVisible();
    await expect(page.getByText('Pilih paling sedikit satu kota dan satu indikator untuk melihat perbandingan.')).toBeVisible();
  });

  await test.step('chooses Kota Medan and Kota Solok, complaints received, per 100,000 people, 2016–2025: a line chart and the table', async () => {
    await addCity(page, 'medan', 'Kota Medan');
    await addCity(page, 'solok', 'Kota Solok');
    const indicator = page.getByRole('combobox', { name: /^Indikator/ });
    await indicator.click();
    await indicator.pressSequentially('aduan warga', { delay: 30 });
    await page.getByRole('option', { name: INDICATOR }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Dari tahun' }).click();
    await page.getByRole('option', { name: '2016', exact: true }).click();
    await page.getByRole('combobox', { name: 'Sampai tahun' }).click();
    await page.getByRole('option', { name: '2025', exact: true }).click();
    // The view changes through the URL: the radio is checked once the new address is read.
    await page.getByRole('radio', { name: 'Per 100.000 penduduk' }).click();
    await expect(page.getByRole('radio', { name: 'Per 100.000 penduduk' })).toBeChecked();
    await page.waitForURL((url) => url.searchParams.get('normalisasi') === 'per-100rb' && url.searchParams.get('dari') === '2016');

    rows = await tableRows(page);
    expect(rows.some((row) => row.includes('Kota Medan') && row.includes('per 100.000 penduduk'))).toBe(true);
    expect(rows.some((row) => row.includes('Kota Solok'))).toBe(true);
    // Demo values say so, in the table and above it.
    expect(rows.some((row) => row.includes('Demo'))).toBe(true);
    await expect(page.getByText('Berisi data demo')).toBeVisible();
    // The chart is drawn, hidden from screen readers, which read the table.
    await expect(page.getByTestId('metric-chart').locator('canvas').first()).toBeVisible();
    await expect(page.getByTestId('metric-chart').first()).toHaveAttribute('aria-hidden', 'true');
    await expectNoSeriousA11yViolations(page, 'metrics compare');
  });

  await test.step('downloads the selection as CSV with its sources', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe(
      'city_code,city_name,practice_id,indicator,unit,year,period,value,stated_as,quality,is_demo,is_default,source_organisation,source_title,source_url,source_date,source_licence,licence',
    );
    expect(csv).toMatch(/^12\.71,Kota Medan,[^,]*,complaints_received,/m);
    expect(csv).toMatch(/^13\.72,Kota Solok,[^,]*,complaints_received,/m);
    sharedUrl = page.url();
  });

  await test.step('the shared link in a fresh browser shows the same view', async () => {
    const context = await browser.newContext({ locale: 'id-ID' });
    const fresh = await context.newPage();
    await fresh.goto(sharedUrl);
    await expect(fresh.getByRole('heading', { level: 1, name: 'Bandingkan metrik antarkota' })).toBeVisible();
    expect(await tableRows(fresh)).toEqual(rows);
    await expect(fresh.getByRole('radio', { name: 'Per 100.000 penduduk' })).toBeChecked();
    await expect(fresh.getByRole('list', { name: 'Kota yang dibandingkan' }).getByRole('listitem')).toHaveText(['Kota Medan', 'Kota Solok']);
    await context.close();
  });

  await test.step('programs of the same kind side by side: the indicator page lists the programs reporting complaints', async () => {
    await page.goto('/metrik/indikator/complaints_received');
    const programs = page.getByRole('region', { name: 'Program yang melaporkan indikator ini' });
    await expect(programs.getByRole('link', { name: 'Aplikasi Medan Rumah Kita' })).toBeVisible();
    await expect(programs.getByRole('link', { name: 'Perizinan usaha daring satu pintu' })).toBeVisible();
    await expect(programs.getByRole('table')).toContainText('Kota Medan');
    await expectNoSeriousA11yViolations(page, 'indicator page with programs');
  });

  await test.step('the editor of Kota Solok imports a semicolon CSV with decimal commas, then undoes it', async () => {
    await page.context().clearCookies();
    await signIn(page, SOLOK_EDITOR, '/metrik/impor');
    await expect(page.getByRole('heading', { level: 1, name: 'Impor metrik dari CSV' })).toBeVisible();
    const year = new Date().getFullYear() - 1;
    const csv = `\uFEFFkode_kota;indikator;tahun;nilai;sumber;judul_sumber;kualitas\r\n13.72;complaints_received;${year};1.234,5;Diskominfo Kota Solok;Rekap aduan ${year} (${Date.now()});self_reported\r\n`;
    await page.locator('input[type="file"]').setInputFiles({ name: 'aduan-solok.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Unggah dan pratinjau' }).click();

    await expect(page.getByText('UTF-8 (dengan BOM)')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Pemisah kolom' })).toHaveValue('Titik koma (;)');
    await expect(page.getByRole('combobox', { name: /^Gaya desimal/ })).toHaveValue('Indonesia (1.234,5)');
    await expect(page.getByText('1 baris data.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'metrics import preview');
    const warning = page.getByRole('checkbox', { name: 'Saya sudah memeriksa peringatan ini dan nilainya benar' });
    if (await warning.isVisible()) await warning.check();
    await page.getByRole('button', { name: 'Impor 1 baris' }).click();
    await expect(page.getByText('1 nilai dari aduan-solok.csv tersimpan.')).toBeVisible();

    await page.getByRole('button', { name: 'Batalkan impor ini' }).click();
    await expect(page.getByText('Semua nilai dari aduan-solok.csv telah dihapus.')).toBeVisible();
  });
});
