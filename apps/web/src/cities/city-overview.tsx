import { Anchor, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../app/i18n';
import type { CityQuery } from '../gql/graphql';
import { formatNumber, formatZoneOffset } from './format';
import { SourceLabel } from './source-label';

export type CityProfileData = NonNullable<CityQuery['city']>;
type Coordinates = NonNullable<CityProfileData['coordinates']>;

function formatLatitude(latitude: number, language: Language, t: TFunction): string {
  const value = formatNumber(Math.abs(latitude), language, 4);
  return latitude < 0 ? t('coordinates.south', { value }) : t('coordinates.north', { value });
}

function formatLongitude(longitude: number, language: Language, t: TFunction): string {
  const value = formatNumber(Math.abs(longitude), language, 4);
  return longitude < 0 ? t('coordinates.west', { value }) : t('coordinates.east', { value });
}

function CoordinatesValue({ coordinates }: { coordinates: Coordinates | null }) {
  const { t, i18n } = useTranslation();
  if (!coordinates) return <Text c="dimmed">{t('common.notAvailable')}</Text>;
  const language = currentLanguage(i18n);
  const { latitude, longitude, source } = coordinates;
  const mapUrl = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=12/${latitude}/${longitude}`;
  return (
    <Stack gap={2}>
      <span>
        {formatLatitude(latitude, language, t)} {formatLongitude(longitude, language, t)}
      </span>
      <Text size="sm">
        {t('profile.sourcePrefix')} <SourceLabel source={source} />
      </Text>
      <Anchor href={mapUrl} size="sm">
        {t('profile.viewOnMap')}
      </Anchor>
    </Stack>
  );
}

/** Province, kind, official code, time zone and coordinates as a description list. */
export function CityOverview({ city }: { city: CityProfileData }) {
  const { t } = useTranslation();
  const { timeZone } = city;
  return (
    <dl className="definition-list">
      <dt>{t('profile.province')}</dt>
      <dd>{city.province.name}</dd>
      <dt>{t('profile.kind')}</dt>
      <dd>{t(`kind.${city.kind}`)}</dd>
      <dt>{t('profile.code')}</dt>
      <dd>{city.code}</dd>
      <dt>{t('profile.timeZone')}</dt>
      <dd>
        {t('profile.timeZoneValue', {
          label: timeZone.label,
          iana: timeZone.iana,
          offset: formatZoneOffset(timeZone.iana),
        })}
      </dd>
      <dt>{t('profile.coordinates')}</dt>
      <dd>
        <CoordinatesValue coordinates={city.coordinates} />
      </dd>
    </dl>
  );
}
