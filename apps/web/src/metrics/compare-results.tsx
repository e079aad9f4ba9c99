import { Alert, Anchor, Button, CopyButton, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../app/i18n';
import type { IndicatorFieldsFragment } from '../gql/features/graphql';
import { type CompareResult, type CompareRow, compareRows, latestByCity, lineSeries, rowsOf, scatterPoints, yearsBetween } from './compare-data';
import { CHARTS, type CompareState, NORMALISATIONS } from './compare-params';
import { LazyChart } from './lazy-chart';
import { formatMetric, unitLabel, valueWithUnit } from './metric-format';
import { ObservationQualityBadge } from './quality-badge';
import type { MetricCity } from './use-cities';
import '../app/stacked-table.css';

// Mantine's light yellow title (#e67700 on #fff3bf) is 2.7:1: dark text keeps it above 4.5:1.
const WARNING_STYLES = { title: { color: 'var(--mantine-color-dark-9)' } };

const TABLE_ID = 'compare-table';

/** The export route's link for this selection (raw values, every source, with provenance columns). */
export function exportHref(state: CompareState, cities: readonly MetricCity[]): string {
  const params = new URLSearchParams({
    cities: cities.map((city) => city.code).join(','),
    indicators: state.indicators.join(','),
    from: String(state.from),
    to: String(state.to),
  });
  return `/metrics/export.csv?${params}`;
}

function CompareCharts({ state, cities, indicators, rows }: { state: CompareState; cities: readonly MetricCity[]; indicators: readonly IndicatorFieldsFragment[]; rows: readonly CompareRow[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const normalisation = NORMALISATIONS[state.normalisation];
  const format = useCallback((v: number) => formatMetric(v, language), [language]);
  const kind = CHARTS[state.chart];
  const codes = cities.map((c) => c.code);
  const caption = (text: string) => (
    <Text size="sm" c="dimmed">
      {text}{' '}
      <Anchor href={`#${TABLE_ID}`} underline="always">{t('metrics.compare.seeTable')}</Anchor>
    </Text>
  );

  if (kind === 'scatter') {
    const [xIndicator, yIndicator] = indicators;
    if (!xIndicator || !yIndicator) return <Text c="dimmed">{t('metrics.compare.scatterNeedsTwo')}</Text>;
    const points = scatterPoints(rowsOf(rows, xIndicator.code, codes), rowsOf(rows, yIndicator.code, codes), cities);
    return (
      <Stack gap="xs">
        {caption(t('metrics.compare.scatterCaption', { x: xIndicator.name, y: yIndicator.name }))}
        <LazyChart
          kind="scatter"
          tableId={TABLE_ID}
          formatValue={format}
          xName={`${xIndicator.name} (${unitLabel(xIndicator.unit, normalisation, t)})`}
          yName={`${yIndicator.name} (${unitLabel(yIndicator.unit, normalisation, t)})`}
          series={points.map((p) => ({ name: `${p.city.name} (${p.year})`, demo: p.x.isDemo || p.y.isDemo, points: [[p.x.value ?? 0, p.y.value]] }))}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {indicators.map((indicator) => {
        const own = rowsOf(rows, indicator.code, codes);
        const unit = unitLabel(indicator.unit, normalisation, t);
        if (kind === 'bar') {
          const latest = latestByCity(own, cities);
          return (
            <Stack gap="xs" key={indicator.code}>
              <Title order={3} size="h4">
                {indicator.name}
              </Title>
              {caption(t('metrics.compare.barCaption', { unit }))}
              <LazyChart
                kind="bar"
                tableId={TABLE_ID}
                formatValue={format}
                yName={unit}
                categories={latest.map(({ city, row }) => `${city.name} (${row.year})`)}
                series={[{ name: indicator.name, points: latest.map(({ city, row }) => [city.name, row.value]) }]}
              />
            </Stack>
          );
        }
        const years = yearsBetween(state.from, state.to);
        return (
          <Stack gap="xs" key={indicator.code}>
            <Title order={3} size="h4">
              {indicator.name}
            </Title>
            {caption(t('metrics.compare.lineCaption', { unit, from: state.from, to: state.to }))}
            <LazyChart kind="line" tableId={TABLE_ID} formatValue={format} yName={unit} categories={years.map(String)} series={lineSeries(own, cities, years)} />
          </Stack>
        );
      })}
    </Stack>
  );
}

/** Every value of the view in a table: the screen reader's view of the charts, with source and quality. */
function CompareTable({ state, cities, indicators, rows }: { state: CompareState; cities: readonly MetricCity[]; indicators: readonly IndicatorFieldsFragment[]; rows: readonly CompareRow[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const normalisation = NORMALISATIONS[state.normalisation];
  const codes = cities.map((c) => c.code);
  const label = (column: string) => t(`metrics.compare.columns.${column}`);
  return (
    <Table.ScrollContainer minWidth={900} type="native" className="stacked-table-scroll">
      <Table id={TABLE_ID} verticalSpacing="xs" className="stacked-table" tabIndex={-1}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          {t('metrics.compare.tableCaption', { normalisation: t(`metrics.normalisation.${state.normalisation}`), from: state.from, to: state.to })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['city', 'indicator', 'year', 'value', 'rawValue', 'quality', 'source'].map((column) => (
              <Table.Th scope="col" key={column}>
                {label(column)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.flatMap((indicator) =>
            rowsOf(rows, indicator.code, codes).map((row) => (
              <Table.Tr key={`${row.cityCode}-${row.indicatorCode}-${row.year}`} data-demo={row.isDemo || undefined}>
                <Table.Th scope="row" fw={600}>
                  {row.cityName}
                </Table.Th>
                <Table.Td data-label={label('indicator')}>{indicator.name}</Table.Td>
                <Table.Td data-label={label('year')}>{row.year}</Table.Td>
                <Table.Td data-label={label('value')}>
                  {row.value === null || row.value === undefined
                    ? t('metrics.compare.noDenominator')
                    : valueWithUnit(t, formatMetric(row.value, language), unitLabel(indicator.unit, normalisation, t))}
                </Table.Td>
                <Table.Td data-label={label('rawValue')}>
                  {valueWithUnit(t, formatMetric(row.rawValue, language), unitLabel(indicator.unit, 'RAW', t))}
                </Table.Td>
                <Table.Td data-label={label('quality')}>
                  <ObservationQualityBadge quality={row.quality} />
                </Table.Td>
                <Table.Td data-label={label('source')} lang={language === 'id' ? undefined : 'id'}>
                  {row.sourceOrganisation} — {row.sourceTitle}
                </Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function CompareResults({
  state,
  cities,
  indicators,
  result,
}: {
  state: CompareState;
  cities: readonly MetricCity[];
  indicators: readonly IndicatorFieldsFragment[];
  result: CompareResult;
}) {
  const { t } = useTranslation();
  const rows = useMemo(() => compareRows(result), [result]);
  const hasDemo = rows.some((row) => row.isDemo);
  return (
    <Stack gap="lg" component="section" aria-labelledby="compare-results-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="compare-results-heading" size="h3">
          {t('metrics.compare.resultsHeading')}
        </Title>
        <Group gap="sm">
          <Button component="a" href={exportHref(state, cities)} download variant="default">
            {t('metrics.compare.downloadCsv')}
          </Button>
          <CopyButton value={typeof window === 'undefined' ? '' : window.location.href}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('metrics.compare.linkCopied') : t('metrics.compare.copyLink')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Group>
      {hasDemo && (
        <Alert color="red" variant="light" title={t('metrics.demoNoticeTitle')}>
          {t('metrics.demoNotice')}
        </Alert>
      )}
      {result.notes.length > 0 && (
        <Alert color="yellow" variant="light" styles={WARNING_STYLES} title={t('metrics.compare.notesTitle')}>
          <List size="sm">
            {result.notes.slice(0, 20).map((note) => (
              <List.Item key={`${note.cityCode}-${note.indicatorCode}-${note.year ?? ""}-${note.code}`}>{note.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed">{t('metrics.compare.noRows')}</Text>
      ) : (
        <>
          <CompareCharts state={state} cities={cities} indicators={indicators} rows={rows} />
          <CompareTable state={state} cities={cities} indicators={indicators} rows={rows} />
        </>
      )}
      <Text size="sm">
        {indicators.map((indicator, i) => (
          <span key={indicator.code}>
            {i > 0 && ' · '}
            <Anchor component={Link} to={`/metrik/indikator/${indicator.code}`}>
              {t('metrics.compare.aboutIndicator', { name: indicator.name })}
            </Anchor>
          </span>
        ))}
      </Text>
    </Stack>
  );
}
