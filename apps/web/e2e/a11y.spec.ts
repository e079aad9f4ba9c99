// axe-core on every page of the app, signed out and signed in as demo accounts, on a desktop
// (1280 px) and a phone (390 px). A serious or critical violation fails the journey; every page's
// counts are printed, e.g. `a11y desktop signed out /kota: 0 serious/critical (moderate 1)`.
// The pages come from the build's own list (dist/page-paths.json), so a new page is checked as soon
// as it exists; a page with a dynamic segment needs a demo value in SAMPLE_SEGMENTS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGE_PATHS: string[] = JSON.parse(readFileSync(path.resolve(here, '../dist/page-paths.json'), 'utf8'));

/** The id of the first published practice that `filter` (GraphQL arguments after `first`) finds. */
async function firstPracticeId(request: APIRequestContext, filter: string): Promise<string> {
  const res = await request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query: `{ practices(first: 1${filter}) { nodes { id } } }` },
  });
  const id = (await res.json()).data?.practices?.nodes?.[0]?.id;
  if (typeof id !== 'string') throw new Error(`The demo data has no published practice to visit (${filter || 'any city'})`);
  return id;
}

/** The demo seed visit (Kota Solok to Kota Medan, completed, with its report). */
async function seedVisitId(request: APIRequestContext): Promise<string> {
  const res = await request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query: '{ cityVisits(citySlug: "kota-medan", side: HOST, states: [COMPLETED], first: 1) { nodes { id } } }' },
  });
  const id = (await res.json()).data?.cityVisits?.nodes?.[0]?.id;
  if (typeof id !== 'string') throw new Error('The demo data has no completed visit to Kota Medan');
  return id;
}

/**
 * Demo values for the dynamic segments of page paths, per segment name: a fixed one, or read from
 * the API before the visits (the demo data's ids are made when it loads).
 */
const SAMPLE_SEGMENTS: Record<string, string | ((request: APIRequestContext) => Promise<string>)> = {
  ':slug': 'kota-medan',
  // A seeded catalogue indicator (the metrics migration).
  ':code': 'population',
  ':id': (request) => firstPracticeId(request, ''),
  // A practice of Kota Medan, whose admin opens its editor and history below.
  ':medanPractice': (request) => firstPracticeId(request, ', filter: { citySlug: "kota-medan" }'),
  // The seed visit: its report page (read-only for Medan, the host).
  ':visitId': seedVisitId,
};
const sampleValues: Record<string, string> = {};
/** Pages read from a mailed link: visited with a token that is not valid (what an old link shows). */
const TOKEN_PAGES = new Set(['/atur-ulang-sandi', '/konfirmasi-email', '/undangan', '/konfirmasi-alamat-resmi']);

function samplePath(pattern: string): string {
  const filled = pattern.replace(/:[A-Za-z]+/g, (segment) => {
    const value = sampleValues[segment];
    if (!value) throw new Error(`No demo value for ${segment} in ${pattern}: add one to SAMPLE_SEGMENTS`);
    return value;
  });
  return TOKEN_PAGES.has(pattern) ? `${filled}?token=bukan-token-yang-berlaku` : filled;
}

test.beforeAll(async ({ request }) => {
  for (const [segment, value] of Object.entries(SAMPLE_SEGMENTS)) {
    sampleValues[segment] = typeof value === 'string' ? value : await value(request);
  }
});

const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
] as const;

const ACCOUNTS = {
  admin: { email: 'admin@citybridge.demo', password: 'Demo-Admin-CityBridge-2026', landing: '/profil' },
  medanAdmin: { email: 'admin.medan@citybridge.demo', password: 'Demo-Admin-Medan-Kota-2026', landing: '/kota-saya' },
};

/** What each account visits besides the public pages: the pages only members or admins see. */
const SIGNED_IN_PAGES: Record<keyof typeof ACCOUNTS, string[]> = {
  admin: ['/profil', '/admin/verifikasi', '/admin/audit', '/dev/mailbox', '/notifikasi'],
  medanAdmin: [
    '/profil',
    '/kota-saya',
    // Signed in, the visit pages show more: the inbox, the wizard, the roster and the timeline.
    '/kunjungan',
    '/kunjungan/ajukan',
    '/kunjungan/:visitId',
    '/kota/kota-medan/anggota',
    '/kota/kota-medan',
    '/praktik/baru',
    '/praktik-saya',
    '/praktik/tinjauan',
    '/praktik/:medanPractice',
    '/praktik/:medanPractice/ubah',
    '/praktik/:medanPractice/riwayat',
    '/notifikasi',
    '/kunjungan/ketersediaan/kota-medan',
    '/kunjungan/kalender?kota=kota-medan&tampilan=bulan&tanggal=2018-10-05',
    '/kunjungan/kalender?kota=kota-medan&tampilan=minggu&tanggal=2018-10-01',
    '/kunjungan/:visitId/laporan',
    '/metrik/impor',
  ],
};

/** The page has rendered its heading and finished loading what it shows. */
async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('main').getByText('Memuat…')).toHaveCount(0);
}

async function checkPages(page: Page, label: string, paths: readonly string[]) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport.size);
    for (const url of paths) {
      await test.step(`${viewport.name} ${label} ${url}`, async () => {
        await page.goto(url);
        await settle(page);
        const { blocking, countsByImpact } = await expectNoSeriousA11yViolations(page, `${url} (${viewport.name}, ${label})`);
        const others = Object.entries(countsByImpact)
          .filter(([impact]) => impact !== 'serious' && impact !== 'critical')
          .map(([impact, n]) => `${impact} ${n}`);
        const blockingNodes = blocking.reduce((sum, v) => sum + v.nodes.length, 0);
        console.log(
          `a11y ${viewport.name} ${label} ${url}: ${blockingNodes} serious/critical` +
            `${blocking.length ? ` [${blocking.map((v) => v.id).join(', ')}]` : ''}${others.length ? ` (${others.join(', ')})` : ''}`,
        );
      });
    }
  }
}

async function signedInPage(browser: Browser, account: (typeof ACCOUNTS)[keyof typeof ACCOUNTS], baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto('/masuk');
  await page.getByLabel(/^E-mail/).fill(account.email);
  await page.getByLabel(/^Kata sandi/).fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((current) => current.pathname === account.landing);
  return { page, context };
}

// Every page twice (desktop and phone) in one test: with the visits and metrics pages that is more
// than the three minutes a journey gets; each page's own steps keep their limit.
const A11Y_SWEEP_MS = 10 * 60_000;

test('every page has the build list of pages to check', () => {
  expect(PAGE_PATHS.length).toBeGreaterThan(10);
  for (const pattern of PAGE_PATHS) expect(samplePath(pattern)).toMatch(/^\//);
});

test('axe: every page signed out, desktop and phone', async ({ page }) => {
  test.setTimeout(A11Y_SWEEP_MS);
  const paths = [...new Set(PAGE_PATHS.map(samplePath)), '/halaman-yang-tidak-ada'];
  await checkPages(page, 'signed out', paths);
});

for (const [name, account] of Object.entries(ACCOUNTS) as [keyof typeof ACCOUNTS, (typeof ACCOUNTS)[keyof typeof ACCOUNTS]][]) {
  test(`axe: member and admin pages as ${account.email}, desktop and phone`, async ({ browser, baseURL }) => {
    test.setTimeout(A11Y_SWEEP_MS);
    const { page, context } = await signedInPage(browser, account, baseURL ?? '');
    try {
      await checkPages(page, account.email, SIGNED_IN_PAGES[name].map(samplePath));
    } finally {
      await context.close();
    }
  });
}
