import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { safeNextPath, withNext } from '../app/safe-next';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { useViewer } from '../app/viewer';
import { SignUpDocument } from '../gql/features/graphql';
import { useAccountStrings } from './account-strings';
import { AuthPage, EmailField, FormFieldset, PasswordField } from './form-parts';
import { estimatePasswordStrength, PASSWORD_LENGTHS } from './password-strength';
import { AlreadySignedIn } from './sign-in-page';

const FIELDS = ['displayName', 'email', 'password'] as const;

const STRENGTH_COLOR = { weak: 'red.9', fair: 'orange.9', strong: 'teal.9' } as const;

function StrengthMeter({ password }: { password: string }) {
  const { t } = useAccountStrings();
  const strength = estimatePasswordStrength(password);
  return (
    <Text size="sm" aria-live="polite" c={strength === 'empty' ? 'dimmed' : STRENGTH_COLOR[strength]}>
      {strength === 'empty' ? '\u00a0' : t(`account.strength.${strength}`)}
    </Text>
  );
}

/**
 * `/daftar`: display name, e-mail and password; then "check your inbox", whether the address was
 * new (a confirmation link) or already had an account (a note to its owner): the API answers both
 * alike and signs nobody in, so the page cannot tell them apart either. `?next=` goes on to sign-in.
 */
export function SignUpPage() {
  const { t } = useAccountStrings();
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  const next = safeNextPath(rawNext);
  const { viewer } = useViewer();
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(FIELDS);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password };
    void submit({
      invalid: requiredErrors(values, t('forms.required')),
      send: async () => (await signUp({ variables: { input } })).data?.signUp,
      done: ({ accepted }) => accepted && setSentTo(input.email),
    });
  };

  const busy = loading;
  const signInPath = rawNext ? withNext('/masuk', next) : '/masuk';
  if (sentTo) {
    return (
      <AuthPage title={t('account.signUp.title')}>
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" title={t('account.signUp.sentTitle')}>
            {t('account.signUp.sent', { email: sentTo })}
          </Alert>
          <Anchor component={Link} to={signInPath}>
            {t('account.signUp.toSignIn')}
          </Anchor>
        </Stack>
      </AuthPage>
    );
  }
  return (
    <AuthPage title={t('account.signUp.title')}>
      <Stack gap="md">
        {viewer && !busy && <AlreadySignedIn name={viewer.displayName} next={next} />}
        <form noValidate onSubmit={onSubmit} aria-label={t('account.signUp.title')}>
          <FormFieldset disabled={busy}>
            <Stack gap="md">
              <FormErrors errors={generalErrors} failed={failed} />
              <TextInput
                label={t('account.displayName')}
                description={t('account.displayNameHint')}
                autoComplete="name"
                withAsterisk
                value={values.displayName}
                onChange={set('displayName')}
                error={fieldErrors.displayName}
              />
              <EmailField value={values.email} onChange={set('email')} error={fieldErrors.email} />
              <Stack gap={4}>
                <PasswordField
                  label={t('account.password')}
                  description={t('account.passwordHint', PASSWORD_LENGTHS)}
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
          <Anchor component={Link} to={signInPath}>
            {t('account.signUp.toSignIn')}
          </Anchor>
        </Text>
      </Stack>
    </AuthPage>
  );
}
