import { Anchor, Box, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Data attribution required by the ODbL and CC BY licences of the data we show. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" className="site-footer" aria-label={t('footer.label')} px="md" py="lg">
      <Stack gap="xs" maw={1100} mx="auto">
        <Text size="sm" c="dimmed">
          <Trans
            i18nKey="footer.attribution"
            components={{
              areaLink: <Anchor href="https://github.com/fityannugroho/idn-area-data" inherit underline="always" />,
              odblLink: <Anchor href="https://opendatacommons.org/licenses/odbl/" inherit underline="always" />,
              geonamesLink: <Anchor href="https://www.geonames.org/" inherit underline="always" />,
            }}
          />
        </Text>
        {/* A development helper: in production the page shows the API's refusal. */}
        <Text size="xs" c="dimmed">
          <Anchor component={Link} to="/dev/mailbox" inherit underline="always">
            {t('footer.mailbox')}
          </Anchor>
        </Text>
      </Stack>
    </Box>
  );
}
