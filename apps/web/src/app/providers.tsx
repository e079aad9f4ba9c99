import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

/** Translation and design-system context, shared by the app and the tests. */
export function UiProviders({
  i18n,
  env,
  children,
}: {
  i18n: I18n;
  env?: 'default' | 'test';
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}
