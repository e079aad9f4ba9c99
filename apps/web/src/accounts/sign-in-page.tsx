import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath, withNext } from '../app/safe-next';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { useViewer } from '../app/viewer';
import { SignInDocument } from '../gql/features/graphql';
import { administersACity, MY_CITIES_PATH } from '../memberships/public';
import { useAccountStrings } from './account-strings';
import { AuthPage, EmailField, FormFieldset, PasswordField } from './form-parts';

const FIELDS = ['email', 'password'] as const;

/** Shown on /masuk and /daftar to someone who is already signed in. */
export function AlreadySignedIn({ name, next }: { name: string; next: string }) {
  const { t } = useAccountStrings();
  return (
    <Alert color="blue" variant="light" title={t('account.alreadySignedIn', { name })}>
      <Anchor component={Link} to={next}>
        {t('account.continue')}
      </Anchor>
    </Alert>
  );
}

/**
 * After signing in: fetch everything again as the new user and go to `next`. `finishing`
 * keeps the form disabled meanwhile; a failure on the way throws (the form shows it).
 */
function useFinishSignIn(next: string) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [finishing, setFinishing] = useState(false);
  const finishSignIn = async (to = next) => {
    setFinishing(true);
    try {
      // Everything cached so far was fetched as a signed-out visitor.
      await client.resetStore().catch(() => {});
      await navigate(to, { replace: true });
    } catch (error) {
      setFinishing(false);
      throw error;
    }
  };
  return { finishing, finishSignIn };
}

/** `/masuk`: e-mail and password; back to `?next=` (a path on this site), else city admins to /kota-saya and others to /profil. */
export function SignInPage() {
  const { t } = useAccountStrings();
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  const next = safeNextPath(rawNext);
  const { viewer } = useViewer();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(FIELDS);
  const { finishing, finishSignIn } = useFinishSignIn(next);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { email: email.trim(), password };
    void submit({
      invalid: requiredErrors({ email, password }, t('forms.required')),
      send: async () => (await signIn({ variables: { input } })).data?.signIn,
      // City admins land on their cities, unless they came for a page of their own.
      done: ({ user }) => user && finishSignIn(!rawNext && administersACity(user) ? MY_CITIES_PATH : next),
    });
  };

  const busy = loading || finishing;
  return (
    <AuthPage title={t('account.signIn.title')}>
      <Stack gap="md">
        {viewer && !busy && <AlreadySignedIn name={viewer.displayName} next={next} />}
        <form noValidate onSubmit={onSubmit} aria-label={t('account.signIn.title')}>
          <FormFieldset disabled={busy}>
            <Stack gap="md">
              <FormErrors errors={generalErrors} failed={failed} />
              <EmailField
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldErrors.email}
              />
              <PasswordField
                label={t('account.password')}
                autoComplete="current-password"
                withAsterisk
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
              />
              <Group justify="space-between" wrap="wrap">
                <Anchor component={Link} to="/lupa-sandi" size="sm">
                  {t('account.signIn.forgot')}
                </Anchor>
                <Button type="submit" loading={busy}>
                  {t('account.signIn.submit')}
                </Button>
              </Group>
            </Stack>
          </FormFieldset>
        </form>
        <Text size="sm">
          {t('account.signIn.noAccount')}{' '}
          <Anchor component={Link} to={rawNext ? withNext('/daftar', next) : '/daftar'}>
            {t('account.signIn.toSignUp')}
          </Anchor>
        </Text>
      </Stack>
    </AuthPage>
  );
}
