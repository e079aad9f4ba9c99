import { Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../app/i18n';
import type { CityQuery } from '../gql/graphql';
import { formatIsoDate, formatNumber } from './format';
import { QualityBadge } from './quality-badge';
import { SourceLabel } from './source-label';
import '../app/stacked-table.css';

export type CityFact = NonNullable<CityQuery['city']>['facts'][number];

const KEY_ORDER = ['population', 'area_km2', 'district_count', 'smart_city_app', 'metropolitan_status'];

function keyRank(key: string): number {
  const index = KEY_ORDER.indexOf(key);
  return index === -1 ? KEY_ORDER.length : index;
}

/** Known keys first in a fixed order; facts sharing a key stay together in their API order. */
export function sortFacts(facts: readonly CityFact[]): CityFact[] {
  return [...facts].sort((a, b) => keyRank(a.key) - keyRank(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function factLabel(key: string, t: TFunction): string {
  return t(`facts.keys.${key}`, { defaultValue: key });
}

/** A source's own wording, with its unit written properly: "59.317 Km2" → "59.317 km²". */
export function statedText(text: string): string {
  return text.replace(/\b([Kk][Mm])2\b/g, 'km²');
}

/** The number in the UI locale with its unit, or the source's own wording when there is no number. */
export function factValue(fact: CityFact, language: Language, t: TFunction): string {
  if (fact.value === null || fact.value === undefined) return fact.valueText ? statedText(fact.valueText) : t('common.empty');
  const value = formatNumber(fact.value, language);
  if (!fact.unit) return value;
  // The indicator's unit, worded for its key where that says more ("count" of district_count: "kecamatan"); a bare count needs no word.
  const unit = t([`units.${fact.key}`, `units.${fact.unit}`], { defaultValue: fact.unit === 'count' ? '' : fact.unit });
  return unit ? t('facts.valueWithUnit', { value, unit }) : value;
}

function FactRow({ fact, language }: { fact: CityFact; language: Language }) {
  const { t } = useTranslation();
  const isDemo = fact.quality === 'DEMO' || fact.source.isDemo;
  const hasNumber = fact.value !== null && fact.value !== undefined;
  const showStated = hasNumber && fact.valueText;
  // Wording and notes come from Indonesian sources: marked so on an English page.
  const sourceLang = language === 'id' ? undefined : 'id';
  const label = (column: string) => t(`facts.columns.${column}`);
  return (
    <Table.Tr data-demo={isDemo || undefined}>
      <Table.Th scope="row" fw={600}>
        {factLabel(fact.key, t)}
      </Table.Th>
      <Table.Td data-label={label('value')}>
        <Stack gap={2}>
          <span lang={hasNumber ? undefined : sourceLang}>{factValue(fact, language, t)}</span>
          {showStated && (
            <Text size="xs" c="dimmed">
              {t('facts.asStatedLabel')} <span lang={sourceLang}>“{statedText(fact.valueText ?? '')}”</span>
            </Text>
          )}
        </Stack>
      </Table.Td>
      {/* No date, no "As of —": the cell says so in words, without the column label on a phone. */}
      {fact.asOf ? (
        <Table.Td data-label={label('asOf')}>{formatIsoDate(fact.asOf, language)}</Table.Td>
      ) : (
        <Table.Td>
          <Text component="span" size="sm" c="dimmed">
            {t('facts.undated')}
          </Text>
        </Table.Td>
      )}
      <Table.Td data-label={label('quality')}>
        <QualityBadge quality={fact.quality} />
      </Table.Td>
      {fact.note ? (
        <Table.Td data-label={label('note')} lang={sourceLang}>
          {fact.note}
        </Table.Td>
      ) : (
        <Table.Td data-empty>{t('common.empty')}</Table.Td>
      )}
      <Table.Td data-label={label('source')}>
        <SourceLabel source={fact.source} recordUrl={fact.recordUrl} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Every fact with its as-of date, quality and source; conflicting facts get one row each. */
export function CityFactsTable({ facts, cityName }: { facts: readonly CityFact[]; cityName: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  if (facts.length === 0) return <Text c="dimmed">{t('profile.noFacts')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860} type="native" className="stacked-table-scroll">
      <Table verticalSpacing="sm" aria-label={t('facts.tableCaption', { name: cityName })} className="stacked-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('facts.columns.indicator')}</Table.Th>
            <Table.Th scope="col">{t('facts.columns.value')}</Table.Th>
            <Table.Th scope="col">{t('facts.columns.asOf')}</Table.Th>
            <Table.Th scope="col">{t('facts.columns.quality')}</Table.Th>
            <Table.Th scope="col">{t('facts.columns.note')}</Table.Th>
            <Table.Th scope="col">{t('facts.columns.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortFacts(facts).map((fact) => (
            <FactRow key={fact.id} fact={fact} language={language} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
