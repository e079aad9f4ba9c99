// Shared by the journeys: the browser, one context per journey, and the `ok - <step>` runner.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const STEP_TIMEOUT_MS = 15_000;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium') {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Waits until the locator's (single) element is visible. */
export async function visible(locator) {
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

export async function h1(page, name) {
  await visible(page.getByRole('heading', { level: 1, name }));
}

/**
 * A fresh browser context (no cookies, no stored language) with one page whose errors are
 * collected, and `step(name, fn)`, which prints `ok - <name>` or `not ok - <name>: <error>` (with a
 * screenshot and the browser errors) and never throws. `results` counts the steps.
 */
export async function openJourney(browser, results) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const browserErrors = [];
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
      return true;
    } catch (error) {
      results.failed += 1;
      const lines = (error instanceof Error ? error.message : String(error)).split('\n');
      console.log(`not ok - ${name}: ${lines[0]}`);
      // Playwright's call log names the locator that was waited for.
      const waitedFor = lines.find((line) => /waiting for/.test(line));
      if (waitedFor) console.log(`  ${waitedFor.trim()}`);
      const shot = path.join(tmpdir(), `citybridge-e2e-${Date.now()}-${slug(name)}.png`);
      try {
        await page.screenshot({ path: shot, fullPage: true });
        console.log(`  screenshot: ${shot}`);
      } catch (screenshotError) {
        console.log(`  (no screenshot: ${screenshotError instanceof Error ? screenshotError.message : screenshotError})`);
      }
      console.log(`  url: ${page.url()}`);
      for (const line of browserErrors.slice(errorsBefore).slice(-10)) console.log(`  ${line}`);
      return false;
    }
  };

  return { context, page, step };
}
