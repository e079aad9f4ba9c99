import type { CityType } from '../cities/cities.types.js';
import { type Language, message } from '../common/messages.js';

/** What the server puts into index.html for one page: head tags and the root's first content. */
export interface RenderedPage {
  status: 200 | 404;
  title: string;
  description: string;
  /** Plain semantic HTML shown until the app replaces it; empty for pages only the app renders. */
  body: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values both: every value from the database or the URL goes through this. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const t = (language: Language, key: string, params?: Record<string, string | number>) => message(language, `pages.${key}`, params);
const titled = (language: Language, page: string) => t(language, 'titleTemplate', { page });

export function appPage(language: Language): RenderedPage {
  return { status: 200, title: t(language, 'siteName'), description: t(language, 'description'), body: '' };
}

export function notFoundPage(language: Language, { city = false } = {}): RenderedPage {
  const title = t(language, city ? 'notFound.cityTitle' : 'notFound.title');
  return {
    status: 404,
    title: titled(language, title),
    description: t(language, 'notFound.body'),
    body: `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(t(language, 'notFound.body'))}</p></main>`,
  };
}

export interface DirectoryPageData {
  cities: CityType[];
  total: number;
  filtered: boolean;
}

/** The directory's first page as a table (what the home page and /kota show first). */
function directoryList(language: Language, { cities, total }: DirectoryPageData): string {
  const format = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB');
  const rows = cities
    .map(
      (c) =>
        `<tr><td><a href="/kota/${encodeURIComponent(c.slug)}">${escapeHtml(c.name)}</a></td>` +
        `<td>${escapeHtml(t(language, `kind.${c.kind}`))}</td><td>${escapeHtml(c.province.name)}</td>` +
        `<td>${escapeHtml(c.timeZone.label)}</td></tr>`,
    )
    .join('');
  const columns = ['name', 'kind', 'province', 'timeZone'].map((k) => `<th scope="col">${escapeHtml(t(language, `directory.${k}`))}</th>`).join('');
  return cities.length === 0
    ? `<p>${escapeHtml(t(language, 'directory.empty'))}</p>`
    : `<p>${escapeHtml(t(language, 'directory.shown', { shown: format.format(cities.length), total: format.format(total) }))}</p>` +
        `<table><caption>${escapeHtml(t(language, 'directory.caption'))}</caption><thead><tr>${columns}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function directoryPage(language: Language, data: DirectoryPageData): RenderedPage {
  const list = directoryList(language, data);
  const { filtered } = data;
  return {
    status: 200,
    title: titled(language, t(language, 'directory.title')),
    description: t(language, filtered ? 'directory.filteredDescription' : 'directory.description'),
    body: `<main><h1>${escapeHtml(t(language, 'directory.heading'))}</h1>${list}</main>`,
  };
}

/** The home page: the welcome text and, as in the app, the directory to search right away. */
export function homePage(language: Language, data: DirectoryPageData): RenderedPage {
  return {
    status: 200,
    title: t(language, 'siteName'),
    description: t(language, 'description'),
    body:
      `<main><h1>${escapeHtml(t(language, 'home.heading'))}</h1><p>${escapeHtml(t(language, 'home.intro'))}</p>` +
      `<h2>${escapeHtml(t(language, 'home.searchHeading'))}</h2>${directoryList(language, data)}</main>`,
  };
}

export function cityPage(language: Language, city: CityType): RenderedPage {
  const kind = t(language, `kind.${city.kind}`);
  const zone = `${city.timeZone.label} (${city.timeZone.iana})`;
  const facts: [string, string][] = [
    ['province', city.province.name],
    ['kind', kind],
    ['code', city.code],
    ['timeZone', zone],
  ];
  const list = facts.map(([k, v]) => `<dt>${escapeHtml(t(language, `city.${k}`))}</dt><dd>${escapeHtml(v)}</dd>`).join('');
  return {
    status: 200,
    title: titled(language, city.name),
    description: t(language, 'city.description', {
      name: city.name,
      kind: kind.toLocaleLowerCase(language),
      province: city.province.name,
      timeZone: city.timeZone.label,
    }),
    body:
      `<main><p><a href="/kota">${escapeHtml(t(language, 'city.backToDirectory'))}</a></p>` +
      `<h1>${escapeHtml(city.name)}</h1><dl>${list}</dl></main>`,
  };
}
