import { matchPage } from './page-paths';

const PAGES = ['/', '/kota', '/kota/:slug', '/kota/:slug/anggota', '/masuk'];

describe('matchPage', () => {
  it('finds the page of a path, with its parameters', () => {
    expect(matchPage('/', PAGES)).toEqual({ path: '/', params: {} });
    expect(matchPage('/kota', PAGES)).toEqual({ path: '/kota', params: {} });
    expect(matchPage('/kota/', PAGES)).toEqual({ path: '/kota', params: {} });
    expect(matchPage('/kota/kota-solok', PAGES)).toEqual({ path: '/kota/:slug', params: { slug: 'kota-solok' } });
    expect(matchPage('/kota/kota-solok/anggota', PAGES)).toEqual({ path: '/kota/:slug/anggota', params: { slug: 'kota-solok' } });
  });

  it('knows no other path', () => {
    for (const path of ['/tidak-ada', '/kota//', '//kota', '/kota/a/b', '/admin', '/robots.txt', '/kota/a/anggota/x']) {
      expect(matchPage(path, PAGES)).toBeNull();
    }
    expect(matchPage('/masuk', ['/'])).toBeNull();
  });
});
