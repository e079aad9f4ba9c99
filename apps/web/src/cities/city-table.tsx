import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../app/i18n';
import type { CitiesQuery } from '../gql/graphql';
import { formatNumber } from './format';

export type CityRow = CitiesQuery['cities']['nodes'][number];

export function CityTable({ cities }: { cities: readonly CityRow[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('directory.tableCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directory.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('directory.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('directory.columns.province')}</Table.Th>
            <Table.Th scope="col">{t('directory.columns.timeZone')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('directory.columns.districts')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cities.map((city) => (
            <Table.Tr key={city.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/kota/${city.slug}`}>
                  {city.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`kind.${city.kind}`)}</Table.Td>
              <Table.Td>{city.province.name}</Table.Td>
              <Table.Td>{city.timeZone.label}</Table.Td>
              <Table.Td ta="right">{formatNumber(city.districtCount, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
