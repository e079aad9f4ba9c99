import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { ConfirmModal } from '../app/confirm-modal';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { RevokeInvitationDocument } from '../gql/features/graphql';
import type { Invitation } from './city-members';
import { useMembershipStrings } from './membership-strings';

/** Asks before revoking `invitation` (open while it is set). */
export function RevokeInvitationModal({ invitation, onClose }: { invitation: Invitation | null; onClose: () => void }) {
  const { t } = useMembershipStrings();
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
