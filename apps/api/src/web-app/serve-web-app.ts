import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { matchPage } from '@citybridge/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CitiesService } from '../cities/cities.service.js';
import { CityKind, CityOrder } from '../cities/cities.types.js';
import type { Language } from '../common/messages.js';
import type { AppConfig } from '../config/app-config.js';
import { appPage, cityPage, directoryPage, escapeHtml, homePage, notFoundPage, type RenderedPage } from './pages.js';
import { robotsTxt, sitemapXml } from './robots.js';

/** Vite's content-hashed build output: a changed file gets a new name, so browsers keep these for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Paths that are never pages, so never the app shell: the API (and G's health checks) answer them or 404. */
const NOT_PAGES = ['/graphql', '/health', '/assets', '/uploads'];
/** The server renders pages in the app's default language (the app shows it until a visitor switches). */
const LANGUAGE: Language = 'id';
/** The directory's first page, as the app asks for it (CITY_PAGE_SIZE in apps/web). */
const DIRECTORY_PAGE_SIZE = 50;
const TITLE = '<title>CityBridge</title>';
const PAGE_PATHS_FILE = 'page-paths.json';
const ROOT = '<div id="root"></div>';

/** Directory filters from the query string, when they are ones the app would send (see use-city-filters.ts). */
function directoryFilter(query: Record<string, unknown>) {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim() : '');
  const search = text('q').slice(0, 100);
  const provinceCode = /^\d{2}$/.test(text('provinsi')) ? text('provinsi') : '';
  const kind = Object.values(CityKind).find((k) => k === text('jenis'));
  return { ...(search && { search }), ...(provinceCode && { provinceCode }), ...(kind && { kind }) };
}

/** The directory's order from `?urut=` (the app's own parameter), else the default. */
function directoryOrder(query: Record<string, unknown>): CityOrder | null {
  return Object.values(CityOrder).find((o) => o === query.urut) ?? null;
}

/** The app's pages, which its build lists from the router's routes (apps/web/src/app/page-paths.ts). */
function readPagePaths(webDistDir: string): string[] {
  const file = path.join(webDistDir, PAGE_PATHS_FILE);
  const paths: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && p.startsWith('/'))) {
    throw new Error(`${file} is not a list of paths`);
  }
  return paths;
}

/**
 * Serves the built web app beside the API: hashed assets cached for a year, other files and the HTML
 * revalidated; robots.txt and sitemap.xml; and index.html for every page with the right status (404
 * for unknown paths and cities) and, for the directory and city pages, their content as plain HTML in
 * the root so a slow connection shows it before the JavaScript arrives (the app then replaces it);
 * the home page shows its welcome text and the directory's first page the same way.
 */
export async function serveWebApp(fastify: FastifyInstance, config: AppConfig, cities: CitiesService): Promise<void> {
  const template = readFileSync(path.join(config.webDistDir, 'index.html'), 'utf8');
  for (const marker of [TITLE, ROOT]) {
    if (!template.includes(marker)) throw new Error(`${config.webDistDir}/index.html lacks ${marker}`);
  }
  const pagePaths = readPagePaths(config.webDistDir);

  await fastify.register(fastifyStatic, {
    root: config.webDistDir,
    // One route per built file (none for index.html, the page list, the manifest or other dotfiles): every other path is a page.
    wildcard: false,
    index: false,
    allowedPath: (pathName) => pathName !== '/index.html' && pathName !== `/${PAGE_PATHS_FILE}` && !pathName.startsWith('/.') && !/\.(br|gz)$/.test(pathName),
    // The build writes x.js.br and x.js.gz at the strongest levels: sent as they are, for the
    // encoding the browser accepts (compression per request would use a fast, weaker level).
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      const immutable = filePath.startsWith(path.join(config.webDistDir, 'assets', path.sep));
      reply.header('cache-control', immutable ? IMMUTABLE : 'no-cache');
    },
  });

  fastify.get('/robots.txt', (_request, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(robotsTxt(config.publicUrl)));
  fastify.get('/sitemap.xml', async (_request, reply) =>
    reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(sitemapXml(config.publicUrl, await cities.citySlugs())),
  );

  const render = async (pathname: string, query: Record<string, unknown>): Promise<RenderedPage> => {
    const match = matchPage(pathname, pagePaths);
    if (!match) return notFoundPage(LANGUAGE);
    // The home page shows the directory too (with the same filters in the query string).
    if (match.path === '/kota' || match.path === '/') {
      const filter = directoryFilter(query);
      const page = await cities.cities(filter, DIRECTORY_PAGE_SIZE, null, { order: directoryOrder(query) });
      const data = { cities: page.nodes, total: await page.totalCount, filtered: Object.keys(filter).length > 0 };
      return match.path === '/' ? homePage(LANGUAGE, data) : directoryPage(LANGUAGE, data);
    }
    if (match.path === '/kota/:slug') {
      const city = await cities.cityBySlug(match.params.slug);
      return city ? cityPage(LANGUAGE, city) : notFoundPage(LANGUAGE, { city: true });
    }
    // The data keeps no record of removed cities, so an unknown one is 404, never 410.
    if (match.path === '/kota/:slug/anggota' && !(await cities.cityRefBySlug(match.params.slug))) return notFoundPage(LANGUAGE, { city: true });
    return appPage(LANGUAGE);
  };

  const servePage = async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0];
    if (NOT_PAGES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return reply.callNotFound();
    const page = await render(pathname, request.query);
    const url = new URL(pathname, config.publicUrl).href;
    const head = [
      `<title>${escapeHtml(page.title)}</title>`,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
      `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
      '<meta property="og:type" content="website" />',
      `<meta property="og:url" content="${escapeHtml(url)}" />`,
    ].join('\n    ');
    const html = template.replace(TITLE, () => head).replace(ROOT, () => `<div id="root">${page.body}</div>`);
    return reply.code(page.status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };
  fastify.get('/', servePage);
  fastify.get('/*', servePage);
}
