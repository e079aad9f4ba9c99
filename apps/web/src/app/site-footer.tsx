import { Anchor, Box, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';

/** Data attribution required by the ODbL and CC BY licences of the data we show. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" className="site-footer" aria-label={t('footer.label')} px="md" py="lg">
      <Text size="sm" c="dimmed" maw={1100} mx="auto">
        <Trans
          i18nKey="footer.attribution"
          components={{
            areaLink: <Anchor href="https://github.com/fityannugroho/idn-area-data" inherit />,
            odblLink: <Anchor href="https://opendatacommons.org/licenses/odbl/" inherit />,
            geonamesLink: <Anchor href="https://www.geonames.org/" inherit />,
          }}
        />
      </Text>
    </Box>
  );
}
