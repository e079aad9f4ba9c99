import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Collapse, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { currentLanguage, type Language } from '../app/i18n';
import { CityObservationsDocument, type CityObservationsQuery, type IndicatorFieldsFragment } from '../gql/features/graphql';
import { writeCompareParams } from './compare-params';
import { formatMetric, unitLabel, valueWithUnit } from './metric-format';
import { useMetricsStrings } from './metrics-strings';
import { ObservationQualityBadge } from './quality-badge';
import { SourceText } from './source-text';
import '../app/stacked-table.css';

type Observation = CityObservationsQuery['observations'][number];

type Practice = NonNullable<Observation['practice']>;

/** The practice's title in the reader's language, else its first (Bahasa Indonesia). */
export const practiceTitle = (practice: Practice, language: Language) =>
  (practice.texts.find((text) => text.language.toLowerCase() === language) ?? practice.texts[0])?.title ?? '';

/**
 * The whole city's values apart from each program's (an observation with a practiceId belongs to that
 * practice): a program's number is never shown as the city's. A program the reader may not see (a draft)
 * comes without its practice and is left out.
 */
export function splitByProgram(observations: readonly Observation[], language: Language) {
  const city = observations.filter((o) => !o.practiceId);
  const byProgram = new Map<string, { practice: Practice; observations: Observation[] }>();
  for (const o of observations) {
    if (!o.practiceId || !o.practice) continue;
    const found = byProgram.get(o.practiceId);
    if (found) found.observations.push(o);
    else byProgram.set(o.practiceId, { practice: o.practice, observations: [o] });
  }
  const programs = [...byProgram.values()]
    .map((p) => ({ practice: p.practice, title: practiceTitle(p.practice, language), entries: latestPerIndicator(p.observations) }))
    .sort((a, b) => a.title.localeCompare(b.title, language));
  return { city, programs };
}

/** Per indicator: the latest year's shown value (the API's default rule) and that year's other sources. */
export function latestPerIndicator(observations: readonly Observation[]) {
  const byIndicator = new Map<string, Observation[]>();
  for (const o of observations) byIndicator.set(o.indicatorCode, [...(byIndicator.get(o.indicatorCode) ?? []), o]);
  return [...byIndicator].map(([code, list]) => {
    const latestYear = Math.max(...list.map((o) => o.year));
    const sameYear = list.filter((o) => o.year === latestYear);
    const shown = sameYear.find((o) => o.isDefault) ?? sameYear[0];
    return { code, shown, others: sameYear.filter((o) => o !== shown), years: new Set(list.map((o) => o.year)).size };
  });
}

type Entry = ReturnType<typeof latestPerIndicator>[number];

