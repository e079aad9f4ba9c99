import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import type { Action } from '@citybridge/domain';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CITY_ROLES, DemoBadge, InvitationStatusBadge, RoleBadge } from '../accounts/account-badges';
import { FormFieldset } from '../accounts/form-parts';
import { cityActions, useViewer, type Viewer } from '../accounts/viewer';
import { AccessDenied, QueryErrorView, SignInRequired } from '../app/access-views';
import { ConfirmModal } from '../app/confirm-modal';
import { formatDate, formatDateTime } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { NotFoundView } from '../app/not-found-page';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import {
  ChangeMemberRoleDocument,
  type CityMembersQuery,
  CityMembersDocument,
  type CityRole,
  InviteCityMemberDocument,
  RemoveCityMemberDocument,
  RevokeInvitationDocument,
} from '../gql/accounts/graphql';

type City = NonNullable<CityMembersQuery['city']>;
type Member = CityMembersQuery['cityMembers'][number];
type Invitation = CityMembersQuery['cityInvitations'][number];

function isCityRole(value: string): value is CityRole {
  return (CITY_ROLES as readonly string[]).includes(value);
}

function RemoveMemberModal({
  member,
  city,
  onClose,
}: {
  member: Member | null;
  city: City;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { generalErrors, failed, submit, reset } = useMutationForm();
  const [remove, { loading }] = useMutation(RemoveCityMemberDocument, {
    refetchQueries: ['Me'],
    update(cache, { data }) {
      const id = data?.removeCityMember.removedMembershipId;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'CityMembership', id }) });
      cache.gc();
    },
  });

  const close = () => {
    reset();
    onClose();
  };

  const confirm = () => {
    if (!member) return;
    const input = { membershipId: member.id };
    void submit({
      send: async () => (await remove({ variables: { input } })).data?.removeCityMember,
      done: ({ removedMembershipId }) => {
        if (removedMembershipId) close();
      },
    });
  };

  return (
    <ConfirmModal
      opened={member !== null}
      onClose={close}
      title={t('members.removeTitle')}
      confirmLabel={t('members.removeConfirm')}
      onConfirm={confirm}
      loading={loading}
    >
      {member && (
        <Text>{t('members.removeBody', { name: member.user.displayName, email: member.user.email, city: city.name })}</Text>
      )}
      <FormErrors errors={generalErrors} failed={failed} title={t('members.removeFailed')} />
    </ConfirmModal>
  );
}

