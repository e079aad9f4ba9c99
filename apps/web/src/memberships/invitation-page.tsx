import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { QueryErrorView } from '../app/access-views';
import { formatDateTime } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { withNext } from '../app/safe-next';
import { LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { useViewer } from '../app/viewer';
import { AcceptInvitationDocument, type AcceptInvitationMutation, InvitationPreviewDocument } from '../gql/features/graphql';
import { InvitationStatusBadge, RoleBadge } from './badges';
import { useMembershipStrings } from './membership-strings';

type Membership = NonNullable<AcceptInvitationMutation['acceptInvitation']['membership']>;

function InvalidInvitation() {
  const { t } = useMembershipStrings();
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <PageTitle title={t('invitation.invalidTitle')} />
      <Title order={1}>{t('invitation.invalidTitle')}</Title>
      <Text>{t('invitation.invalidBody')}</Text>
      <Button component={Link} to="/" variant="default">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}

function Accepted({ membership }: { membership: Membership }) {
  const { t } = useMembershipStrings();
  return (
    <Stack gap="sm">
      <Alert color="teal" variant="light" role="status" title={t('invitation.acceptedTitle')}>
        {t('invitation.accepted', { city: membership.city.name, role: t(`roles.${membership.role}`) })}
      </Alert>
      <Group>
        <Button component={Link} to={`/kota/${membership.city.slug}`}>
          {t('invitation.openCity', { city: membership.city.name })}
        </Button>
        <Button component={Link} to="/profil" variant="default">
          {t('invitation.openProfile')}
        </Button>
      </Group>
    </Stack>
  );
}

function AcceptButton({ token, onAccepted }: { token: string; onAccepted: (membership: Membership) => void }) {
  const { t } = useMembershipStrings();
  const { generalErrors, failed, submit } = useMutationForm();
  // `me.memberships` gains the city: the header menu and the profile update.
  const [accept, { loading }] = useMutation(AcceptInvitationDocument, { refetchQueries: ['Me'] });

  const onAccept = () => {
    void submit({
      send: async () => (await accept({ variables: { input: { token } } })).data?.acceptInvitation,
      done: ({ membership }) => {
        if (membership) onAccepted(membership);
      },
    });
  };

  return (
    <Stack gap="sm" align="flex-start">
      <FormErrors errors={generalErrors} failed={failed} title={t('invitation.acceptFailed')} />
      <Button onClick={onAccept} loading={loading}>
        {t('invitation.accept')}
      </Button>
    </Stack>
  );
}

/** `/undangan?token=…` (the link in the invitation e-mail): what the invitation is, and accept it. */
export function InvitationPage() {
  const { t, i18n } = useMembershipStrings();
  const language = currentLanguage(i18n);
  const [params] = useSearchParams();
  const location = useLocation();
  const token = params.get('token')?.trim() ?? '';
  const { viewer, loading: viewerLoading } = useViewer();
  const [accepted, setAccepted] = useState<Membership | null>(null);
  const { data, error, refetch, networkStatus } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    skip: !token,
    notifyOnNetworkStatusChange: true,
  });

  if (!token) return <InvalidInvitation />;
  if (error && !data) {
    return (
      <QueryErrorView
        error={error}
        message={t('invitation.error')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {});
        }}
      />
    );
  }
  if (!data || viewerLoading) return <LoadingState label={t('invitation.loading')} />;
  const invitation = data.invitation;
  if (!invitation) return <InvalidInvitation />;

  const here = `${location.pathname}${location.search}`;
  const title = t('invitation.title', { city: invitation.city.name });
  const status = accepted ? 'ACCEPTED' : invitation.status;
  return (
    <Stack gap="lg" maw={640}>
      <PageTitle title={title} />
      <Title order={1}>{title}</Title>
      <Paper withBorder p="lg" radius="md">
        <dl className="definition-list">
          <dt>{t('invitation.city')}</dt>
          <dd>
            <Anchor component={Link} to={`/kota/${invitation.city.slug}`}>
              {invitation.city.name}
            </Anchor>
          </dd>
          <dt>{t('invitation.role')}</dt>
          <dd>
            <RoleBadge role={invitation.role} />
          </dd>
          <dt>{t('invitation.for')}</dt>
          <dd>{invitation.emailHint}</dd>
          <dt>{t('invitation.status')}</dt>
          <dd>
            <InvitationStatusBadge status={status} />
          </dd>
          <dt>{t('invitation.expires')}</dt>
          <dd>{formatDateTime(invitation.expiresAt, language)}</dd>
        </dl>
      </Paper>
      {accepted ? (
        <Accepted membership={accepted} />
      ) : status !== 'PENDING' ? (
        <Alert color="gray" variant="light" role="status">
          {t(`invitation.notPending.${status}`)}
        </Alert>
      ) : viewer ? (
        <Stack gap="sm">
          <Text>{t('invitation.signedInAs', { name: viewer.displayName, email: viewer.email })}</Text>
          <AcceptButton token={token} onAccepted={setAccepted} />
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text>{t('invitation.signInFirst', { email: invitation.emailHint })}</Text>
          <Group>
            <Button component={Link} to={withNext('/masuk', here)}>
              {t('invitation.signIn')}
            </Button>
            <Button component={Link} to={withNext('/daftar', here)} variant="default">
              {t('invitation.signUp')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
