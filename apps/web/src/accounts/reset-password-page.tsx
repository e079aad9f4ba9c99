import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryErrorView } from '../app/access-views';
import { LoadingState } from '../app/status-views';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { PasswordResetLinkDocument, ResetPasswordDocument } from '../gql/features/graphql';
import { useAccountStrings } from './account-strings';
import { AuthPage, FormFieldset, PasswordField } from './form-parts';
import { PASSWORD_LENGTHS } from './password-strength';

/** Instead of the form, when the link cannot work: why, and a way to ask for a new one. */
function LinkProblem({ message }: { message: string }) {
  const { t } = useAccountStrings();
  return (
    <AuthPage title={t('account.reset.title')}>
      <Stack gap="md">
        <Alert color="red" variant="light" role="alert">
          {message}
        </Alert>
        <Anchor component={Link} to="/lupa-sandi">
          {t('account.reset.requestNew')}
        </Anchor>
      </Stack>
    </AuthPage>
  );
}

/** `/atur-ulang-sandi?token=…` (the link in the reset e-mail): choose a new password. */
export function ResetPasswordPage() {
  const { t } = useAccountStrings();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  // A used, superseded or expired link says so when opened, not after a new password is typed.
  const link = useQuery(PasswordResetLinkDocument, { variables: { token }, skip: !token, notifyOnNetworkStatusChange: true });
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  // "token" errors (invalid, expired, used) have no field on this form: shown at the top.
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(['password']);

  if (!token) return <LinkProblem message={t('account.reset.missingToken')} />;
  if (link.error && !link.data) {
    return (
      <QueryErrorView
        error={link.error}
        message={t('account.reset.linkError')}
        retrying={link.networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          link.refetch().catch(() => {});
        }}
      />
    );
  }
  if (!link.data) return <LoadingState label={t('account.reset.checkingLink')} />;
  const status = link.data.passwordResetLink;
  if (status !== 'VALID' && !done) return <LinkProblem message={t(`account.reset.link.${status}`)} />;

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
