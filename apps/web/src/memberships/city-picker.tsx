import '../app/form-styles';
import { useQuery } from '@apollo/client/react';
import { Loader, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '../cities/public';
import { CityPickerDocument } from '../gql/features/graphql';

export const CITY_PICKER_MIN_CHARS = 2;
export const CITY_PICKER_SIZE = 10;

const NO_CITIES: never[] = [];

export interface PickedCity {
  slug: string;
  name: string;
}

/**
 * A searchable city select: what is typed is sent (after a pause) as `cities(filter: { search })`
 * and the API's best 10 matches are offered, with their province. The value is the city's slug.
 */
export function CityPicker({
  value,
  onChange,
  label,
  description,
  error,
  required = false,
}: {
  value: PickedCity | null;
  onChange: (city: PickedCity | null) => void;
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const tooShort = debounced.length < CITY_PICKER_MIN_CHARS;
  const { data, previousData, loading, error: queryError } = useQuery(CityPickerDocument, {
    variables: { search: debounced },
    skip: tooShort,
  });
  const nodes = tooShort ? NO_CITIES : ((data ?? previousData)?.cities.nodes ?? NO_CITIES);

  const provinceBySlug = useMemo(() => new Map(nodes.map((city) => [city.slug, city.province.name])), [nodes]);
  const options = useMemo(() => {
    const list = nodes.map((city) => ({ value: city.slug, label: city.name }));
    // The chosen city stays an option while the search shows other cities.
    if (value && !list.some((option) => option.value === value.slug)) list.unshift({ value: value.slug, label: value.name });
    return list;
  }, [nodes, value]);

  let nothingFound: string;
  if (tooShort) nothingFound = t('cityPicker.typeMore', { count: CITY_PICKER_MIN_CHARS });
  else if (queryError) nothingFound = t('cityPicker.error');
  else if (loading) nothingFound = t('cityPicker.searching');
  else nothingFound = t('cityPicker.nothingFound');

  return (
    <Select
      searchable
      label={label}
      description={description}
      placeholder={t('cityPicker.placeholder')}
      withAsterisk={required}
      error={error}
      data={options}
      value={value?.slug ?? null}
      onChange={(slug, option) => onChange(slug && option ? { slug, name: option.label } : null)}
      searchValue={search}
      onSearchChange={setSearch}
      // The API already matched (typo-tolerant, accent-insensitive): show its answer as it is.
      filter={({ options: all }) => all}
      nothingFoundMessage={nothingFound}
      rightSection={loading ? <Loader size="xs" aria-hidden="true" /> : undefined}
      renderOption={({ option }) => (
        <span>
          {option.label}
          {provinceBySlug.has(option.value) && (
            <Text component="span" size="xs" c="dimmed">
              {' '}
              — {provinceBySlug.get(option.value)}
            </Text>
          )}
        </span>
      )}
      allowDeselect={false}
    />
  );
}
