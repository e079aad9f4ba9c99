import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { ConfirmModal } from '../app/confirm-modal';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { ChangeMemberRoleDocument, type CityRole } from '../gql/features/graphql';
import type { City, Member } from './city-members';
import { useMembershipStrings } from './membership-strings';

/** Asks before giving `change.member` the role `change.role` (open while `change` is set). */
export function ChangeRoleModal({
  change,
  city,
  onClose,
}: {
  change: { member: Member; role: CityRole } | null;
  city: City;
  onClose: () => void;
}) {
  const { t } = useMembershipStrings();
  const { generalErrors, failed, submit, reset } = useMutationForm();
  const [changeRole, { loading }] = useMutation(ChangeMemberRoleDocument, { refetchQueries: ['Me'] });

  const close = () => {
    reset();
    onClose();
  };

  const confirm = () => {
    if (!change) return;
    const input = { membershipId: change.member.id, role: change.role };
    void submit({
      send: async () => (await changeRole({ variables: { input } })).data?.changeMemberRole,
      done: ({ membership }) => {
        if (membership) close();
      },
    });
  };

  return (
    <ConfirmModal
      opened={change !== null}
      onClose={close}
      title={t('members.roleTitle')}
      confirmLabel={t('members.roleConfirm')}
      onConfirm={confirm}
      loading={loading}
      danger={false}
    >
      {change && (
        <Text>
          {t('members.roleBody', {
            name: change.member.user.displayName,
            city: city.name,
            from: t(`roles.${change.member.role}`),
            to: t(`roles.${change.role}`),
          })}
        </Text>
      )}
      <FormErrors errors={generalErrors} failed={failed} title={t('members.roleFailed')} />
    </ConfirmModal>
  );
}
