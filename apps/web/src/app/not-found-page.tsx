import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './page-title';

/** Unknown address, or (with `slug`) a city the API does not know. */
export function NotFoundView({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const title = slug === undefined ? t('notFound.title') : t('notFound.cityTitle');
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <PageTitle title={title} />
      <Title order={1}>{title}</Title>
      <Text>{slug === undefined ? t('notFound.body') : t('notFound.cityBody', { slug })}</Text>
      <Group>
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
        <Button component={Link} to="/kota" variant="default">
          {t('notFound.directory')}
        </Button>
      </Group>
    </Stack>
  );
}

export function NotFoundPage() {
  return <NotFoundView />;
}
