import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { currentLanguage, localeFor } from '../app/i18n';
import type { PracticePageQuery } from '../gql/features/graphql';
import { usePracticeStrings } from './practice-strings';
import { dimensionLabel, sdgLabel, topicLabel } from './practice-text';

type Practice = NonNullable<PracticePageQuery['practice']>;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="practice-fact">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** "Rp 1.250.000.000" / "IDR 1,250,000,000": the amount in the reader's number format. */
export function formatCost(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // An ISO code Intl does not know: the number and the code as the city wrote it.
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

/** The practice's key facts as a description list: city, agency, topic, dimensions, SDGs, years, cost. */
export function PracticeFacts({ practice }: { practice: Practice }) {
  const { t, i18n } = usePracticeStrings();
  const locale = localeFor(currentLanguage(i18n));
  const { startYear, endYear, cost } = practice;
  const years =
    startYear && endYear
      ? t('practices.page.yearsRange', { start: startYear, end: endYear })
      : startYear
        ? t('practices.page.yearsSince', { start: startYear })
        : null;
  const amount = cost ? formatCost(cost.amount, cost.currency, locale) : null;
  return (
    <Stack component="dl" gap="xs" m={0} className="practice-facts">
      <Fact label={t('practices.page.city')}>
        <Anchor component={Link} to={`/kota/${practice.city.slug}`}>
          {practice.city.name}
        </Anchor>
      </Fact>
      {practice.agency && <Fact label={t('practices.page.agency')}>{practice.agency}</Fact>}
      <Fact label={t('practices.page.topic')}>{topicLabel(t, practice.topic)}</Fact>
      {practice.dimensions.length > 0 && (
        <Fact label={t('practices.page.dimensions')}>{practice.dimensions.map((code) => dimensionLabel(t, code)).join(', ')}</Fact>
      )}
      {practice.sdgs.length > 0 && (
        <Fact label={t('practices.page.sdgs')}>{practice.sdgs.map((sdg) => sdgLabel(t, sdg)).join('; ')}</Fact>
      )}
      <Fact label={t('practices.page.years')}>{years ?? t('practices.page.notStated')}</Fact>
      <Fact label={t('practices.page.cost')}>
        {amount && cost
          ? cost.year
            ? t('practices.page.costValue', { amount, year: cost.year })
            : t('practices.page.costNoYear', { amount })
          : t('practices.page.notStated')}
      </Fact>
    </Stack>
  );
}
