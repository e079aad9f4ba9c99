import type { Action } from '@citybridge/domain';
import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMembershipStrings } from './membership-strings';
import '../app/stacked-table.css';
import { DemoBadge } from '../app/badges';
import { formatDate } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import type { Viewer } from '../app/viewer';
import type { CityRole } from '../gql/features/graphql';
import { CITY_ROLES, isCityRole, RoleBadge } from './badges';
import { ChangeRoleModal } from './change-role-modal';
import type { City, Member } from './city-members';
import { RemoveMemberModal } from './remove-member-modal';

/**
 * The city's members; a role select and a remove button for those whose actions allow them. Both ask
 * first. The city's only admin can be neither demoted nor removed (the API refuses it too): the
 * controls are disabled and say why.
 */
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
  const { t, i18n } = useMembershipStrings();
  const language = currentLanguage(i18n);
  const [changing, setChanging] = useState<{ member: Member; role: CityRole } | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const canChangeRole = actions.includes('CITY_MEMBERS_CHANGE_ROLE');
  const canRemove = actions.includes('CITY_MEMBERS_REMOVE');
  const soleAdmin = members.filter((m) => m.role === 'ADMIN').length === 1;

  if (members.length === 0) return <Text c="dimmed">{t('members.empty')}</Text>;
  const columns = { name: t('members.columns.name'), email: t('members.columns.email'), role: t('members.columns.role'), since: t('members.columns.since'), actions: t('members.columns.actions') };
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={680} type="native" className="stacked-table-scroll">
        <Table aria-label={t('members.tableLabel', { city: city.name })} verticalSpacing="xs" className="stacked-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{columns.name}</Table.Th>
              <Table.Th scope="col">{columns.email}</Table.Th>
              <Table.Th scope="col">{columns.role}</Table.Th>
              <Table.Th scope="col">{columns.since}</Table.Th>
              {canRemove && <Table.Th scope="col">{columns.actions}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const isViewer = member.user.id === viewer.id;
              const lastAdmin = soleAdmin && member.role === 'ADMIN';
              const hintId = `last-admin-${member.id}`;
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
                  <Table.Td data-label={columns.email} style={{ overflowWrap: 'anywhere' }}>
                    {member.user.email}
                  </Table.Td>
                  <Table.Td data-label={columns.role}>
                    {canChangeRole ? (
                      <NativeSelect
                        aria-label={t('members.roleLabel', { name: member.user.displayName })}
                        data={CITY_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                        value={member.role}
                        disabled={lastAdmin}
                        description={lastAdmin ? t('members.lastAdmin') : undefined}
                        inputWrapperOrder={['input', 'description']}
                        onChange={(event) => {
                          const role = event.currentTarget.value;
                          if (isCityRole(role) && role !== member.role) setChanging({ member, role });
                        }}
                        size="xs"
                        maw={200}
                      />
                    ) : (
                      <RoleBadge role={member.role} />
                    )}
                  </Table.Td>
                  <Table.Td data-label={columns.since}>{formatDate(member.createdAt, language)}</Table.Td>
                  {canRemove && (
                    <Table.Td data-label={columns.actions}>
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.8"
                        disabled={lastAdmin}
                        title={lastAdmin ? t('members.lastAdmin') : undefined}
                        onClick={() => setRemoving(member)}
                        aria-label={t('members.removeLabel', { name: member.user.displayName })}
                        aria-describedby={lastAdmin && !canChangeRole ? hintId : undefined}
                      >
                        {t('members.remove')}
                      </Button>
                      {lastAdmin && !canChangeRole && (
                        <Text id={hintId} size="xs" c="dimmed">
                          {t('members.lastAdmin')}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ChangeRoleModal change={changing} city={city} onClose={() => setChanging(null)} />
      <RemoveMemberModal member={removing} city={city} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
