import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './page-title';

export type ComingSoonArea = 'practices' | 'visits' | 'metrics';

/** Placeholder for the areas of CityBridge that later slices will build. */
export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  const title = t(`comingSoon.${area}.title`);
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <PageTitle title={title} />
      <Badge color="blue.9" variant="filled">
        {t('comingSoon.badge')}
      </Badge>
      <Title order={1}>{title}</Title>
      <Text size="lg">{t(`comingSoon.${area}.description`)}</Text>
      <Text>{t('comingSoon.body')}</Text>
      <Anchor component={Link} to="/kota">
        {t('comingSoon.cta')}
      </Anchor>
    </Stack>
  );
}
