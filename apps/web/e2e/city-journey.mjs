// The city journey: search, open a profile, switch language, deep-link reload, not-found.
// Plain Node ESM on playwright-core; run through ./run.mjs, which starts the API server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const STEP_TIMEOUT_MS = 15_000;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Waits until the locator's (single) element is visible. */
async function visible(locator) {
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

async function h1(page, name) {
  await visible(page.getByRole('heading', { level: 1, name }));
}

/**
 * Runs every step, printing `ok - <step>` or `not ok - <step>: <error>` (with a screenshot path).
 * Returns the counts; never throws for a failed step.
 */
export async function runCityJourney({ baseUrl, executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium' }) {
  const url = (pathname) => new URL(pathname, baseUrl).toString();
  const profileDir = await mkdtemp(path.join(tmpdir(), 'citybridge-e2e-browser-'));
  const results = { passed: 0, failed: 0 };
  const browserErrors = [];
  let context;

  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => browserErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) =>
      browserErrors.push(`requestfailed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`),
    );

    const step = async (name, fn) => {
      const errorsBefore = browserErrors.length;
      try {
        await fn();
        results.passed += 1;
        console.log(`ok - ${name}`);
      } catch (error) {
        results.failed += 1;
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        console.log(`not ok - ${name}: ${message}`);
        const shot = path.join(tmpdir(), `citybridge-e2e-${Date.now()}-${slug(name)}.png`);
        try {
          await page.screenshot({ path: shot, fullPage: true });
          console.log(`  screenshot: ${shot}`);
        } catch (screenshotError) {
          console.log(`  (no screenshot: ${screenshotError instanceof Error ? screenshotError.message : screenshotError})`);
        }
        console.log(`  url: ${page.url()}`);
        for (const line of browserErrors.slice(errorsBefore).slice(-10)) console.log(`  ${line}`);
      }
    };

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
    console.log(`not ok - launch browser: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  } finally {
    await context?.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true }).catch(() => {});
  }
  return results;
}
