import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutationForm } from '../app/use-mutation-form';
import { FormErrors, requiredErrors } from '../app/user-errors';
import { SignUpDocument } from '../gql/features/graphql';
import { AuthPage, EmailField, FormFieldset, PasswordField } from './form-parts';
import { estimatePasswordStrength, PASSWORD_LENGTHS } from './password-strength';
import { safeNextPath, withNext } from '../app/safe-next';
import { AlreadySignedIn, useFinishSignIn } from './sign-in-page';
import { useViewer } from '../app/viewer';

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
  const { viewer } = useViewer();
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const { fieldErrors, generalErrors, failed, submit } = useMutationForm(FIELDS);
  const { finishing, finishSignIn } = useFinishSignIn(next);

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
      done: ({ user }) => user && finishSignIn(),
    });
  };

  const busy = loading || finishing;
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
          <Anchor component={Link} to={rawNext ? withNext('/masuk', next) : '/masuk'}>
            {t('account.signUp.toSignIn')}
          </Anchor>
        </Text>
      </Stack>
    </AuthPage>
  );
}
