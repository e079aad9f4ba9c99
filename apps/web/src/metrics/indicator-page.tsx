import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { badgeStyle } from '../app/badges';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { type IndicatorFieldsFragment, MetricIndicatorDocument, MetricProvincesDocument, MetricRankingDocument, type RankingScope } from '../gql/features/graphql';
import { CitySearch } from './city-search';
import { FIRST_YEAR } from './compare-params';
import { histogram, quantile } from './distribution';
import { LazyChart } from './lazy-chart';
import { formatMetric, unitLabel, valueWithUnit } from './metric-format';
import { useMetricsStrings } from './metrics-strings';
import { ObservationQualityBadge } from './quality-badge';
import { useCitiesBySlug } from './use-cities';
import '../app/stacked-table.css';

const SCOPES = { semua: 'ALL', provinsi: 'PROVINCE', sebaya: 'PEER_GROUP' } as const satisfies Record<string, RankingScope>;
type ScopeParam = keyof typeof SCOPES;
const TABLE_ID = 'ranking-table';
// The programs reporting the indicator: a chunk and a query of their own, after the ranking.
const ProgramComparison = lazy(() => import('./program-comparison'));

/**
 * The page's state in the URL: ?tahun=2023&cakupan=provinsi&provinsi=13 or &cakupan=sebaya&kota=kota-solok.
 * Without a year: the indicator's latest year with values (else last year), so the page never opens empty.
 */
function useRankingParams(latestYear: number | null | undefined) {
  const [params, setParams] = useSearchParams();
  const lastYear = new Date().getFullYear();
  const year = Number(params.get('tahun'));
  const scope = (params.get('cakupan') ?? 'semua') as ScopeParam;
  const state = {
    year: Number.isInteger(year) && year >= FIRST_YEAR && year <= lastYear ? year : (latestYear ?? lastYear - 1),
    scope: scope in SCOPES ? scope : ('semua' as ScopeParam),
    province: params.get('provinsi') ?? '',
    city: params.get('kota') ?? '',
  };
  const update = (change: Partial<typeof state>) => {
    const next = { ...state, ...change };
    const out = new URLSearchParams({ tahun: String(next.year), cakupan: next.scope });
    if (next.scope === 'provinsi' && next.province) out.set('provinsi', next.province);
    if (next.scope === 'sebaya' && next.city) out.set('kota', next.city);
    setParams(out);
  };
  return { state, update };
}

function Definition({ indicator, definition }: { indicator: IndicatorFieldsFragment; definition: string | null | undefined }) {
  const { t } = useMetricsStrings();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="outline" color="gray.8" style={badgeStyle}>
          {t(`metrics.category.${indicator.category}`)}
        </Badge>
        <Badge variant="outline" color="gray.8" style={badgeStyle}>
          {t(`metrics.standard.${indicator.standard}`)}
          {indicator.standardRef ? ` ${indicator.standardRef}` : ''}
        </Badge>
      </Group>
      <Text>{definition || t('metrics.indicator.noDefinition')}</Text>
      <Text size="sm">
        {t('metrics.indicator.unit', { unit: unitLabel(indicator.unit, 'RAW', t) })} · {t(`metrics.direction.${indicator.direction}`)}
      </Text>
    </Stack>
  );
}

