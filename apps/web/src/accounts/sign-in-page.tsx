import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrors, RequestFailed, requiredErrors, splitUserErrors, type UserError } from '../app/user-errors';
import { SignInDocument } from '../gql/accounts/graphql';
import { AuthPage, FormFieldset, PasswordField } from './form-parts';
import { safeNextPath, withNext } from './safe-next';
import { useViewer } from './viewer';

const FIELDS = ['email', 'password'] as const;

/** Shown on /masuk and /daftar to someone who is already signed in. */
export function AlreadySignedIn({ name, next }: { name: string; next: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('account.alreadySignedIn', { name })}>
      <Anchor component={Link} to={next}>
        {t('account.continue')}
      </Anchor>
    </Alert>
  );
}

/** `/masuk`: e-mail and password; back to `?next=` (a path on this site) or to /profil. */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  const next = safeNextPath(rawNext);
  const navigate = useNavigate();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<UserError[]>([]);
  const [failed, setFailed] = useState(false);
  const [finishing, setFinishing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    setGeneralErrors([]);
    const missing = requiredErrors({ email, password }, t('forms.required'));
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      const result = data?.signIn;
      if (!result) throw new Error('no answer');
      if (result.userErrors.length > 0 || !result.user) {
        const { fields, general } = splitUserErrors(result.userErrors, FIELDS);
        setFieldErrors(fields);
        setGeneralErrors(general);
        return;
      }
      setFinishing(true);
      // Everything cached so far was fetched as a signed-out visitor.
      await client.resetStore().catch(() => {});
      await navigate(next, { replace: true });
    } catch {
      setFinishing(false);
      setFailed(true);
    }
  };

  const busy = loading || finishing;
  return (
    <AuthPage title={t('account.signIn.title')}>
      <Stack gap="md">
        {viewer && !busy && <AlreadySignedIn name={viewer.displayName} next={next} />}
        <form noValidate onSubmit={submit} aria-label={t('account.signIn.title')}>
          <FormFieldset disabled={busy}>
            <Stack gap="md">
              <FormErrors errors={generalErrors} />
              {failed && <RequestFailed />}
              <TextInput
                label={t('account.email')}
                type="email"
                autoComplete="email"
                inputMode="email"
                withAsterisk
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
