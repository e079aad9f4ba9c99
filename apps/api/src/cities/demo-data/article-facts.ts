import { parseIndonesianNumber } from '@citybridge/domain';
import type { FactQuality } from '../fact.entity.js';

export interface ArticleFact {
  cityCode: string;
  key: string;
  value: number | null;
  valueText: string;
  unit: string | null;
  asOf: string;
  quality: FactQuality;
  note: string | null;
}

const AS_OF = '2018-10-05';

/**
 * What the 2018 article (docs/sources.md) states about the two cities, as it states it. Where it
 * disagrees with the official data both are kept: the official list has 2 kecamatan in Kota Solok.
 */
export const ARTICLE_FACTS: ArticleFact[] = [
  {
    cityCode: '13.72', key: 'district_count', value: 3, valueText: '3 Kecamatan', unit: 'districts',
    asOf: AS_OF, quality: 'REPORTED', note: null,
  },
  {
    cityCode: '13.72', key: 'population', value: parseIndonesianNumber('62.000'), valueText: 'sekitar 62.000 Jiwa',
    unit: 'people', asOf: AS_OF, quality: 'REPORTED', note: null,
  },
  {
    // "59.317" read the Indonesian way is 59 317 km², a thousand times the city; read the English
    // way it is 59,317 km². Neither reading is safe, so the number is kept only as written.
    cityCode: '13.72', key: 'area_km2', value: null, valueText: '59.317 Km2', unit: 'km2', asOf: AS_OF,
    quality: 'REPORTED',
    note: 'Angka ambigu: dibaca dengan format Indonesia 59.317 km², kemungkinan maksudnya 59,317 km². Disimpan sebagaimana tertulis.',
  },
  {
    cityCode: '12.71', key: 'smart_city_app', value: null, valueText: 'Medan Rumah Kita', unit: null, asOf: AS_OF,
    quality: 'REPORTED', note: 'Data Center dan Command Center sedang dibangun (2018).',
  },
  {
    cityCode: '12.71', key: 'metropolitan_status', value: null,
    valueText: 'Salah satu dari tiga kota metropolitan baru di Indonesia', unit: null, asOf: AS_OF,
    quality: 'REPORTED', note: null,
  },
];
