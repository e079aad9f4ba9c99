// The city journey: search, open a profile, switch language, deep-link reload, not-found.
import { expect, type Page, test } from '@playwright/test';

const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

// One test, one fresh context: the steps build on each other, and the first that fails ends it.
test('city journey', async ({ page }) => {
  await test.step('home page offers the city search', async () => {
    await page.goto('/');
    await expect(page.getByRole('searchbox', { name: 'Cari kota atau kabupaten' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  await test.step('searching "solok" finds Kota Solok, Kabupaten Solok and Kabupaten Solok Selatan', async () => {
    await page.getByRole('searchbox', { name: 'Cari kota atau kabupaten' }).fill('solok');
    // The search is debounced and kept in the URL; results after that belong to "solok".
    await page.waitForURL((current) => current.searchParams.get('q') === 'solok');
    for (const name of ['Kota Solok', 'Kabupaten Solok', 'Kabupaten Solok Selatan']) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });

  await test.step('opening Kota Solok shows its profile', async () => {
    await page.getByRole('link', { name: 'Kota Solok', exact: true }).click();
    await page.waitForURL((current) => current.pathname === '/kota/kota-solok');
    await h1(page, 'Kota Solok');
  });

  await test.step('profile shows Sumatera Barat, the kecamatan Lubuk Sikarah and Tanjung Harapan, and WIB', async () => {
    await expect(page.getByText('Sumatera Barat', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Lubuk Sikarah$/ })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Tanjung Harapan$/ })).toBeVisible();
    await expect(page.getByText(/^WIB \(Asia\/Jakarta, UTC\+7\)$/)).toBeVisible();
  });

  await test.step('switching to English shows English labels', async () => {
    await page.getByRole('button', { name: 'EN — English' }).click();
    await expect(page.getByText('Province', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Districts (kecamatan)' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  await test.step('reloading the deep link /kota/kota-solok keeps Kota Solok in English', async () => {
    await page.reload();
    expect(new URL(page.url()).pathname).toBe('/kota/kota-solok');
    await h1(page, 'Kota Solok');
    await expect(page.getByText('Province', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'EN — English', pressed: true })).toBeVisible();
  });

  await test.step('an unknown city shows the not-found view', async () => {
    await page.goto('/kota/does-not-exist');
    await h1(page, /not found|tidak ditemukan/i);
    await expect(page.getByText(/does-not-exist/)).toBeVisible();
  });

  await test.step('an unknown address shows the not-found page', async () => {
    await page.goto('/halaman/tidak-ada');
    await h1(page, /not found|tidak ditemukan/i);
  });
});
