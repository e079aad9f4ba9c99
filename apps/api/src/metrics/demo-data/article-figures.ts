import { parseIndonesianNumber } from '@citybridge/domain';

/** A value the article states: an observation of `indicator`, self-reported (the city said it), its wording in `statedAs`. */
export interface ArticleFigure {
  cityCode: string;
  indicator: string;
  value: number | null;
  statedAs: string;
  note: string | null;
}

/** The article's date: its source's date and the period (2018) of its values. */
export const ARTICLE_DATE = '2018-10-05';

/**
 * What the 2018 article (docs/sources.md) states about the two cities, as it states it. Where it
 * disagrees with the official data both are kept: the official list has 2 kecamatan in Kota Solok.
 */
export const ARTICLE_FIGURES: ArticleFigure[] = [
  {
    cityCode: '13.72', indicator: 'district_count', value: 3, statedAs: '3 Kecamatan', note: null,
  },
  {
    cityCode: '13.72', indicator: 'population', value: parseIndonesianNumber('62.000'), statedAs: 'sekitar 62.000 Jiwa', note: null,
  },
  {
    // "59.317" read the Indonesian way is 59 317 km², a thousand times the city; read the English
    // way it is 59,317 km². Neither reading is safe, so the number is kept only as written.
    cityCode: '13.72', indicator: 'area_km2', value: null, statedAs: '59.317 Km2',
    note: 'Angka ambigu: dibaca dengan format Indonesia 59.317 km², kemungkinan maksudnya 59,317 km². Disimpan sebagaimana tertulis.',
  },
  {
    cityCode: '12.71', indicator: 'smart_city_app', value: null, statedAs: 'Medan Rumah Kita', note: 'Data Center dan Command Center sedang dibangun (2018).',
  },
  {
    cityCode: '12.71', indicator: 'metropolitan_status', value: null,
    statedAs: 'Salah satu dari tiga kota metropolitan baru di Indonesia', note: null,
  },
];
