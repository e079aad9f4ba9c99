import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { useViewer } from '../app/viewer';
import { MetricCompareDocument, MetricIndicatorsDocument } from '../gql/features/graphql';
import { CompareControls } from './compare-controls';
import { NORMALISATIONS, useCompareParams } from './compare-params';
import { CompareResults } from './compare-results';
import { useMetricsStrings } from './metrics-strings';
import { useCitiesBySlug } from './use-cities';

/** `/metrik`: compare cities on indicators over years; the whole view is in the URL. */
export function ComparePage() {
  const { t } = useMetricsStrings();
  const { viewer } = useViewer();
  const { state, update } = useCompareParams();
  const catalogue = useQuery(MetricIndicatorsDocument);
  const { cities, ready, failed } = useCitiesBySlug(state.cities);
  const indicators = (catalogue.data?.indicators ?? []).filter((indicator) => state.indicators.includes(indicator.code));
  const chosen = state.indicators.flatMap((code) => indicators.filter((indicator) => indicator.code === code));
  const canCompare = ready && cities.length > 0 && chosen.length > 0;
  const compare = useQuery(MetricCompareDocument, {
    variables: {
      cityCodes: cities.map((city) => city.code),
      indicatorCodes: chosen.map((indicator) => indicator.code),
      fromYear: state.from,
      toYear: state.to,
      normalisation: NORMALISATIONS[state.normalisation],
    },
    skip: !canCompare,
  });
  const canImport = viewer?.isPlatformAdmin || viewer?.memberships.some((m) => m.role === 'EDITOR' || m.role === 'ADMIN');

  let results: ReactNode = null;
  if (catalogue.error || failed) results = <ErrorState message={t('metrics.compare.error')} onRetry={() => void catalogue.refetch()} />;
  else if (!canCompare) results = <Text c="dimmed">{t('metrics.compare.choose')}</Text>;
  else if (compare.error && !compare.data) results = <ErrorState message={t('metrics.compare.error')} onRetry={() => void compare.refetch()} />;
  else if (!compare.data) results = <LoadingState label={t('metrics.compare.loading')} />;
  else results = <CompareResults state={state} cities={cities} indicators={chosen} result={compare.data.compare} />;

  return (
    <Stack gap="lg">
      <PageTitle title={t('metrics.compare.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('metrics.compare.heading')}</Title>
        <Text>{t('metrics.compare.intro')}</Text>
        {canImport && (
          <Group>
            <Anchor component={Link} to="/metrik/impor">
              {t('metrics.compare.importLink')}
            </Anchor>
          </Group>
        )}
      </Stack>
      {catalogue.loading && !catalogue.data ? (
        <LoadingState label={t('metrics.compare.loadingCatalogue')} />
      ) : (
        <CompareControls state={state} cities={cities} indicators={catalogue.data?.indicators ?? []} onChange={update} />
      )}
      {results}
    </Stack>
  );
}
