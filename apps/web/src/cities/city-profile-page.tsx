import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { cityActions, useViewer } from '../app/viewer';
import { NotFoundView } from '../app/not-found-page';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { CityMetricsSection } from '../metrics/public';
import { CityPracticesSection } from '../practices/public';
import { CityVisitsSection } from '../visits/public';
import { CityDocument } from '../gql/graphql';
import { CityFactsTable } from './city-facts-table';
import { CityOverview, type CityProfileData } from './city-overview';
import { DistrictList } from './district-list';

/** "Anggota kota" for those who may see the city's members (its admins, platform admins). */
function MembersLink({ slug, name }: { slug: string; name: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!cityActions(viewer, slug).includes('CITY_MEMBERS_VIEW')) return null;
  return (
    <Button component={Link} to={`/kota/${slug}/anggota`} variant="default" size="sm" style={{ alignSelf: 'flex-start' }}>
      {t('profile.membersLink', { city: name })}
    </Button>
  );
}

function CityProfile({ city }: { city: CityProfileData }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <PageTitle title={city.name} />
      <Stack gap="xs">
        <Anchor component={Link} to="/kota" size="sm">
          {t('profile.backToDirectory')}
        </Anchor>
        <Title order={1}>{city.name}</Title>
        <MembersLink slug={city.slug} name={city.name} />
      </Stack>
      <CityOverview city={city} />
      <DistrictList districts={city.districts} />
      <Stack component="section" gap="sm" aria-labelledby="facts-heading">
        <Title order={2} id="facts-heading" size="h3">
          {t('profile.factsHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('profile.factsIntro')}
        </Text>
        <CityFactsTable facts={city.facts} cityName={city.name} />
      </Stack>
      <CityMetricsSection cityCode={city.code} citySlug={city.slug} cityName={city.name} />
      <CityPracticesSection citySlug={city.slug} />
      <CityVisitsSection citySlug={city.slug} cityName={city.name} />
    </Stack>
  );
}

/** `/kota/:slug`: the city's profile, or the not-found view when the API answers `city: null`. */
export function CityProfilePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch, networkStatus } = useQuery(CityDocument, {
    variables: { slug },
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) {
    return (
      <Stack gap="md">
        <PageTitle title={t('profile.error')} />
        <ErrorState
          message={t('profile.error')}
          retrying={networkStatus === NetworkStatus.refetch}
          onRetry={() => {
            refetch().catch(() => {
              // The hook re-renders with the new error.
            });
          }}
        />
      </Stack>
    );
  }
  if (!data) return <LoadingState label={t('profile.loading')} />;
  if (!data.city) return <NotFoundView slug={slug} />;
  return <CityProfile city={data.city} />;
}
