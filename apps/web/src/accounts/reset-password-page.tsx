import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { ResetPasswordDocument } from '../gql/features/graphql';
import { AuthPage, FormFieldset, PasswordField } from './form-parts';
import { PASSWORD_LENGTHS } from './password-strength';

/** `/atur-ulang-sandi?token=…` (the link in the reset e-mail): choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  // "token" errors (invalid, expired, used) have no field on this form: shown at the top.
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['password']);

  if (!token) {
    return (
      <AuthPage title={t('account.reset.title')}>
        <Stack gap="md">
          <Alert color="red" variant="light" role="alert">
            {t('account.reset.missingToken')}
          </Alert>
          <Anchor component={Link} to="/lupa-sandi">
            {t('account.reset.requestNew')}
          </Anchor>
        </Stack>
      </AuthPage>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { token, password };
    void submit({
      invalid: requiredErrors({ password }, t('forms.required')),
      send: async () => (await resetPassword({ variables: { input } })).data?.resetPassword,
      done: ({ passwordChanged }) => setDone(passwordChanged),
    });
  };

  const tokenProblem = generalErrors.some((error) => error.field === 'token');
  return (
    <AuthPage title={t('account.reset.title')}>
      {done ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" title={t('account.reset.doneTitle')}>
            {t('account.reset.done')}
          </Alert>
          <Button component={Link} to="/masuk">
            {t('account.reset.toSignIn')}
          </Button>
        </Stack>
      ) : (
        <form noValidate onSubmit={onSubmit} aria-label={t('account.reset.title')}>
          <FormFieldset disabled={loading}>
            <Stack gap="md">
              <Text size="sm">{t('account.reset.intro')}</Text>
              <FormErrors errors={generalErrors} failed={failed} />
              {tokenProblem && (
                <Anchor component={Link} to="/lupa-sandi">
                  {t('account.reset.requestNew')}
                </Anchor>
              )}
              <PasswordField
                label={t('account.newPassword')}
                description={t('account.passwordHint', PASSWORD_LENGTHS)}
                autoComplete="new-password"
                withAsterisk
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
              />
              <Button type="submit" loading={loading}>
                {t('account.reset.submit')}
              </Button>
            </Stack>
          </FormFieldset>
        </form>
      )}
    </AuthPage>
  );
}
