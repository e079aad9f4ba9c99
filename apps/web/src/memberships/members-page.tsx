import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Action } from '@citybridge/domain';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { AccessDenied, QueryErrorView, SignInRequired } from '../app/access-views';
import { NotFoundView } from '../app/not-found-page';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { cityActions, useViewer, type Viewer } from '../app/viewer';
import { CityMembersDocument } from '../gql/features/graphql';
import { InvitationsTable } from './invitations-table';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';
import { useMembershipStrings } from './membership-strings';

/** The members page once the viewer may see it: members, invitations and, if allowed, the invite form. */
function MembersContent({ slug, viewer, actions }: { slug: string; viewer: Viewer; actions: readonly Action[] }) {
  const { t } = useMembershipStrings();
  const { data, error, refetch, networkStatus } = useQuery(CityMembersDocument, {
    variables: { citySlug: slug },
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) {
    return (
      <QueryErrorView
        error={error}
        message={t('members.error')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {});
        }}
      />
    );
  }
  if (!data) return <LoadingState label={t('members.loading')} />;
  const { city } = data;
  if (!city) return <NotFoundView slug={slug} />;

  const title = t('members.title', { city: city.name });
  return (
    <Stack gap="xl">
      <PageTitle title={title} />
      <Stack gap="xs">
        <Anchor component={Link} to={`/kota/${city.slug}`} size="sm">
          {t('members.backToCity', { city: city.name })}
        </Anchor>
        <Title order={1}>{title}</Title>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="members-heading">
        <Title order={2} size="h3" id="members-heading">
          {t('members.heading')}
        </Title>
        <MembersTable members={data.cityMembers} city={city} actions={actions} viewer={viewer} />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="invitations-heading">
        <Title order={2} size="h3" id="invitations-heading">
          {t('invitations.heading')}
        </Title>
        <InvitationsTable invitations={data.cityInvitations} actions={actions} />
      </Stack>
      {actions.includes('CITY_MEMBERS_INVITE') && (
        <Paper withBorder p="lg" radius="md">
          <Stack component="section" gap="sm" aria-labelledby="invite-heading">
            <Title order={2} size="h3" id="invite-heading">
              {t('invitations.inviteHeading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('invitations.inviteIntro', { city: city.name })}
            </Text>
            <InviteForm city={city} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** `/kota/:slug/anggota`: the city's members and invitations, for its admins and platform admins. */
export function CityMembersPage() {
  const { slug = '' } = useParams();
  const { t } = useMembershipStrings();
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState label={t('common.loading')} />;
  if (!viewer) return <SignInRequired />;
  const actions = cityActions(viewer, slug);
  if (!actions.includes('CITY_MEMBERS_VIEW')) return <AccessDenied />;
  return <MembersContent slug={slug} viewer={viewer} actions={actions} />;
}