function MembersTable({
  members,
  city,
  actions,
  viewer,
}: {
  members: readonly Member[];
  city: City;
  actions: readonly Action[];
  viewer: Viewer;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const roleChange = useMutationForm();
  const [changingId, setChangingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [changeRole] = useMutation(ChangeMemberRoleDocument, { refetchQueries: ['Me'] });
  const canChangeRole = actions.includes('CITY_MEMBERS_CHANGE_ROLE');
  const canRemove = actions.includes('CITY_MEMBERS_REMOVE');

  const onRoleChange = async (member: Member, role: string) => {
    if (!isCityRole(role) || role === member.role) return;
    setChangingId(member.id);
    const input = { membershipId: member.id, role };
    // On failure the cache keeps the old role, so the select shows it again.
    await roleChange.submit({
      send: async () => (await changeRole({ variables: { input } })).data?.changeMemberRole,
    });
    setChangingId(null);
  };

  if (members.length === 0) return <Text c="dimmed">{t('members.empty')}</Text>;
  return (
    <Stack gap="sm">
      <FormErrors errors={roleChange.generalErrors} failed={roleChange.failed} title={t('members.roleFailed')} />
      <Table.ScrollContainer minWidth={680} type="native">
        <Table aria-label={t('members.tableLabel', { city: city.name })} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('members.columns.email')}</Table.Th>
              <Table.Th scope="col">{t('members.columns.role')}</Table.Th>
              <Table.Th scope="col">{t('members.columns.since')}</Table.Th>
              {canRemove && <Table.Th scope="col">{t('members.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const isViewer = member.user.id === viewer.id;
              return (
                <Table.Tr key={member.id}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap={6} wrap="wrap">
                      <span>{member.user.displayName}</span>
                      {isViewer && (
                        <Text component="span" size="sm" c="dimmed">
                          {t('members.you')}
                        </Text>
                      )}
                      {isViewer && viewer.isDemo && <DemoBadge />}
                    </Group>
                  </Table.Th>
                  <Table.Td>{member.user.email}</Table.Td>
                  <Table.Td>
                    {canChangeRole ? (
                      <NativeSelect
                        aria-label={t('members.roleLabel', { name: member.user.displayName })}
                        data={CITY_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                        value={member.role}
                        disabled={changingId === member.id}
                        onChange={(event) => void onRoleChange(member, event.currentTarget.value)}
                        size="xs"
                        maw={160}
                      />
                    ) : (
                      <RoleBadge role={member.role} />
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(member.createdAt, language)}</Table.Td>
                  {canRemove && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.8"
                        onClick={() => setRemoving(member)}
                        aria-label={t('members.removeLabel', { name: member.user.displayName })}
                      >
                        {t('members.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RemoveMemberModal member={removing} city={city} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function RevokeInvitationModal({ invitation, onClose }: { invitation: Invitation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { generalErrors, failed, submit, reset } = useMutationForm();
  const [revoke, { loading }] = useMutation(RevokeInvitationDocument);

  const close = () => {
    reset();
    onClose();
  };

  const confirm = () => {
    if (!invitation) return;
    const input = { invitationId: invitation.id };
    void submit({
      send: async () => (await revoke({ variables: { input } })).data?.revokeInvitation,
      done: close,
    });
  };

  return (
    <ConfirmModal
      opened={invitation !== null}
      onClose={close}
      title={t('invitations.revokeTitle')}
      confirmLabel={t('invitations.revokeConfirm')}
      onConfirm={confirm}
      loading={loading}
    >
      {invitation && <Text>{t('invitations.revokeBody', { email: invitation.email })}</Text>}
      <FormErrors errors={generalErrors} failed={failed} />
    </ConfirmModal>
  );
}

function InvitationsTable({ invitations, actions }: { invitations: readonly Invitation[]; actions: readonly Action[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const canRevoke = actions.includes('CITY_INVITATIONS_REVOKE');
  if (invitations.length === 0) return <Text c="dimmed">{t('invitations.empty')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table aria-label={t('invitations.tableLabel')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('invitations.columns.email')}</Table.Th>
              <Table.Th scope="col">{t('invitations.columns.role')}</Table.Th>
              <Table.Th scope="col">{t('invitations.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('invitations.columns.expires')}</Table.Th>
              <Table.Th scope="col">{t('invitations.columns.invitedBy')}</Table.Th>
              {canRevoke && <Table.Th scope="col">{t('invitations.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Th scope="row" fw={500}>
                  {invitation.email}
                </Table.Th>
                <Table.Td>
                  <RoleBadge role={invitation.role} />
                </Table.Td>
                <Table.Td>
                  <InvitationStatusBadge status={invitation.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(invitation.expiresAt, language)}</Table.Td>
                <Table.Td>{invitation.invitedBy?.displayName ?? t('common.empty')}</Table.Td>
                {canRevoke && (
                  <Table.Td>
                    {invitation.status === 'PENDING' ? (
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.8"
                        onClick={() => setRevoking(invitation)}
                        aria-label={t('invitations.revokeLabel', { email: invitation.email })}
                      >
                        {t('invitations.revoke')}
                      </Button>
                    ) : (
                      t('common.empty')
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RevokeInvitationModal invitation={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

function InviteForm({ city }: { city: City }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CityRole>('MEMBER');
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['email', 'role']);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteCityMemberDocument, {
    update(cache, { data }) {
      const invitation = data?.inviteCityMember.invitation;
      if (!invitation) return;
      cache.updateQuery({ query: CityMembersDocument, variables: { citySlug: city.slug } }, (existing) =>
        existing ? { ...existing, cityInvitations: [invitation, ...existing.cityInvitations] } : existing,
      );
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const input = { citySlug: city.slug, email: email.trim(), role };
    void submit({
      invalid: requiredErrors({ email }, t('forms.required')),
      send: async () => (await invite({ variables: { input } })).data?.inviteCityMember,
      done: ({ invitation }) => {
        if (!invitation) return;
        setSentTo(invitation.email);
        setEmail('');
      },
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="invite-heading">
      <FormFieldset disabled={loading}>
        <Stack gap="sm">
          {sentTo && (
            <Alert color="teal" variant="light" role="status">
              {t('invitations.sent', { email: sentTo })}
            </Alert>
          )}
          <FormErrors errors={generalErrors} failed={failed} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('invitations.email')}
              type="email"
              autoComplete="off"
              inputMode="email"
              withAsterisk
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldErrors.email}
              style={{ flex: '1 1 18rem' }}
            />
            <NativeSelect
              label={t('invitations.role')}
              data={CITY_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
              value={role}
              onChange={(event) => {
                const { value } = event.currentTarget;
                if (isCityRole(value)) setRole(value);
              }}
              error={fieldErrors.role}
            />
          </Group>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('invitations.submit')}
          </Button>
        </Stack>
      </FormFieldset>
    </form>
  );
}

function MembersContent({ slug, viewer, actions }: { slug: string; viewer: Viewer; actions: readonly Action[] }) {
  const { t } = useTranslation();
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
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState label={t('common.loading')} />;
  if (!viewer) return <SignInRequired />;
  const actions = cityActions(viewer, slug);
  if (!actions.includes('CITY_MEMBERS_VIEW')) return <AccessDenied />;
  return <MembersContent slug={slug} viewer={viewer} actions={actions} />;
}
