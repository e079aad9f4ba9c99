// The city journey: search, open a profile, switch language, deep-link reload, not-found.
// Plain Node ESM on playwright-core; run through ./run.mjs, which starts the API server.
import { h1, launchBrowser, openJourney, visible } from './harness.mjs';

export { CHROMIUM_ARGS } from './harness.mjs';

/**
 * Runs every step in a fresh context of `browser` (one is launched when none is given), printing
 * `ok - <step>` or `not ok - <step>: <error>`. Returns the counts; never throws for a failed step.
 */
export async function runCityJourney({ baseUrl, browser, executablePath }) {
  const url = (pathname) => new URL(pathname, baseUrl).toString();
  const results = { passed: 0, failed: 0 };
  const ownBrowser = browser ? null : await launchBrowser(executablePath).catch((error) => error);
  let context;

  try {
    if (ownBrowser instanceof Error) throw ownBrowser;
    const journey = await openJourney(browser ?? ownBrowser, results);
    context = journey.context;
    const { page, step } = journey;

    await step('home page offers the city search', async () => {
      await page.goto(url('/'));
      await visible(page.getByRole('searchbox', { name: 'Cari kota atau kabupaten' }));
      if ((await page.locator('html').getAttribute('lang')) !== 'id') throw new Error('<html lang> is not "id"');
    });

    await step('searching "solok" finds Kota Solok, Kabupaten Solok and Kabupaten Solok Selatan', async () => {
      await page.getByRole('searchbox', { name: 'Cari kota atau kabupaten' }).fill('solok');
      // The search is debounced and kept in the URL; results after that belong to "solok".
      await page.waitForURL((current) => current.searchParams.get('q') === 'solok');
      for (const name of ['Kota Solok', 'Kabupaten Solok', 'Kabupaten Solok Selatan']) {
        await visible(page.getByRole('link', { name, exact: true }));
      }
    });

    await step('opening Kota Solok shows its profile', async () => {
      await page.getByRole('link', { name: 'Kota Solok', exact: true }).click();
      await page.waitForURL((current) => current.pathname === '/kota/kota-solok');
      await h1(page, 'Kota Solok');
    });

    await step('profile shows Sumatera Barat, the kecamatan Lubuk Sikarah and Tanjung Harapan, and WIB', async () => {
      await visible(page.getByText('Sumatera Barat', { exact: true }).first());
      await visible(page.getByRole('listitem').filter({ hasText: /^Lubuk Sikarah$/ }));
      await visible(page.getByRole('listitem').filter({ hasText: /^Tanjung Harapan$/ }));
      await visible(page.getByText(/^WIB \(Asia\/Jakarta, UTC\+7\)$/));
    });

    await step('switching to English shows English labels', async () => {
      await page.getByRole('button', { name: 'English (EN)' }).click();
      await visible(page.getByText('Province', { exact: true }));
      await visible(page.getByRole('heading', { name: 'Districts (kecamatan)' }));
      if ((await page.locator('html').getAttribute('lang')) !== 'en') throw new Error('<html lang> is not "en"');
    });

    await step('reloading the deep link /kota/kota-solok keeps Kota Solok in English', async () => {
      await page.reload();
      if (new URL(page.url()).pathname !== '/kota/kota-solok') throw new Error(`unexpected URL ${page.url()}`);
      await h1(page, 'Kota Solok');
      await visible(page.getByText('Province', { exact: true }));
      await visible(page.getByRole('button', { name: 'English (EN)', pressed: true }));
    });

    await step('an unknown city shows the not-found view', async () => {
      await page.goto(url('/kota/does-not-exist'));
      await h1(page, /not found|tidak ditemukan/i);
      await visible(page.getByText(/does-not-exist/));
    });

    await step('an unknown address shows the not-found page', async () => {
      await page.goto(url('/halaman/tidak-ada'));
      await h1(page, /not found|tidak ditemukan/i);
    });
  } catch (error) {
    // The browser itself failed (not a step): count it as one failure.
    results.failed += 1;
    console.log(`not ok - city journey browser: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  } finally {
    await context?.close().catch(() => {});
    if (ownBrowser && !(ownBrowser instanceof Error)) await ownBrowser.close().catch(() => {});
  }
  return results;
}
