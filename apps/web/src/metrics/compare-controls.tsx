import { CloseButton, Group, MultiSelect, Paper, Pill, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../gql/features/graphql';
import { CitySearch } from './city-search';
import { CHART_PARAMS, type ChartParam, type CompareState, FIRST_YEAR, MAX_CITIES, MAX_INDICATORS, NORMALISATION_PARAMS, type NormalisationParam } from './compare-params';
import type { MetricCity } from './use-cities';

/** The indicators for a grouped select: by category, in the catalogue's order. */
function indicatorOptions(indicators: readonly IndicatorFieldsFragment[], t: (key: string) => string) {
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const indicator of indicators) {
    const group = t(`metrics.category.${indicator.category}`);
    groups.set(group, [...(groups.get(group) ?? []), { value: indicator.code, label: indicator.name }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

export function CompareControls({
  state,
  cities,
  indicators,
  onChange,
}: {
  state: CompareState;
  cities: readonly MetricCity[];
  indicators: readonly IndicatorFieldsFragment[];
  onChange: (change: Partial<CompareState>) => void;
}) {
  const { t } = useTranslation();
  const lastYear = new Date().getFullYear();
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => String(lastYear - i));
  return (
    <Paper withBorder p="md" component="form" role="search" aria-label={t('metrics.compare.controlsLabel')} onSubmit={(e) => e.preventDefault()}>
      <Stack gap="md">
        <Stack gap="xs">
          <CitySearch
            exclude={state.cities}
            disabled={state.cities.length >= MAX_CITIES}
            onPick={(city) => onChange({ cities: [...state.cities, city.slug] })}
          />
          {cities.length > 0 ? (
            <Group gap="xs" component="ul" aria-label={t('metrics.compare.chosenCities')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {cities.map((city) => (
                <Pill component="li" key={city.slug} size="lg">
                  <Group gap={4} wrap="nowrap" component="span">
                    {city.name}
                    <CloseButton
                      size="xs"
                      aria-label={t('metrics.compare.removeCity', { city: city.name })}
                      onClick={() => onChange({ cities: state.cities.filter((slug) => slug !== city.slug) })}
                    />
                  </Group>
                </Pill>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('metrics.compare.noCities')}
            </Text>
          )}
        </Stack>
        <MultiSelect
          searchable
          label={t('metrics.compare.indicatorLabel')}
          description={t('metrics.compare.indicatorHint', { count: MAX_INDICATORS })}
          placeholder={state.indicators.length ? undefined : t('metrics.compare.indicatorPlaceholder')}
          data={indicatorOptions(indicators, t)}
          value={state.indicators}
          maxValues={MAX_INDICATORS}
          onChange={(codes) => onChange({ indicators: codes })}
          nothingFoundMessage={t('metrics.compare.indicatorNothingFound')}
          clearButtonProps={{ 'aria-label': t('metrics.compare.clearIndicators') }}
          clearable
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('metrics.compare.fromYear')} data={years} value={String(state.from)} allowDeselect={false} onChange={(v) => v && onChange({ from: Number(v) })} />
          <Select label={t('metrics.compare.toYear')} data={years} value={String(state.to)} allowDeselect={false} onChange={(v) => v && onChange({ to: Number(v) })} />
        </SimpleGrid>
        <Radio.Group label={t('metrics.compare.normalisationLabel')} value={state.normalisation} onChange={(v) => onChange({ normalisation: v as NormalisationParam })}>
          <Group gap="md" mt={4}>
            {NORMALISATION_PARAMS.map((param) => (
              <Radio key={param} value={param} label={t(`metrics.normalisation.${param}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="chart-kind-label">
            {t('metrics.compare.chartLabel')}
          </Text>
          <SegmentedControl
            aria-labelledby="chart-kind-label"
            value={state.chart}
            onChange={(v) => onChange({ chart: v as ChartParam })}
            data={CHART_PARAMS.map((param) => ({ value: param, label: t(`metrics.chart.${param}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
      </Stack>
    </Paper>
  );
}
