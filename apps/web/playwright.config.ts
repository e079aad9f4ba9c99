import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// The journeys run against the production build served by the API (see e2e/start-api.mjs), on a
// free port chosen once: worker processes inherit E2E_PORT, so they agree with the main process.
// E2E_BASE_URL: run them against a server that is already running instead.
const FREE_PORT = `const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
  console.log(s.address().port); s.close(); });`;
process.env.E2E_PORT ??= execFileSync(process.execPath, ['-e', FREE_PORT], { encoding: 'utf8' }).trim();
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT}`;

// E2E_STEP_TIMEOUT_MS (and `--timeout` for whole journeys): more time on a machine under heavy load.
const STEP_TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS ?? 15_000);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // One API and one database: the journeys run one after the other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: STEP_TIMEOUT_MS },
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  use: {
    baseURL,
    locale: 'id-ID',
    viewport: { width: 1280, height: 800 },
    actionTimeout: STEP_TIMEOUT_MS,
    navigationTimeout: STEP_TIMEOUT_MS,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // Debian's Chromium: nothing is downloaded (never run `npx playwright install`).
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: 'node e2e/start-api.mjs',
        // The API serves the web app once it has started (migrations and demo data included).
        url: baseURL,
        timeout: 120_000,
        reuseExistingServer: false,
        // e2e/start-api.mjs prints the API's log on stderr if the API stops by itself.
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      },
});
