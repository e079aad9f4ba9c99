import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserErrorFieldsFragment } from '../gql/graphql';
import { currentLanguage } from './i18n';

export type UserError = UserErrorFieldsFragment;

/** The error's text in `language` (the API sends every language), else as the API answered. */
export function userErrorText(error: UserError, language: string): string {
  return error.messages?.find((m) => m.language === language)?.text ?? error.message;
}

export interface SplitUserErrors {
  /** Message(s) per visible form field. */
  fields: Record<string, string>;
  /** Errors without a field, or for a field the form does not show (e.g. "token"). */
  general: UserError[];
}

/**
 * Puts each userError next to its field when the form shows that field (as text in `language`),
 * else at the top.
 */
export function splitUserErrors(errors: readonly UserError[], formFields: readonly string[], language: string): SplitUserErrors {
  const fields: Record<string, string> = {};
  const general: UserError[] = [];
  for (const error of errors) {
    if (error.field && formFields.includes(error.field)) {
      const text = userErrorText(error, language);
      fields[error.field] = fields[error.field] ? `${fields[error.field]} ${text}` : text;
    } else {
      general.push(error);
    }
  }
  return { fields, general };
}

/** Client-side check before asking the API: the required fields that are blank. */
export function requiredErrors(values: Record<string, string>, message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) if (!value.trim()) errors[field] = message;
  return errors;
}

function ErrorLine({ error }: { error: UserError }) {
  const { t, i18n } = useTranslation();
  const hint = t(`userErrorHints.${error.code}`, { defaultValue: '' });
  return (
    <Stack gap={2}>
      <Text inherit>{userErrorText(error, currentLanguage(i18n)) || t('forms.requestFailed')}</Text>
      {hint && (
        <Text inherit size="sm">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/** A request that failed outright (network, server error): one translated line. */
function RequestFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('forms.errorTitle')}>
      {t('forms.requestFailed')}
    </Alert>
  );
}

/**
 * What went wrong with the last submission, announced as alerts: the userErrors that belong to
 * the whole form (or to no visible field), and `failed` for a request that failed outright.
 */
export function FormErrors({
  errors,
  failed = false,
  title,
}: {
  errors: readonly UserError[];
  failed?: boolean;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {errors.length > 0 && (
        <Alert color="red" variant="light" role="alert" title={title ?? t('forms.errorTitle')}>
          {errors.length === 1 ? (
            <ErrorLine error={errors[0] as UserError} />
          ) : (
            <List size="sm">
              {errors.map((error) => (
                <List.Item key={`${error.field}-${error.code}`}>
                  <ErrorLine error={error} />
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {failed && <RequestFailed />}
    </>
  );
}
