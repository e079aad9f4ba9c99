import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProvincesDocument } from '../gql/graphql';
import { CITY_KINDS } from './city-kind';
import { SearchInput } from './search-input';
import type { CityFilters } from './use-city-filters';

function ProvinceSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(ProvincesDocument);
  const provinces = [...(data?.provinces ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const options = [
    { value: '', label: t('directory.allProvinces') },
    ...provinces.map((province) => ({
      value: province.code,
      label: t('directory.provinceOption', { name: province.name, count: province.cityCount }),
    })),
  ];
  // A code from the URL that is not (yet) in the list still shows as selected.
  if (value && !provinces.some((province) => province.code === value)) options.push({ value, label: value });

  return (
    <NativeSelect
      label={t('directory.provinceLabel')}
      data={options}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

function KindSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('directory.kindLabel')}
      data={[
        { value: '', label: t('directory.allKinds') },
        ...CITY_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** Search box, province and kind filters. */
export function CityFiltersForm({ filters }: { filters: CityFilters }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid role="search" aria-label={t('directory.filtersLabel')} cols={{ base: 1, sm: 3 }} spacing="md">
      <SearchInput value={filters.search} onSearch={filters.setSearch} />
      <ProvinceSelect value={filters.provinceCode} onChange={filters.setProvinceCode} />
      <KindSelect value={filters.kind} onChange={filters.setKind} />
    </SimpleGrid>
  );
}
