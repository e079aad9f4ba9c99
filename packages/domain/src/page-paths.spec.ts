import { matchPage } from './page-paths';

describe('matchPage', () => {
  it('finds the page of a path, with its parameters', () => {
    expect(matchPage('/')).toEqual({ path: '/', params: {} });
    expect(matchPage('/kota')).toEqual({ path: '/kota', params: {} });
    expect(matchPage('/kota/')).toEqual({ path: '/kota', params: {} });
    expect(matchPage('/kota/kota-solok')).toEqual({ path: '/kota/:slug', params: { slug: 'kota-solok' } });
    expect(matchPage('/kota/kota-solok/anggota')).toEqual({ path: '/kota/:slug/anggota', params: { slug: 'kota-solok' } });
  });

  it('knows no other path', () => {
    for (const path of ['/tidak-ada', '/kota//', '//kota', '/kota/a/b', '/admin', '/robots.txt', '/kota/a/anggota/x']) {
      expect(matchPage(path)).toBeNull();
    }
  });
});
