// The practice library journey: an anonymous visitor searches "pengelolaan aset" and opens Kota
// Medan's demo practice; the demo editor of Kota Solok records an adoption that then shows on the
// practice and on both city profiles; a practice written with hostile Markdown (a script, an event
// handler, a javascript: link) is shown as text and nothing runs. Then the library on a 390 px phone.
import { expect, type Page, type TestInfo, test } from '@playwright/test';

const SOLOK_EDITOR = { email: 'editor.solok@citybridge.demo', password: 'Demo-Editor-Solok-2026' };
const MEDAN_ADMIN = { email: 'admin.medan@citybridge.demo', password: 'Demo-Admin-Medan-Kota-2026' };
const ASSET_TITLE = 'Pengelolaan aset daerah Kota Medan';
const COMMAND_CENTER_TITLE = 'Data Center dan Command Center Kota Medan';
const PHONE = { width: 390, height: 844 };

const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

async function signIn(page: Page, { email, password }: { email: string; password: string }, landing: string) {
  await page.goto('/masuk');
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Kata sandi/).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((current) => current.pathname === landing);
}

async function signOut(page: Page) {
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: /Akun demo/ }).click();
  await header.getByRole('button', { name: 'Keluar', exact: true }).click();
  await expect(header.getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
}

async function search(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Cari praktik' }).fill(words);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await page.waitForURL((current) => current.searchParams.get('q') === words);
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

test('practice library journey', async ({ page }) => {
  const stamp = Date.now();
  // Nothing may open a dialog or set a global: the hostile practice tries both.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await test.step('the navigation leads to the library, which lists the newest practices', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Praktik baik terbaru' })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Praktik Baik' }).first().click();
    await page.waitForURL((current) => current.pathname === '/praktik');
    await h1(page, 'Pustaka praktik baik');
    await expect(page.getByText('Praktik terbaru lebih dulu.')).toBeVisible();
  });

  await test.step('searching "pengelolaan aset" finds Medan’s asset management, highlighted and marked demo', async () => {
    await search(page, 'pengelolaan aset');
    const results = page.getByRole('list', { name: 'Hasil pencarian' });
    const result = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: ASSET_TITLE }) });
    await expect(result).toBeVisible();
    await expect(result.locator('mark').first()).toBeVisible();
    await expect(result.getByText('Demo', { exact: true })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Keuangan dan aset daerah \(\d+\)$/ })).toBeVisible();
  });

  await test.step('the URL keeps the query and a facet: reload shows the same results', async () => {
    await page.getByRole('checkbox', { name: /^Keuangan dan aset daerah \(\d+\)$/ }).check();
    await page.waitForURL((current) => current.searchParams.get('topik') === 'finance_assets');
    await expect(page.getByRole('checkbox', { name: /^Keuangan dan aset daerah/ })).toBeChecked();
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Cari praktik' })).toHaveValue('pengelolaan aset');
    await expect(page.getByRole('checkbox', { name: /^Keuangan dan aset daerah/ })).toBeChecked();
    await expect(page.getByRole('link', { name: ASSET_TITLE })).toBeVisible();
  });

  await test.step('opening it shows the reading view with its city, costs, adoption count and demo note', async () => {
    await page.getByRole('link', { name: ASSET_TITLE }).click();
    await h1(page, ASSET_TITLE);
    await expect(page.getByRole('link', { name: 'Kota Medan', exact: true })).toHaveAttribute('href', '/kota/kota-medan');
    await expect(page.getByText('Praktik demo ini disusun berdasarkan berita tahun 2018; rinciannya adalah contoh.')).toBeVisible();
    await expect(page.getByText(/^Diadopsi oleh \d+ kota$/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Praktik serupa' })).toBeVisible();
    // Both language versions exist: switch to English.
    await page.getByText('English', { exact: true }).click();
    await h1(page, 'Regional asset management in Kota Medan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  });

  await test.step('the Kota Solok editor records an adoption of Medan’s command center', async () => {
    await signIn(page, SOLOK_EDITOR, '/profil');
    await page.goto('/praktik');
    await search(page, 'command center');
    await page.getByRole('link', { name: COMMAND_CENTER_TITLE }).click();
    await h1(page, COMMAND_CENTER_TITLE);
    const form = page.getByRole('form', { name: 'Catat adopsi' });
    await form.getByLabel('Status').selectOption({ label: 'Direncanakan' });
    await form.getByLabel('Catatan (opsional)').fill(`Rencana dari uji perjalanan ${stamp}.`);
    await form.getByRole('button', { name: 'Catat adopsi' }).click();
    await expect(page.getByText('Adopsi oleh Kota Solok sudah dicatat.')).toBeVisible();
    const adoptions = page.getByRole('region', { name: 'Adopsi', exact: true });
    await expect(adoptions.getByRole('link', { name: 'Kota Solok' })).toBeVisible();
    await expect(adoptions.getByText(`Rencana dari uji perjalanan ${stamp}.`)).toBeVisible();
    await expect(adoptions.getByText(/^Diadopsi oleh [1-9]\d* kota$/)).toBeVisible();
  });

  await test.step('the adoption shows on Kota Solok’s profile and on Kota Medan’s', async () => {
    await page.goto('/kota/kota-solok');
    const adopted = page.getByRole('region', { name: 'Praktik yang diadopsi kota ini' });
    await expect(adopted.getByRole('link', { name: COMMAND_CENTER_TITLE })).toBeVisible();
    await page.goto('/kota/kota-medan');
    await expect(page.getByRole('region', { name: 'Praktik baik', exact: true }).getByRole('link', { name: ASSET_TITLE }).first()).toBeVisible();
    const fromHere = page.getByRole('region', { name: 'Praktik kota ini yang diadopsi kota lain' });
    const row = fromHere.getByRole('listitem').filter({ has: page.getByRole('link', { name: COMMAND_CENTER_TITLE }) });
    await expect(row.getByText(/^oleh Kota Solok · Direncanakan/)).toBeVisible();
    await signOut(page);
  });

  await test.step('a practice written with hostile Markdown shows as text and runs nothing', async () => {
    await signIn(page, MEDAN_ADMIN, '/kota-saya');
    const title = `Uji keamanan ${stamp}`;
    const created = await gql<{ createPractice: { practice: { id: string } | null; userErrors: unknown[] } }>(
      page,
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } userErrors { field message } } }`,
      {
        input: {
          citySlug: 'kota-medan',
          topic: 'governance',
          texts: [
            {
              language: 'ID',
              title,
              summary: 'Teks uji keamanan. <script>window.__xss = 1; alert("script")</script>',
              problem: 'Gambar: <img src="x" onerror="window.__xss = 2; alert(\'onerror\')">',
              approach: '[klik di sini](javascript:window.__xss=3;alert(1))',
              results: '<a href="javascript:alert(2)" onclick="window.__xss=4">tautan jahat</a>',
              lessons: '<svg onload="window.__xss=5"></svg><iframe src="javascript:alert(3)"></iframe>Selesai.',
            },
          ],
        },
      },
    );
    expect(created.createPractice.userErrors).toEqual([]);
    const id = created.createPractice.practice?.id as string;
    const step = (name: string) =>
      gql(page, `mutation($input: ${name[0]?.toUpperCase()}${name.slice(1)}PracticeInput!) { ${name}Practice(input: $input) { userErrors { field message } } }`, {
        input: { practiceId: id },
      });
    await step('submit');
    await step('publish');
    await signOut(page);

    await page.goto(`/praktik/${id}`);
    await h1(page, title);
    await expect(page.getByText('Teks uji keamanan.')).toBeVisible();
    await expect(page.getByText('Selesai.')).toBeVisible();
    const body = page.locator('.practice-body');
    await expect(body.locator('script, img, svg, iframe, [onerror], [onclick], [onload]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    await page.getByText('klik di sini').click();
    await page.getByText('tautan jahat').click();
    await expect(page).toHaveURL(new RegExp(`/praktik/${id}$`));
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  await test.step('an unknown practice shows the not-found view', async () => {
    await page.goto('/praktik/00000000-0000-4000-8000-000000000000');
    await h1(page, 'Praktik tidak ditemukan');
  });
});

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('practice library on a 390 px phone', async ({ page }, testInfo) => {
  await page.setViewportSize(PHONE);
  const noSidewaysScroll = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await test.step('search, filter behind the "Saring" button, and open the practice', async () => {
    await page.goto('/praktik');
    await h1(page, 'Pustaka praktik baik');
    await search(page, 'pengelolaan aset');
    await expect(page.getByRole('link', { name: ASSET_TITLE })).toBeVisible();
    // The filters are folded until asked for.
    const topic = page.getByRole('checkbox', { name: /^Keuangan dan aset daerah \(\d+\)$/ });
    await expect(topic).toBeHidden();
    await page.getByRole('button', { name: 'Saring' }).click();
    await topic.check();
    await page.waitForURL((current) => current.searchParams.get('topik') === 'finance_assets');
    await noSidewaysScroll();
    await screenshot(page, testInfo, 'library-390');
    await page.getByRole('link', { name: ASSET_TITLE }).click();
    await h1(page, ASSET_TITLE);
    await expect(page.getByText(/^Diadopsi oleh \d+ kota$/)).toBeVisible();
    await noSidewaysScroll();
    await screenshot(page, testInfo, 'practice-390');
  });
});
