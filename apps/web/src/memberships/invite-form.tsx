import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormFieldset } from '../app/form-fieldset';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { CityMembersDocument, type CityRole, InviteCityMemberDocument } from '../gql/features/graphql';
import { CITY_ROLES, isCityRole } from './badges';
import type { City } from './city-members';
import { useMembershipStrings } from './membership-strings';

/** Invites an e-mail address to the city with a role; the new invitation joins the list. */
export function InviteForm({ city }: { city: City }) {
  const { t } = useMembershipStrings();
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
