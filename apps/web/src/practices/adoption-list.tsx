import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { currentLanguage, localeFor } from '../app/i18n';
import type { AdoptionFieldsFragment, PracticeCardFieldsFragment } from '../gql/features/graphql';
import { PracticeDemoBadge } from './practice-badges';
import { usePracticeStrings } from './practice-strings';
import { pickText } from './practice-text';

/** "5 Okt 2018" from the API's YYYY-MM-DD (a calendar date: no time zone shift). */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

type AdoptionRow = AdoptionFieldsFragment & { practice?: PracticeCardFieldsFragment };

/**
 * Adoptions as a list: the adopting city (or, with `show="practice"`, the practice and the
 * other city), the status, the date and the notes.
 */
export function AdoptionList({ adoptions, show }: { adoptions: readonly AdoptionRow[]; show: 'city' | 'adopted' | 'adoptedFromHere' }) {
  const { t, i18n } = usePracticeStrings();
  const language = currentLanguage(i18n);
  const locale = localeFor(language);
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {adoptions.map((adoption) => {
        const practice = adoption.practice;
        const title = practice ? pickText(practice.texts, [language])?.title : undefined;
        return (
          <li key={adoption.id}>
            <Stack gap={2}>
              <Group gap="xs" wrap="wrap">
                {show !== 'city' && practice ? (
                  <Anchor component={Link} to={`/praktik/${practice.id}`} fw={600}>
                    {title}
                  </Anchor>
                ) : (
                  <Anchor component={Link} to={`/kota/${adoption.city.slug}`} fw={600}>
                    {adoption.city.name}
                  </Anchor>
                )}
                <Text size="sm">
                  {[
                    show === 'adopted' && practice ? t('practices.city.fromCity', { city: practice.city.name }) : null,
                    show === 'adoptedFromHere' ? t('practices.city.byCity', { city: adoption.city.name }) : null,
                    t(`practices.adoption.status.${adoption.status}`),
                    adoption.adoptedOn ? t('practices.adoption.since', { date: formatDay(adoption.adoptedOn, locale) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {adoption.isDemo && <PracticeDemoBadge />}
              </Group>
              {adoption.notes && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {adoption.notes}
                </Text>
              )}
            </Stack>
          </li>
        );
      })}
    </Stack>
  );
}
