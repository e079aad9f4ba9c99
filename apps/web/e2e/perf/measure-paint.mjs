// Prints what a first visit costs: bytes transferred (as on the wire, after compression) and first
// contentful paint of the home page and the directory, on a desktop without throttling and on a
// 390 px phone on a slow connection (1.6 Mbps down, 750 kbps up, 150 ms latency, emulated through the
// DevTools protocol). It reports figures and asserts nothing; timings vary with the machine's load.
//
//   node apps/web/e2e/perf/measure-paint.mjs http://127.0.0.1:3000 [runs]
//
// Each figure is the median of `runs` (default 3) visits, each in a fresh context (empty cache).
import { chromium } from '@playwright/test';

const baseUrl = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
if (!baseUrl) {
  console.error('usage: node apps/web/e2e/perf/measure-paint.mjs <base URL of a running API> [runs]');
  process.exit(2);
}

const PAGES = ['/', '/kota'];
const PROFILES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, network: null },
  {
    name: 'phone, 1.6 Mbps / 150 ms',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 },
  },
];

async function visit(browser, profile, path) {
  const context = await browser.newContext({ viewport: profile.viewport, isMobile: profile.isMobile ?? false, locale: 'id-ID' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    requests += 1;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle', timeout: 120_000 });
  // Headless Chromium lists paint entries to a buffered observer only, not to getEntriesByName.
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(null), 5000);
      }),
  );
  await context.close();
  return { bytes, requests, fcp };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log(`${'page'.padEnd(8)}${'profile'.padEnd(28)}${'requests'.padStart(9)}${'kB transferred'.padStart(16)}${'FCP ms'.padStart(9)}`);
  for (const profile of PROFILES) {
    for (const path of PAGES) {
      const results = [];
      for (let i = 0; i < runs; i += 1) results.push(await visit(browser, profile, path));
      const kB = median(results.map((r) => r.bytes)) / 1000;
      const fcp = median(results.map((r) => r.fcp ?? Number.NaN));
      console.log(
        `${path.padEnd(8)}${profile.name.padEnd(28)}${String(median(results.map((r) => r.requests))).padStart(9)}${kB.toFixed(1).padStart(16)}${Math.round(fcp).toString().padStart(9)}`,
      );
    }
  }
} finally {
  await browser.close();
}
