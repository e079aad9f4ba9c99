import '../app/form-styles';
import { useQuery } from '@apollo/client/react';
import { Loader, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '../cities/public';
import { MetricCityPickerDocument } from '../gql/features/graphql';
import type { MetricCity } from './use-cities';

const MIN_CHARS = 2;
const NONE: never[] = [];

/**
 * Search a city by name (what is typed goes to `cities(filter: { search })` after a pause) and add
 * it to the comparison; the box empties after each pick, ready for the next city.
 */
export function CitySearch({ onPick, exclude, disabled }: { onPick: (city: MetricCity) => void; exclude: readonly string[]; disabled?: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const tooShort = debounced.length < MIN_CHARS;
  const { data, previousData, loading, error } = useQuery(MetricCityPickerDocument, { variables: { search: debounced }, skip: tooShort });
  const nodes = tooShort ? NONE : ((data ?? previousData)?.cities.nodes ?? NONE);
  const bySlug = useMemo(() => new Map(nodes.map((city) => [city.slug, city])), [nodes]);
  const options = nodes.filter((city) => !exclude.includes(city.slug)).map((city) => ({ value: city.slug, label: city.name }));

  let nothingFound: string;
  if (tooShort) nothingFound = t('metrics.compare.cityTypeMore', { count: MIN_CHARS });
  else if (error) nothingFound = t('metrics.compare.cityError');
  else if (loading) nothingFound = t('metrics.compare.citySearching');
  else nothingFound = t('metrics.compare.cityNothingFound');

  return (
    <Select
      searchable
      label={t('metrics.compare.cityLabel')}
      description={t('metrics.compare.cityHint')}
      placeholder={t('metrics.compare.cityPlaceholder')}
      data={options}
      value={null}
      disabled={disabled}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(slug) => {
        const city = slug ? bySlug.get(slug) : undefined;
        if (!city) return;
        onPick({ slug: city.slug, code: city.code, name: city.name, provinceName: city.province.name });
        setSearch('');
      }}
      // The API already matched (typo-tolerant, accent-insensitive): show its answer as it is.
      filter={({ options: all }) => all}
      nothingFoundMessage={nothingFound}
      rightSection={loading ? <Loader size="xs" aria-hidden="true" /> : undefined}
      renderOption={({ option }) => (
        <span>
          {option.label}
          <Text component="span" size="xs" c="dimmed">
            {' '}
            — {bySlug.get(option.value)?.province.name}
          </Text>
        </span>
      )}
    />
  );
}
