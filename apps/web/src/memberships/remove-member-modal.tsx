import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { ConfirmModal } from '../app/confirm-modal';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { RemoveCityMemberDocument } from '../gql/features/graphql';
import type { City, Member } from './city-members';
import { useMembershipStrings } from './membership-strings';

/** Asks before removing `member` (open while it is set) from the city. */
export function RemoveMemberModal({
  member,
  city,
  onClose,
}: {
  member: Member | null;
  city: City;
  onClose: () => void;
}) {
  const { t } = useMembershipStrings();
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
