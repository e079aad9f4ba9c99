import { useMutation } from '@apollo/client/react';
import type { Action } from '@citybridge/domain';
import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../app/badges';
import { formatDate } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import type { Viewer } from '../app/viewer';
import { ChangeMemberRoleDocument } from '../gql/features/graphql';
import { CITY_ROLES, isCityRole, RoleBadge } from './badges';
import type { City, Member } from './city-members';
import { RemoveMemberModal } from './remove-member-modal';

/** The city's members; a role select and a remove button for those whose actions allow them. */
export function MembersTable({
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
