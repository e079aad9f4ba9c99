import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { RequestPasswordResetDocument } from '../gql/features/graphql';
import { useAccountStrings } from './account-strings';
import { AuthPage, EmailField, FormFieldset } from './form-parts';

/**
 * `/lupa-sandi`: asks for a reset link. The answer never tells whether the address has an
 * account (only malformed input is refused).
 */
export function ForgotPasswordPage() {
  const { t } = useAccountStrings();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['email']);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { email: email.trim() };
    void submit({
      invalid: requiredErrors({ email }, t('forms.required')),
      send: async () => (await requestReset({ variables: { input } })).data?.requestPasswordReset,
      done: () => setSentTo(input.email),
    });
  };

  return (
    <AuthPage title={t('account.forgot.title')}>
      {sentTo ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" title={t('account.forgot.sentTitle')}>
            {t('account.forgot.sent', { email: sentTo })}
          </Alert>
          <Anchor component={Link} to="/masuk">
            {t('account.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form noValidate onSubmit={onSubmit} aria-label={t('account.forgot.title')}>
          <FormFieldset disabled={loading}>
            <Stack gap="md">
              <Text size="sm">{t('account.forgot.intro')}</Text>
              <FormErrors errors={generalErrors} failed={failed} />
              <EmailField
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldErrors.email}
              />
              <Button type="submit" loading={loading}>
                {t('account.forgot.submit')}
              </Button>
              <Anchor component={Link} to="/masuk" size="sm">
                {t('account.backToSignIn')}
              </Anchor>
            </Stack>
          </FormFieldset>
        </form>
      )}
    </AuthPage>
  );
}
