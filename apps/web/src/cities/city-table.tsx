import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../app/i18n';
import type { CitiesQuery, CityOrder } from '../gql/graphql';
import { formatNumber } from './format';
import '../app/stacked-table.css';

export type CityRow = CitiesQuery['cities']['nodes'][number];

/** The sortable columns: the order each sorts by ascending, and reversed. */
const SORTS = {
  name: { ascending: 'NAME', descending: 'NAME_DESC' },
  province: { ascending: 'PROVINCE', descending: 'PROVINCE_DESC' },
} as const satisfies Record<string, { ascending: CityOrder; descending: CityOrder }>;
type SortColumn = keyof typeof SORTS;

export interface CitySort {
  /** '' = the default: by name, or best match first when searching. */
  order: CityOrder | '';
  searching: boolean;
  onSort: (order: CityOrder) => void;
}

function sortState(column: SortColumn, { order, searching }: CitySort): 'ascending' | 'descending' | 'none' {
  const sorts = SORTS[column];
  if (order === sorts.ascending || (order === '' && !searching && column === 'name')) return 'ascending';
  if (order === sorts.descending) return 'descending';
  return 'none';
}

/** A header that sorts the list: a button inside, the state on the header cell (aria-sort). */
function SortHeader({ column, label, sort }: { column: SortColumn; label: string; sort: CitySort }) {
  const state = sortState(column, sort);
  const next = state === 'ascending' ? SORTS[column].descending : SORTS[column].ascending;
  return (
    <Table.Th scope="col" aria-sort={state}>
      <UnstyledButton onClick={() => sort.onSort(next)} fw={700} fz="sm" className="sort-header">
        {label}
        <span aria-hidden="true">{state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

/** How a search found the city, when not by its name: the kecamatan or the common name that matched. */
function MatchNote({ city }: { city: CityRow }) {
  const { t } = useTranslation();
  if (!city.matchedDistrict && !city.matchedAlias) return null;
  return (
    <Text size="xs" c="dimmed" fw={400}>
      {city.matchedDistrict
        ? t('directory.matchedDistrict', { name: city.matchedDistrict })
        : t('directory.matchedAlias', { alias: city.matchedAlias })}
    </Text>
  );
}

/**
 * The directory's table; on a phone each row is a card (app/stacked-table.css). The tbody ref lets
 * the directory move focus to the first new row after "load more".
 */
export const CityTable = forwardRef<HTMLTableSectionElement, { cities: readonly CityRow[]; sort: CitySort }>(function CityTable(
  { cities, sort },
  tbodyRef,
) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const label = (column: string) => t(`directory.columns.${column}`);
  return (
    <Table.ScrollContainer minWidth={640} type="native" className="stacked-table-scroll">
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('directory.tableCaption')} className="stacked-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="name" label={label('name')} sort={sort} />
            <Table.Th scope="col">{label('kind')}</Table.Th>
            <SortHeader column="province" label={label('province')} sort={sort} />
            <Table.Th scope="col">{label('timeZone')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {label('districts')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={tbodyRef}>
          {cities.map((city) => (
            <Table.Tr key={city.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/kota/${city.slug}`}>
                  {city.name}
                </Anchor>
                <MatchNote city={city} />
              </Table.Th>
              <Table.Td data-label={label('kind')}>{t(`kind.${city.kind}`)}</Table.Td>
              <Table.Td data-label={label('province')}>{city.province.name}</Table.Td>
              <Table.Td data-label={label('timeZone')}>{city.timeZone.label}</Table.Td>
              <Table.Td data-label={label('districts')} ta="right">
                {formatNumber(city.districtCount, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
