import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './page-title';

/** Shown when a route fails to render (e.g. a lazy chunk could not be downloaded after a deploy). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="xl" align="flex-start" role="alert">
      <PageTitle title={t('routeError.title')} />
      <Title order={1}>{t('routeError.title')}</Title>
      <Text>{t('routeError.body')}</Text>
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </Stack>
  );
}
