import '../app/form-styles';
import {
  Paper,
  PasswordInput,
  type PasswordInputProps,
  Stack,
  TextInput,
  type TextInputProps,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../app/page-title';
import { useAccountStrings } from './account-strings';

/** A narrow, centred card for the sign-in, sign-up and password pages. */
export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="lg" maw={460} mx="auto" py="md">
      <PageTitle title={title} />
      <Title order={1}>{title}</Title>
      <Paper withBorder p="lg" radius="md">
        {children}
      </Paper>
    </Stack>
  );
}

/** The account's e-mail address (required), as the sign-in, sign-up and password pages ask for it. */
export function EmailField(props: TextInputProps) {
  const { t } = useAccountStrings();
  return (
    <TextInput label={t('account.email')} type="email" autoComplete="email" inputMode="email" withAsterisk {...props} />
  );
}

/** A password field whose show/hide button is labelled in the UI language. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useAccountStrings();
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('account.togglePassword') }}
      // Mantine marks the inner input only with data-invalid: tell assistive technology too.
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}

export { FormFieldset } from '../app/form-fieldset';