/** `citySlug` null: a program's row, without the link to the whole city's series. */
function IndicatorRow({ indicator, entry, language, citySlug }: { indicator: IndicatorFieldsFragment; entry: Entry; language: Language; citySlug: string | null }) {
  const { t } = useMetricsStrings();
  const [open, setOpen] = useState(false);
  const unit = unitLabel(indicator.unit, 'RAW', t);
  const compare = citySlug && writeCompareParams({ cities: [citySlug], indicators: [indicator.code], from: new Date().getFullYear() - 9, to: new Date().getFullYear(), normalisation: 'mentah', chart: 'garis' });
  const label = (c: string) => t(`metrics.city.columns.${c}`);
  return (
    <Table.Tr data-demo={entry.shown.isDemo || undefined}>
      <Table.Th scope="row" fw={600}>
        <Anchor component={Link} to={`/metrik/indikator/${indicator.code}`}>
          {indicator.name}
        </Anchor>
      </Table.Th>
      <Table.Td data-label={label('value')}>
        {valueWithUnit(t, formatMetric(entry.shown.value, language), unit)}
      </Table.Td>
      <Table.Td data-label={label('year')}>{entry.shown.year}</Table.Td>
      <Table.Td data-label={label('quality')}>
        <ObservationQualityBadge quality={entry.shown.quality} />
      </Table.Td>
      <Table.Td data-label={label('source')}>
        <Stack gap={4} align="flex-start">
          <SourceText source={entry.shown.source} language={language} />
          {entry.others.length > 0 && (
            <>
              <Button variant="subtle" size="compact-xs" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
                {t('metrics.city.otherSources', { count: entry.others.length })}
              </Button>
              <Collapse expanded={open}>
                <List size="sm">
                  {entry.others.map((other) => (
                    <List.Item key={other.id}>
                      {valueWithUnit(t, formatMetric(other.value, language), unit)} · <ObservationQualityBadge quality={other.quality} /> ·{' '}
                      <SourceText source={other.source} language={language} />
                    </List.Item>
                  ))}
                </List>
              </Collapse>
            </>
          )}
          {compare && entry.years > 1 && (
            <Anchor component={Link} to={`/metrik?${compare}`} size="sm">
              {t('metrics.city.seriesLink', { count: entry.years })}
            </Anchor>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function MetricsTable({ caption, entries, indicators, language, citySlug }: { caption: string; entries: Entry[]; indicators: Map<string, IndicatorFieldsFragment>; language: Language; citySlug: string | null }) {
  const { t } = useMetricsStrings();
  return (
    <Table.ScrollContainer minWidth={760} type="native" className="stacked-table-scroll">
      <Table verticalSpacing="xs" className="stacked-table" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            {['indicator', 'value', 'year', 'quality', 'source'].map((c) => (
              <Table.Th scope="col" key={c}>
                {t(`metrics.city.columns.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const indicator = indicators.get(entry.code);
            return indicator ? <IndicatorRow key={entry.code} indicator={indicator} entry={entry} language={language} citySlug={citySlug} /> : null;
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The city profile's metrics: each indicator's latest whole-city value with its source and quality, then each program's own. */
export default function CityMetrics({ cityCode, citySlug, cityName }: { cityCode: string; citySlug: string; cityName: string }) {
  const { t, i18n } = useMetricsStrings();
  const language = currentLanguage(i18n);
  const { data, error } = useQuery(CityObservationsDocument, { variables: { cityCode } });
  if (error || !data) return null;
  const indicators = new Map(data.indicators.map((i) => [i.code, i]));
  const split = splitByProgram(data.observations, language);
  const entries = latestPerIndicator(split.city).filter((e) => indicators.has(e.code));
  const programs = split.programs.map((p) => ({ ...p, entries: p.entries.filter((e) => indicators.has(e.code)) })).filter((p) => p.entries.length > 0);
  const hasDemo = [...entries, ...programs.flatMap((p) => p.entries)].some((e) => e.shown.isDemo);
  return (
    <Stack component="section" gap="sm" aria-labelledby="city-metrics-heading">
      <Title order={2} id="city-metrics-heading" size="h3">
        {t('metrics.city.heading')}
      </Title>
      {entries.length === 0 && programs.length === 0 ? (
        <Text c="dimmed">{t('metrics.city.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('metrics.city.intro')} {hasDemo && t('metrics.demoNotice')}
          </Text>
          {entries.length > 0 && <MetricsTable caption={t('metrics.city.tableCaption', { name: cityName })} entries={entries} indicators={indicators} language={language} citySlug={citySlug} />}
        </>
      )}
      {programs.length > 0 && (
        <Stack component="section" gap="sm" aria-labelledby="city-programs-heading">
          <Title order={3} id="city-programs-heading" size="h4">
            {t('metrics.city.programs.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('metrics.city.programs.intro')}
          </Text>
          {programs.map((program) => (
            <Stack key={program.practice.id} gap={4}>
              <Title order={4} size="h5">
                <Anchor component={Link} to={`/praktik/${program.practice.id}`}>
                  {program.title}
                </Anchor>
              </Title>
              <MetricsTable caption={t('metrics.city.programs.tableCaption', { title: program.title })} entries={program.entries} indicators={indicators} language={language} citySlug={null} />
            </Stack>
          ))}
        </Stack>
      )}
      <Anchor component={Link} to={`/metrik?kota=${encodeURIComponent(citySlug)}`} size="sm">
        {t('metrics.city.compareLink', { city: cityName })}
      </Anchor>
    </Stack>
  );
}
