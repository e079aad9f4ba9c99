import { useQuery } from '@apollo/client/react';
import { Anchor, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { currentLanguage } from '../app/i18n';
import { ErrorState, LoadingState } from '../app/status-views';
import { type IndicatorFieldsFragment, MetricProgramComparisonDocument, type MetricProgramComparisonQuery } from '../gql/features/graphql';
import { formatMetric, unitLabel, valueWithUnit } from './metric-format';
import { useMetricsStrings } from './metrics-strings';
import { ObservationQualityBadge } from './quality-badge';
import { SourceText } from './source-text';
import '../app/stacked-table.css';

type Comparison = NonNullable<MetricProgramComparisonQuery['programComparison']>;
type Program = Comparison['programs'][number];

/** A program's latest year with a value, its value, quality, demo flag and source (null: no value in the years asked). */
export function latestOfProgram(program: Program, comparison: Pick<Comparison, 'fromYear' | 'sources'>) {
  for (let i = program.values.length - 1; i >= 0; i--) {
    const value = program.values[i];
    if (value == null) continue;
    const sourceIndex = program.sources[i];
    return {
      year: comparison.fromYear + i,
      value,
      quality: program.qualities[i],
      isDemo: program.isDemo[i] === true,
      source: sourceIndex == null ? null : (comparison.sources[sourceIndex] ?? null),
    };
  }
  return null;
}

/** The indicator page's "Programs reporting this indicator": published programs of every city, filtered by topic (the same kind). */
export default function ProgramComparison({ indicator }: { indicator: IndicatorFieldsFragment }) {
  const { t, i18n } = useMetricsStrings();
  const language = currentLanguage(i18n);
  const [topic, setTopic] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useQuery(MetricProgramComparisonDocument, { variables: { indicatorCode: indicator.code, topic } });
  const shown = data ?? previousData;
  const comparison = shown?.programComparison;
  const unit = unitLabel(indicator.unit, 'RAW', t);
  const label = (c: string) => t(`metrics.indicator.programs.columns.${c}`);
  const rows = (comparison?.programs ?? []).flatMap((program) => {
    const latest = comparison ? latestOfProgram(program, comparison) : null;
    return latest ? [{ program, latest }] : [];
  });
  return (
    <Stack gap="md" component="section" aria-labelledby="programs-heading">
      <Title order={2} id="programs-heading" size="h3">
        {t('metrics.indicator.programs.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('metrics.indicator.programs.intro')}
      </Text>
      <Select
        label={t('metrics.indicator.programs.topic')}
        placeholder={t('metrics.indicator.programs.allTopics')}
        clearable
        data={(shown?.practiceTopics ?? []).map((p) => ({ value: p.code, label: p.label }))}
        value={topic}
        onChange={setTopic}
        maw={360}
      />
      {error && !data ? (
        <ErrorState message={t('metrics.indicator.programs.error')} onRetry={() => void refetch()} />
      ) : !shown ? (
        <LoadingState label={t('metrics.indicator.programs.loading')} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t(topic ? 'metrics.indicator.programs.emptyTopic' : 'metrics.indicator.programs.empty')}</Text>
      ) : (
        <>
          {rows.some((r) => r.latest.isDemo) && (
            <Text size="sm" c="dimmed">
              {t('metrics.demoNotice')}
            </Text>
          )}
          <Table.ScrollContainer minWidth={760} type="native" className="stacked-table-scroll">
            <Table verticalSpacing="xs" className="stacked-table">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('metrics.indicator.programs.caption', { name: indicator.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {['program', 'city', 'value', 'year', 'quality', 'source'].map((c) => (
                    <Table.Th scope="col" key={c}>
                      {label(c)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ program, latest }) => {
                  return (
                    <Table.Tr key={program.practiceId} data-demo={latest.isDemo || undefined}>
                      <Table.Th scope="row" fw={600}>
                        <Anchor component={Link} to={`/praktik/${program.practiceId}`}>
                          {program.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {program.topicLabel}
                        </Text>
                      </Table.Th>
                      <Table.Td data-label={label('city')}>
                        <Anchor component={Link} to={`/kota/${program.citySlug}`}>
                          {program.cityName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td data-label={label('value')}>{valueWithUnit(t, formatMetric(latest.value, language), unit)}</Table.Td>
                      <Table.Td data-label={label('year')}>{latest.year}</Table.Td>
                      <Table.Td data-label={label('quality')}>{latest.quality && <ObservationQualityBadge quality={latest.quality} />}</Table.Td>
                      <Table.Td data-label={label('source')}>
                        {latest.source && <SourceText source={latest.source} language={language} />}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
