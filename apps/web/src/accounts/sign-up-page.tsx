import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrors, RequestFailed, requiredErrors, splitUserErrors, type UserError } from '../app/user-errors';
import { SignUpDocument } from '../gql/accounts/graphql';
import { AuthPage, FormFieldset, PasswordField } from './form-parts';
import { estimatePasswordStrength } from './password-strength';
import { safeNextPath, withNext } from './safe-next';
import { AlreadySignedIn } from './sign-in-page';
import { useViewer } from './viewer';

const FIELDS = ['displayName', 'email', 'password'] as const;

const STRENGTH_COLOR = { weak: 'red.9', fair: 'orange.9', strong: 'teal.9' } as const;

function StrengthMeter({ password }: { password: string }) {
  const { t } = useTranslation();
  const strength = estimatePasswordStrength(password);
  return (
    <Text size="sm" aria-live="polite" c={strength === 'empty' ? 'dimmed' : STRENGTH_COLOR[strength]}>
      {strength === 'empty' ? '\u00a0' : t(`account.strength.${strength}`)}
    </Text>
  );
}

/** `/daftar`: display name, e-mail and password; then `?next=` or /profil. */
export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  const next = safeNextPath(rawNext);
  const navigate = useNavigate();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<UserError[]>([]);
  const [failed, setFailed] = useState(false);
  const [finishing, setFinishing] = useState(false);

  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    setGeneralErrors([]);
    const missing = requiredErrors(values, t('forms.required'));
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const { data } = await signUp({
        variables: {
          input: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password },
        },
      });
      const result = data?.signUp;
      if (!result) throw new Error('no answer');
      if (result.userErrors.length > 0 || !result.user) {
        const { fields, general } = splitUserErrors(result.userErrors, FIELDS);
        setFieldErrors(fields);
        setGeneralErrors(general);
        return;
      }
      setFinishing(true);
      await client.resetStore().catch(() => {});
      await navigate(next, { replace: true });
    } catch {
      setFinishing(false);
      setFailed(true);
    }
  };

  const busy = loading || finishing;
  return (
    <AuthPage title={t('account.signUp.title')}>
      <Stack gap="md">
        {viewer && !busy && <AlreadySignedIn name={viewer.displayName} next={next} />}
        <form noValidate onSubmit={submit} aria-label={t('account.signUp.title')}>
          <FormFieldset disabled={busy}>
            <Stack gap="md">
              <FormErrors errors={generalErrors} />
              {failed && <RequestFailed />}
              <TextInput
                label={t('account.displayName')}
                description={t('account.displayNameHint')}
                autoComplete="name"
                withAsterisk
                value={values.displayName}
                onChange={set('displayName')}
                error={fieldErrors.displayName}
              />
              <TextInput
                label={t('account.email')}
                type="email"
                autoComplete="email"
                inputMode="email"
                withAsterisk
                value={values.email}
                onChange={set('email')}
                error={fieldErrors.email}
              />
              <Stack gap={4}>
                <PasswordField
                  label={t('account.password')}
                  description={t('account.passwordHint')}
                  autoComplete="new-password"
                  withAsterisk
                  value={values.password}
                  onChange={set('password')}
                  error={fieldErrors.password}
                />
                <StrengthMeter password={values.password} />
              </Stack>
              <Button type="submit" loading={busy}>
                {t('account.signUp.submit')}
              </Button>
            </Stack>
          </FormFieldset>
        </form>
        <Text size="sm">
          {t('account.signUp.haveAccount')}{' '}
          <Anchor component={Link} to={rawNext ? withNext('/masuk', next) : '/masuk'}>
            {t('account.signUp.toSignIn')}
          </Anchor>
        </Text>
      </Stack>
    </AuthPage>
  );
}
