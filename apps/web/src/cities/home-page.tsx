import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CityDirectory } from './city-directory';
import { PageTitle } from '../app/page-title';
import { NewestPracticesSection } from '../practices/public';

/** Welcome text plus the searchable city directory, so `/` lets a user search right away. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <PageTitle title={t('home.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('home.heading')}</Title>
        <Text size="lg" maw={760}>
          {t('home.intro')}
        </Text>
      </Stack>
      <Stack component="section" gap="md" aria-labelledby="home-search-heading">
        <Title order={2} id="home-search-heading" size="h3">
          {t('home.searchHeading')}
        </Title>
        <CityDirectory />
        <Anchor component={Link} to="/kota">
          {t('home.browseAll')}
        </Anchor>
      </Stack>
      <NewestPracticesSection />
    </Stack>
  );
}
