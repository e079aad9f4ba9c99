import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../app/page-title';
import { CityDirectory } from './city-directory';

export function CityDirectoryPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageTitle title={t('directory.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('directory.heading')}</Title>
        <Text c="dimmed">{t('directory.intro')}</Text>
      </Stack>
      <CityDirectory />
    </Stack>
  );
}
