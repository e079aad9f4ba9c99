import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors } from '../app/user-errors';
import { useViewer } from '../app/viewer';
import { ConfirmEmailDocument } from '../gql/features/graphql';
import { useAccountStrings } from './account-strings';
import { AuthPage } from './form-parts';

/**
 * `/konfirmasi-email?token=…` (the link in the confirmation mail). Confirming takes a click: a mail
 * scanner that opens links must not confirm an address for its owner.
 */
export function ConfirmEmailPage() {
  const { t } = useAccountStrings();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const { viewer } = useViewer();
  const [confirmEmail, { loading }] = useMutation(ConfirmEmailDocument, { refetchQueries: ['Me'] });
  const [confirmed, setConfirmed] = useState(false);
  const { generalErrors, failed, submit } = useMutationForm();
  // A used, expired or unknown link: the profile page sends a new one. Signed out, an unconfirmed
  // account cannot sign in to get there; a password reset link confirms the address too.
  const newLink = (
    <Anchor component={Link} to={viewer ? '/profil' : '/lupa-sandi'}>
      {viewer ? t('account.confirmEmail.newLink') : t('account.confirmEmail.newLinkByReset')}
    </Anchor>
  );

  if (!token) {
    return (
      <AuthPage title={t('account.confirmEmail.title')}>
        <Stack gap="md">
          <Alert color="red" variant="light" role="alert">
            {t('account.confirmEmail.missingToken')}
          </Alert>
          {newLink}
        </Stack>
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t('account.confirmEmail.title')}>
      {confirmed ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" title={t('account.confirmEmail.doneTitle')}>
            {t('account.confirmEmail.done')}
          </Alert>
          <Button component={Link} to={viewer ? '/profil' : '/masuk'}>
            {viewer ? t('account.confirmEmail.toProfile') : t('account.confirmEmail.toSignIn')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t('account.confirmEmail.intro')}</Text>
          <FormErrors errors={generalErrors} failed={failed} />
          {generalErrors.length > 0 && newLink}
          <Button
            loading={loading}
            onClick={() =>
              void submit({
                send: async () => (await confirmEmail({ variables: { input: { token } } })).data?.confirmEmail,
                done: ({ emailConfirmed }) => setConfirmed(emailConfirmed),
              })
            }
          >
            {t('account.confirmEmail.submit')}
          </Button>
        </Stack>
      )}
    </AuthPage>
  );
}
