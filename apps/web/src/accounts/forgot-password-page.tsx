import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrors, RequestFailed, requiredErrors, splitUserErrors, type UserError } from '../app/user-errors';
import { RequestPasswordResetDocument } from '../gql/accounts/graphql';
import { AuthPage, FormFieldset } from './form-parts';

/**
 * `/lupa-sandi`: asks for a reset link. The answer never tells whether the address has an
 * account (only malformed input is refused).
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<UserError[]>([]);
  const [failed, setFailed] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    setGeneralErrors([]);
    const missing = requiredErrors({ email }, t('forms.required'));
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const { data } = await requestReset({ variables: { input: { email: email.trim() } } });
      const result = data?.requestPasswordReset;
      if (!result) throw new Error('no answer');
      if (result.userErrors.length > 0) {
        const { fields, general } = splitUserErrors(result.userErrors, ['email']);
        setFieldErrors(fields);
        setGeneralErrors(general);
        return;
      }
      setSentTo(email.trim());
    } catch {
      setFailed(true);
    }
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
        <form noValidate onSubmit={submit} aria-label={t('account.forgot.title')}>
          <FormFieldset disabled={loading}>
            <Stack gap="md">
              <Text size="sm">{t('account.forgot.intro')}</Text>
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
