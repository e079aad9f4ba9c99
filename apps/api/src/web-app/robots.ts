/** Pages for everyone; signed-in, token-link and development pages are not for search engines. */
const PRIVATE_PREFIXES = ['/admin', '/dev', '/profil', '/undangan', '/atur-ulang-sandi', '/kota/*/anggota'];

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...PRIVATE_PREFIXES.map((prefix) => `Disallow: ${prefix}`),
    `Sitemap: ${new URL('/sitemap.xml', publicUrl).href}`,
    '',
  ].join('\n');
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The public pages: home, directory and every city page, as absolute URLs. */
export function sitemapXml(publicUrl: string, citySlugs: string[]): string {
  const paths = ['/', '/kota', ...citySlugs.map((slug) => `/kota/${encodeURIComponent(slug)}`)];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(p, publicUrl).href)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
