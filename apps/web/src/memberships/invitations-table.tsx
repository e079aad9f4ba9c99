import type { Action } from '@citybridge/domain';
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMembershipStrings } from './membership-strings';
import '../app/stacked-table.css';
import { formatDateTime } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { InvitationStatusBadge, RoleBadge } from './badges';
import type { Invitation } from './city-members';
import { RevokeInvitationModal } from './revoke-invitation-modal';

/** The city's invitations with their status; pending ones can be revoked by those allowed. */
export function InvitationsTable({ invitations, actions }: { invitations: readonly Invitation[]; actions: readonly Action[] }) {
  const { t, i18n } = useMembershipStrings();
  const language = currentLanguage(i18n);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const canRevoke = actions.includes('CITY_INVITATIONS_REVOKE');
  if (invitations.length === 0) return <Text c="dimmed">{t('invitations.empty')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={720} type="native" className="stacked-table-scroll">
        <Table aria-label={t('invitations.tableLabel')} verticalSpacing="xs" className="stacked-table">
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
                <Table.Td data-label={t('invitations.columns.role')}>
                  <RoleBadge role={invitation.role} />
                </Table.Td>
                <Table.Td data-label={t('invitations.columns.status')}>
                  <InvitationStatusBadge status={invitation.status} />
                </Table.Td>
                <Table.Td data-label={t('invitations.columns.expires')}>{formatDateTime(invitation.expiresAt, language)}</Table.Td>
                <Table.Td data-label={t('invitations.columns.invitedBy')}>{invitation.invitedBy?.displayName ?? t('common.empty')}</Table.Td>
                {canRevoke && (
                  <Table.Td data-label={t('invitations.columns.actions')}>
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