function Ranking({ indicator, latestYear }: { indicator: IndicatorFieldsFragment; latestYear: number | null | undefined }) {
  const { t, i18n } = useMetricsStrings();
  const language = currentLanguage(i18n);
  const { state, update } = useRankingParams(latestYear);
  const provinces = useQuery(MetricProvincesDocument, { skip: state.scope !== 'provinsi' });
  const peer = useCitiesBySlug(state.scope === 'sebaya' && state.city ? [state.city] : []);
  const centre = peer.cities[0];
  const needsChoice = (state.scope === 'provinsi' && !state.province) || (state.scope === 'sebaya' && !centre);
  const { data, error, refetch } = useQuery(MetricRankingDocument, {
    variables: {
      indicatorCode: indicator.code,
      year: state.year,
      scope: SCOPES[state.scope],
      provinceCode: state.scope === 'provinsi' ? state.province : null,
      cityCode: state.scope === 'sebaya' ? (centre?.code ?? null) : null,
    },
    skip: needsChoice,
  });
  const format = useCallback((v: number) => formatMetric(v, language), [language]);
  const rows = data?.ranking?.rows ?? [];
  const sorted = useMemo(() => rows.map((row) => row.value).sort((a, b) => a - b), [rows]);
  const bins = useMemo(() => histogram(sorted), [sorted]);
  const lastYear = new Date().getFullYear();
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => String(lastYear - i));
  const unit = unitLabel(indicator.unit, 'RAW', t);

  return (
    <Stack gap="md" component="section" aria-labelledby="ranking-heading">
      <Title order={2} id="ranking-heading" size="h3">
        {t('metrics.indicator.rankingHeading')}
      </Title>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('metrics.indicator.year')} data={years} value={String(state.year)} allowDeselect={false} onChange={(v) => v && update({ year: Number(v) })} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="scope-label">
              {t('metrics.indicator.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="scope-label"
              value={state.scope}
              onChange={(v) => update({ scope: v as ScopeParam })}
              data={(Object.keys(SCOPES) as ScopeParam[]).map((scope) => ({ value: scope, label: t(`metrics.scope.${scope}`) }))}
            />
          </Stack>
          {state.scope === 'provinsi' && (
            <Select
              searchable
              label={t('metrics.indicator.province')}
              data={(provinces.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))}
              value={state.province || null}
              onChange={(v) => update({ province: v ?? '' })}
            />
          )}
          {state.scope === 'sebaya' && (
            <Stack gap={4}>
              <CitySearch exclude={[]} onPick={(city) => update({ city: city.slug })} />
              {centre && <Text size="sm">{t('metrics.indicator.peersOf', { city: centre.name })}</Text>}
            </Stack>
          )}
        </SimpleGrid>
      </Paper>
      {needsChoice ? (
        <Text c="dimmed">{t(state.scope === 'provinsi' ? 'metrics.indicator.chooseProvince' : 'metrics.indicator.chooseCity')}</Text>
      ) : error && !data ? (
        <ErrorState message={t('metrics.indicator.rankingError')} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label={t('metrics.indicator.rankingLoading')} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('metrics.indicator.noRanking', { year: state.year })}</Text>
      ) : (
        <>
          <Stack gap="xs" component="section" aria-labelledby="distribution-heading">
            <Title order={3} size="h4" id="distribution-heading">
              {t('metrics.indicator.distributionHeading')}
            </Title>
            <Text>
              {t('metrics.indicator.distributionSummary', {
                count: sorted.length,
                min: format(sorted[0]),
                median: format(quantile(sorted, 0.5)),
                max: format(sorted[sorted.length - 1]),
                q1: format(quantile(sorted, 0.25)),
                q3: format(quantile(sorted, 0.75)),
                unit,
              })}{' '}
              <Anchor href={`#${TABLE_ID}`} underline="always">{t('metrics.compare.seeTable')}</Anchor>
            </Text>
            <LazyChart
              kind="bar"
              tableId={TABLE_ID}
              formatValue={format}
              xName={unit}
              yName={t('metrics.indicator.cityCount')}
              categories={bins.map((bin) => `${format(bin.from)}–${format(bin.to)}`)}
              series={[{ name: t('metrics.indicator.cityCount'), points: bins.map((bin) => [bin.from, bin.count]) }]}
            />
          </Stack>
          <Table.ScrollContainer minWidth={640} type="native" className="stacked-table-scroll">
            <Table id={TABLE_ID} verticalSpacing="xs" className="stacked-table">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                {t('metrics.indicator.rankingCaption', { name: indicator.name, year: state.year, scope: t(`metrics.scope.${state.scope}`) })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('metrics.indicator.columns.rank')}</Table.Th>
                  <Table.Th scope="col">{t('metrics.indicator.columns.city')}</Table.Th>
                  <Table.Th scope="col">{t('metrics.indicator.columns.value')}</Table.Th>
                  <Table.Th scope="col">{t('metrics.indicator.columns.quality')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.cityCode} data-demo={row.isDemo || undefined}>
                    <Table.Td data-label={t('metrics.indicator.columns.rank')}>{row.rank}</Table.Td>
                    <Table.Th scope="row" fw={600}>
                      {row.cityName}
                    </Table.Th>
                    <Table.Td data-label={t('metrics.indicator.columns.value')}>{valueWithUnit(t, format(row.value), unit)}</Table.Td>
                    <Table.Td data-label={t('metrics.indicator.columns.quality')}>
                      <ObservationQualityBadge quality={row.quality} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

/** `/metrik/indikator/:code`: the indicator's definition, its ranking, the distribution of values and the programs reporting it. */
export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t } = useMetricsStrings();
  const { data, error, refetch } = useQuery(MetricIndicatorDocument, { variables: { code } });
  if (error && !data) return <ErrorState message={t('metrics.indicator.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={t('metrics.indicator.loading')} />;
  const indicator = data.indicator;
  if (!indicator) {
    return (
      <Stack gap="md">
        <PageTitle title={t('metrics.indicator.notFound')} />
        <Title order={1}>{t('metrics.indicator.notFound')}</Title>
        <Text>{t('metrics.indicator.notFoundBody', { code })}</Text>
        <Anchor component={Link} to="/metrik">
          {t('metrics.backToCompare')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      <PageTitle title={indicator.name} />
      <Stack gap="xs">
        <Anchor component={Link} to="/metrik" size="sm">
          {t('metrics.backToCompare')}
        </Anchor>
        <Title order={1}>{indicator.name}</Title>
        <Definition indicator={indicator} definition={indicator.definition} />
      </Stack>
      <Ranking indicator={indicator} latestYear={indicator.latestYear} />
      <Suspense fallback={null}>
        <ProgramComparison indicator={indicator} />
      </Suspense>
    </Stack>
  );
}
