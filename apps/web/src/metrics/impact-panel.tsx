import { useQuery } from '@apollo/client/react';
import { Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { currentLanguage, type Language } from '../app/i18n';
import { ErrorState, LoadingState } from '../app/status-views';
import { AdoptionImpactDocument, type AdoptionImpactQuery } from '../gql/features/graphql';
import { LazyChart } from './lazy-chart';
import { formatMetric, unitLabel, valueWithUnit } from './metric-format';
import { useMetricsStrings } from './metrics-strings';
import { ObservationQualityBadge } from './quality-badge';
import { SourceText } from './source-text';
import '../app/stacked-table.css';

type Impact = NonNullable<AdoptionImpactQuery['adoptionImpact']>;
type IndicatorImpact = Impact['indicators'][number];
type Basis = IndicatorImpact['basis'];

const DASH = '–';

/**
 * `plain`/`signed` name the basis ("+18,8 per 100.000 penduduk") for sentences; `cell`/`signedCell`
 * keep the indicator's own unit only, for tables whose caption names the basis.
 */
function formatter(t: TFunction, language: Language, unit: string, basis: Basis) {
  const withLabel = (label: string) => (value: number | null) => (value === null ? DASH : valueWithUnit(t, formatMetric(value, language), label));
  const sign = (format: (value: number | null) => string) => (value: number | null) => (value === null ? DASH : `${value > 0 ? '+' : ''}${format(value)}`);
  const plain = withLabel(unitLabel(unit, basis, t));
  const cell = withLabel(unitLabel(unit, 'RAW', t));
  return { plain, signed: sign(plain), cell, signedCell: sign(cell), bare: (value: number) => formatMetric(value, language) };
}

function IndicatorImpactView({ item, impact, cityName, idPrefix, language }: { item: IndicatorImpact; impact: Impact; cityName: string; idPrefix: string; language: Language }) {
  const { t } = useMetricsStrings();
  const { indicator } = item;
  const f = formatter(t, language, indicator.unit, item.basis);
  const perPerson = item.basis === 'PER_100K';
  const basis = t(`metrics.impact.basis.${item.basis}`);
  const hasValues = item.years.some((y) => y.cityValue !== null || y.peersMedian !== null);
  const tableId = `${idPrefix}-${indicator.code}-years`;
  const headingId = `${idPrefix}-${indicator.code}`;
  const direction =
    item.favourable === true ? t('metrics.impact.favourable') : item.favourable === false ? t('metrics.impact.unfavourable') : indicator.direction === 'NEUTRAL' ? t('metrics.impact.neutral') : null;
  const col = (c: string) => t(`metrics.impact.columns.${c}`, { city: cityName });
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId} data-demo={item.isDemo || undefined}>
      <Group gap="xs">
        <Title order={4} id={headingId}>
          {t('metrics.impact.indicatorHeading', { indicator: indicator.name, basis })}
        </Title>
        {item.isDemo && <ObservationQualityBadge quality="DEMO" />}
      </Group>
      <Text size="sm">{t(`metrics.impact.basisNote.${item.basis}`)}</Text>
      {item.gapMessage && (
        <Paper withBorder p="sm">
          <Text size="sm">{item.gapMessage}</Text>
        </Paper>
      )}
      {hasValues && (
        <>
          <Table.ScrollContainer minWidth={480} type="native" className="stacked-table-scroll">
            <Table verticalSpacing="xs" className="stacked-table">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('metrics.impact.summaryCaption', { indicator: indicator.name, basis })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {['who', 'before', 'after', 'change'].map((c) => (
                    <Table.Th scope="col" key={c}>
                      {col(c)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">{t('metrics.impact.cityRow', { city: cityName })}</Table.Th>
                  <Table.Td data-label={col('before')}>{f.cell(item.city.before)}</Table.Td>
                  <Table.Td data-label={col('after')}>{f.cell(item.city.after)}</Table.Td>
                  <Table.Td data-label={col('change')}>{f.signedCell(item.city.change)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('metrics.impact.peersRow', { count: item.peerCities.length })}</Table.Th>
                  <Table.Td data-label={col('before')}>{f.cell(item.peers.before)}</Table.Td>
                  <Table.Td data-label={col('after')}>{f.cell(item.peers.after)}</Table.Td>
                  <Table.Td data-label={col('change')}>{f.signedCell(item.peers.change)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {item.differenceOfDifferences !== null && (
            <Text fw={600}>
              {t('metrics.impact.did', { value: f.signed(item.differenceOfDifferences) })}
              {direction ? ` (${direction})` : ''}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('metrics.impact.chartNote')}
          </Text>
          <LazyChart
            kind="line"
            tableId={tableId}
            categories={item.years.map((y) => String(y.year))}
            formatValue={f.bare}
            series={[
              { name: t('metrics.impact.chartCity', { city: cityName }), points: item.years.map((y) => [y.year, y.cityValue]), demo: item.years.some((y) => y.cityIsDemo) },
              { name: t('metrics.impact.chartPeers'), points: item.years.map((y) => [y.year, y.peersMedian]), demo: item.peerCities.some((p) => p.isDemo) },
            ]}
          />
          <Table.ScrollContainer minWidth={640} type="native" className="stacked-table-scroll">
            <Table id={tableId} verticalSpacing="xs" className="stacked-table">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('metrics.impact.yearsCaption', { indicator: indicator.name, city: cityName, basis })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(perPerson
                    ? ['year', 'cityValue', 'reported', 'population', 'quality', 'source', 'peersMedian', 'peersCount']
                    : ['year', 'cityValue', 'quality', 'source', 'peersMedian', 'peersCount']
                  ).map((c) => (
                    <Table.Th scope="col" key={c}>
                      {col(c)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {item.years.map((y) => (
                  <Table.Tr key={y.year} data-demo={y.cityIsDemo || undefined}>
                    <Table.Th scope="row">{y.year === impact.adoptionYear ? `${y.year} *` : y.year}</Table.Th>
                    <Table.Td data-label={col('cityValue')}>
                      {y.cityValue === null && y.cityRawValue !== null && perPerson ? `${DASH} (${t('metrics.impact.noPopulation')})` : f.cell(y.cityValue)}
                    </Table.Td>
                    {perPerson && (
                      <>
                        <Table.Td data-label={col('reported')}>{f.cell(y.cityRawValue)}</Table.Td>
                        <Table.Td data-label={col('population')}>
                          {y.cityPopulation === null ? (
                            DASH
                          ) : (
                            <>
                              {f.bare(y.cityPopulation)} {y.cityPopulationQuality && <ObservationQualityBadge quality={y.cityPopulationQuality} />}{' '}
                              {y.cityPopulationSource && <SourceText source={y.cityPopulationSource} language={language} />}
                            </>
                          )}
                        </Table.Td>
                      </>
                    )}
                    <Table.Td data-label={col('quality')}>{y.cityQuality ? <ObservationQualityBadge quality={y.cityQuality} /> : DASH}</Table.Td>
                    <Table.Td data-label={col('source')}>{y.citySource ? <SourceText source={y.citySource} language={language} /> : DASH}</Table.Td>
                    <Table.Td data-label={col('peersMedian')}>{f.cell(y.peersMedian)}</Table.Td>
                    <Table.Td data-label={col('peersCount')}>{y.peersCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {item.peerCities.length > 0 && (
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {t('metrics.impact.peersHeading', { basis })}
              </Text>
              <List size="sm">
                {item.peerCities.map((p) => (
                  <List.Item key={p.cityCode}>
                    {t('metrics.impact.peer', { city: p.cityName, before: f.cell(p.before), after: f.cell(p.after) })} <ObservationQualityBadge quality={p.quality} />
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
          {item.sources.length > 0 && (
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {t('metrics.impact.sourcesHeading')}
              </Text>
              <List size="sm">
                {item.sources.map((s) => (
                  <List.Item key={`${s.source.organisation}|${s.source.title}|${s.quality}`}>
                    <SourceText source={s.source} language={language} /> · <ObservationQualityBadge quality={s.quality} /> · {t('metrics.impact.sourceValues', { count: s.valueCount })}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

/** One adoption's impact: per related indicator the numbers, a lazy chart with its table, the sources, and the caveats. */
export function ImpactPanel({ adoptionId, cityName }: { adoptionId: string; cityName: string }) {
  const { t, i18n } = useMetricsStrings();
  const language = currentLanguage(i18n);
  const { data, error } = useQuery(AdoptionImpactDocument, { variables: { adoptionId } });
  if (error && !data) return <ErrorState message={t('metrics.impact.error')} />;
  if (!data) return <LoadingState label={t('metrics.impact.loading')} />;
  const impact = data.adoptionImpact;
  if (!impact) return null;
  const headingId = `impact-${adoptionId}`;
  // A planned or dropped adoption: the reason instead of numbers (the API gives none).
  if (impact.gap) {
    return (
      <Stack component="section" gap="sm" aria-labelledby={headingId} className="impact-panel">
        <Title order={3} size="h4" id={headingId}>
          {t('metrics.impact.panelHeadingNotAdopted', { city: cityName })}
        </Title>
        <Paper withBorder p="sm">
          <Text size="sm">{impact.gapMessage}</Text>
        </Paper>
      </Stack>
    );
  }
  return (
    <Stack component="section" gap="md" aria-labelledby={headingId} className="impact-panel">
      <Title order={3} size="h4" id={headingId}>
        {impact.adoptionYear === null
          ? t('metrics.impact.panelHeadingNoDate', { city: cityName })
          : t('metrics.impact.panelHeading', { city: cityName, year: impact.adoptionYear })}
      </Title>
      {impact.adoptionYear !== null && (
        <Text size="sm">
          {t('metrics.impact.windows', { beforeFrom: impact.beforeFrom, beforeTo: impact.beforeTo, afterFrom: impact.afterFrom, afterTo: impact.afterTo, year: impact.adoptionYear })}
        </Text>
      )}
      {impact.indicators.map((item) => (
        <IndicatorImpactView key={item.indicator.code} item={item} impact={impact} cityName={cityName} idPrefix={headingId} language={language} />
      ))}
      <Paper withBorder p="sm" bg="yellow.0" component="aside" aria-labelledby={`${headingId}-caveats`}>
        <Text fw={600} id={`${headingId}-caveats`}>
          {t('metrics.impact.caveatsHeading')}
        </Text>
        <List size="sm">
          {impact.caveats.map((c) => (
            <List.Item key={c.code}>{c.message}</List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
