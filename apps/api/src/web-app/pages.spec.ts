import { CityKind, TimeZoneLabel } from '../cities/cities.types';
import { cityPage, directoryPage, escapeHtml, homePage } from './pages';

const city = {
  dbId: 1,
  id: '99.01',
  code: '99.01',
  name: 'Kota <script>alert("x")</script> & Co',
  slug: 'kota-"x"',
  kind: CityKind.KOTA,
  provinceCode: '99',
  province: { code: '99', name: "Provinsi O'Neil", timeZone: { iana: 'Asia/Jakarta', label: TimeZoneLabel.WIB, utcOffsetMinutes: 420 } },
  timeZone: { iana: 'Asia/Jakarta', label: TimeZoneLabel.WIB, utcOffsetMinutes: 420 },
  coordinates: null,
};

describe('server-rendered pages', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every value from the data in a city page and the directory', () => {
    const page = cityPage('id', city);
    expect(page.body).toContain('<h1>Kota &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</h1>');
    expect(page.body).toContain('<dd>Provinsi O&#39;Neil</dd>');
    expect(page.body).not.toContain('<script');
    const directory = directoryPage('id', { cities: [city], total: 1, filtered: false });
    expect(directory.body).toContain('<a href="/kota/kota-%22x%22">Kota &lt;script&gt;');
    expect(directory.body).not.toContain('<script');
    const home = homePage('id', { cities: [city], total: 1, filtered: false });
    expect(home.body).toContain('<a href="/kota/kota-%22x%22">Kota &lt;script&gt;');
    expect(home.body).not.toContain('<script');
  });

  it('describes a city in Bahasa Indonesia for search results and shared links', () => {
    const page = cityPage('id', { ...city, name: 'Kota Solok', province: { ...city.province, name: 'Sumatera Barat' } });
    expect(page.title).toBe('Kota Solok · CityBridge');
    expect(page.description).toMatch(/^Kota Solok, kota di Provinsi Sumatera Barat \(WIB\): profil/);
  });
});
