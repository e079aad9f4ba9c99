import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CityProfileData } from './city-overview';

/** The kecamatan of a city, in a multi-column list. */
export function DistrictList({ districts }: { districts: CityProfileData['districts'] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" gap="sm" aria-labelledby="districts-heading">
      <Title order={2} id="districts-heading" size="h3">
        {t('profile.districtsHeading')}
      </Title>
      {districts.length === 0 ? (
        <Text c="dimmed">{t('profile.noDistricts')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('profile.districtsCount', { count: districts.length })}
          </Text>
          <List className="district-list" spacing={4}>
            {districts.map((district) => (
              <List.Item key={district.code}>{district.name}</List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
