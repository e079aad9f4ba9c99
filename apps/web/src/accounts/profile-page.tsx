import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { DemoBadge } from '../app/badges';
import { formatDate } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { withNext } from '../app/safe-next';
import { ErrorState, LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { useViewer, type Viewer } from '../app/viewer';
import { MyRepresentationRequestsDocument, ResendEmailConfirmationDocument, UpdateProfileDocument } from '../gql/features/graphql';
import { RepresentationForm, RequestStatusBadge, RoleBadge } from '../memberships/public';
import { useAccountStrings } from './account-strings';
import { FormFieldset } from './form-parts';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function DisplayNameForm({ viewer }: { viewer: Viewer }) {
  const { t } = useAccountStrings();
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['displayName']);
  const [saved, setSaved] = useState(false);
  const [updateProfile, { loading }] = useMutation(UpdateProfileDocument);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = { displayName: displayName.trim() };
    void submit({
      invalid: requiredErrors({ displayName }, t('forms.required')),
      send: async () => (await updateProfile({ variables: { input } })).data?.updateProfile,
      done: () => setSaved(true),
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="profile-name-heading">
      <FormFieldset disabled={loading}>
        <Stack gap="sm" maw={560}>
          <FormErrors errors={generalErrors} failed={failed} />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('account.displayName')}
              autoComplete="name"
              withAsterisk
              value={displayName}
              onChange={(event) => {
                setDisplayName(event.currentTarget.value);
                setSaved(false);
              }}
              error={fieldErrors.displayName}
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
          {saved && (
            <Text size="sm" c="teal.9" role="status">
              {t('profilePage.nameSaved')}
            </Text>
          )}
        </Stack>
      </FormFieldset>
    </form>
  );
}

/** Shown until the owner opens the link mailed on sign-up; the button mails a new one. */
function EmailUnconfirmed({ email }: { email: string }) {
  const { t } = useAccountStrings();
  const [resend, { loading }] = useMutation(ResendEmailConfirmationDocument);
  const [sent, setSent] = useState(false);
  const { generalErrors, failed, submit } = useMutationForm();
  return (
    <Stack gap={6} align="flex-start" mt={4}>
      <Badge color="orange.9" variant="light" style={{ textTransform: 'none' }}>
        {t('profilePage.emailUnconfirmed')}
      </Badge>
      <Text size="sm">{t('profilePage.emailUnconfirmedHint')}</Text>
      <FormErrors errors={generalErrors} failed={failed} />
      <Button
        size="xs"
        variant="light"
        loading={loading}
        onClick={() =>
          void submit({
            send: async () => (await resend()).data?.resendEmailConfirmation,
            done: ({ sent: ok }) => setSent(ok),
          })
        }
      >
        {t('profilePage.resendConfirmation')}
      </Button>
      {sent && (
        <Text size="sm" c="teal.9" role="status">
          {t('profilePage.confirmationSent', { email })}
        </Text>
      )}
    </Stack>
  );
}

function Memberships({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useAccountStrings();
  const language = currentLanguage(i18n);
  if (viewer.memberships.length === 0) return <Text c="dimmed">{t('profilePage.noMemberships')}</Text>;
  return (
    <Table.ScrollContainer minWidth={480} type="native">
      <Table aria-label={t('profilePage.membershipsTable')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('profilePage.columns.city')}</Table.Th>
            <Table.Th scope="col">{t('profilePage.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('profilePage.columns.since')}</Table.Th>
            <Table.Th scope="col">{t('profilePage.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {viewer.memberships.map((membership) => (
            <Table.Tr key={membership.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/kota/${membership.city.slug}`}>
                  {membership.city.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <RoleBadge role={membership.role} />
              </Table.Td>
              <Table.Td>{formatDate(membership.createdAt, language)}</Table.Td>
              <Table.Td>
                {membership.allowedActions.includes('CITY_MEMBERS_VIEW') ? (
                  <Anchor component={Link} to={`/kota/${membership.city.slug}/anggota`} size="sm">
                    {t('profilePage.manageMembers')}
                  </Anchor>
                ) : (
                  t('common.empty')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MyRequests() {
  const { t, i18n } = useAccountStrings();
  const language = currentLanguage(i18n);
  const { data, error, refetch, networkStatus } = useQuery(MyRepresentationRequestsDocument, {
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) {
    return (
      <ErrorState
        message={t('profilePage.requestsError')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {});
        }}
      />
    );
  }
  if (!data) return <LoadingState label={t('profilePage.requestsLoading')} />;
  const requests = data.myRepresentationRequests;
  if (requests.length === 0) return <Text c="dimmed">{t('profilePage.noRequests')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table aria-label={t('profilePage.requestsTable')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('profilePage.columns.city')}</Table.Th>
            <Table.Th scope="col">{t('profilePage.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('profilePage.columns.requestedAt')}</Table.Th>
            <Table.Th scope="col">{t('profilePage.columns.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/kota/${request.city.slug}`}>
                  {request.city.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <RequestStatusBadge status={request.status} />
              </Table.Td>
              <Table.Td>{formatDate(request.createdAt, language)}</Table.Td>
              <Table.Td>{request.decisionNote ?? t('common.empty')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Profile({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useAccountStrings();
  const language = currentLanguage(i18n);
  return (
    <Stack gap="xl">
      <PageTitle title={t('profilePage.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('profilePage.title')}</Title>
        <Group gap="sm" wrap="wrap">
          <Text size="lg" fw={600}>
            {viewer.displayName}
          </Text>
          {viewer.isDemo && <DemoBadge />}
          {viewer.isPlatformAdmin && (
            <Badge color="grape.9" variant="filled" style={{ textTransform: 'none' }}>
              {t('profilePage.platformAdmin')}
            </Badge>
          )}
          {viewer.isResearcher && (
            <Badge color="cyan.9" variant="filled" style={{ textTransform: 'none' }}>
              {t('profilePage.researcher')}
            </Badge>
          )}
        </Group>
        <dl className="definition-list">
          <dt>{t('account.email')}</dt>
          <dd>
            <span>{viewer.email}</span>
            {!viewer.emailConfirmed && <EmailUnconfirmed email={viewer.email} />}
          </dd>
          <dt>{t('profilePage.memberSince')}</dt>
          <dd>{formatDate(viewer.createdAt, language)}</dd>
        </dl>
      </Stack>

      <Section id="profile-name-heading" title={t('profilePage.nameHeading')}>
        <DisplayNameForm viewer={viewer} />
      </Section>

      <Section id="profile-memberships-heading" title={t('profilePage.membershipsHeading')}>
        <Memberships viewer={viewer} />
      </Section>

      <Section id="profile-requests-heading" title={t('profilePage.requestsHeading')}>
        <MyRequests />
      </Section>

      <Paper withBorder p="lg" radius="md">
        <Section id="represent-heading" title={t('representation.heading')}>
          <Text size="sm" c="dimmed">
            {t('representation.intro')}
          </Text>
          <RepresentationForm />
        </Section>
      </Paper>
    </Stack>
  );
}

/** `/profil`: the signed-in user's own page; signed-out visitors are sent to sign in. */
export function ProfilePage() {
  const { t } = useAccountStrings();
  const { viewer, loading, error } = useViewer();
  if (loading) return <LoadingState label={t('common.loading')} />;
  if (!viewer) {
    if (error) {
      return (
        <Alert color="red" variant="light" role="alert">
          {t('profilePage.error')}
        </Alert>
      );
    }
    return <Navigate to={withNext('/masuk', '/profil')} replace />;
  }
  return <Profile viewer={viewer} />;
}
