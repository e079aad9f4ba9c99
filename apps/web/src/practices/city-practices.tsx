import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState } from '../app/status-views';
import { CityAdoptionsDocument, PracticeListDocument } from '../gql/features/graphql';
import { AdoptionList } from './adoption-list';
import { PracticeCardList } from './practice-card';
import { usePracticeStrings } from './practice-strings';

/** A city's published practices are few: one page covers them. */
const CITY_PRACTICES = 50;

function CityAdoptionLists({ citySlug }: { citySlug: string }) {
  const { t } = usePracticeStrings();
  const { data, error } = useQuery(CityAdoptionsDocument, { variables: { citySlug } });
  if (error && !data) return <ErrorState message={t('practices.city.adoptionsError')} />;
  if (!data) return <LoadingState label={t('practices.city.loading')} />;
  const { adopted, adoptedFromHere } = data.cityAdoptions;
  return (
    <>
      <Stack gap="xs" component="section" aria-labelledby="city-adopted-heading">
        <Title order={3} size="h4" id="city-adopted-heading">
          {t('practices.city.adoptedHeading')}
        </Title>
        {adopted.length > 0 ? (
          <AdoptionList adoptions={adopted} show="adopted" />
        ) : (
          <Text c="dimmed">{t('practices.city.adoptedEmpty')}</Text>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="city-adopted-from-here-heading">
        <Title order={3} size="h4" id="city-adopted-from-here-heading">
          {t('practices.city.adoptedFromHereHeading')}
        </Title>
        {adoptedFromHere.length > 0 ? (
          <AdoptionList adoptions={adoptedFromHere} show="adoptedFromHere" />
        ) : (
          <Text c="dimmed">{t('practices.city.adoptedFromHereEmpty')}</Text>
        )}
      </Stack>
    </>
  );
}

/** The city profile's section: its published practices and its adoptions both ways. */
export default function CityPractices({ citySlug }: { citySlug: string }) {
  const { t } = usePracticeStrings();
  const { data, error } = useQuery(PracticeListDocument, {
    variables: { filter: { citySlug }, first: CITY_PRACTICES },
  });
  return (
    <Stack component="section" gap="md" aria-labelledby="city-practices-heading">
      <Title order={2} size="h3" id="city-practices-heading">
        {t('practices.city.heading')}
      </Title>
      {error && !data ? (
        <ErrorState message={t('practices.city.error')} />
      ) : !data ? (
        <LoadingState label={t('practices.city.loading')} />
      ) : data.practices.nodes.length > 0 ? (
        <PracticeCardList practices={data.practices.nodes} />
      ) : (
        <Text c="dimmed">{t('practices.city.empty')}</Text>
      )}
      <CityAdoptionLists citySlug={citySlug} />
    </Stack>
  );
}
