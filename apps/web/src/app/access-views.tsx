import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { withNext } from './safe-next';
import { errorKind, graphQLErrorMessage } from './graphql-errors';
import { PageTitle } from './page-title';
import { ErrorState } from './status-views';

/** Signed out on a page that needs an account: sign in (or up) and come back here. */
export function SignInRequired() {
  const { t } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <PageTitle title={t('access.signInTitle')} />
      <Title order={1}>{t('access.signInTitle')}</Title>
      <Text>{t('access.signInBody')}</Text>
      <Group>
        <Button component={Link} to={withNext('/masuk', here)}>
          {t('access.signIn')}
        </Button>
        <Button component={Link} to={withNext('/daftar', here)} variant="default">
          {t('access.signUp')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Signed in, but this page is not for this account. */
export function AccessDenied() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <PageTitle title={t('access.deniedTitle')} />
      <Title order={1}>{t('access.deniedTitle')}</Title>
      <Text>{t('access.deniedBody')}</Text>
      <Button component={Link} to="/" variant="default">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}

/**
 * A failed query: the sign-in view for UNAUTHENTICATED, the no-access view for FORBIDDEN,
 * otherwise `message` (and what the API said) with a retry button.
 */
export function QueryErrorView({
  error,
  message,
  onRetry,
  retrying,
  showApiMessage = false,
}: {
  error: unknown;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Also show the API's own error message (e.g. "not available in production"). */
  showApiMessage?: boolean;
}) {
  const { i18n } = useTranslation();
  const kind = errorKind(error);
  const detail = showApiMessage ? graphQLErrorMessage(error) : null;
  // The API's message is in the language of the request: after a language switch, ask again.
  const shownIn = useRef(i18n.language);
  useEffect(() => {
    if (shownIn.current === i18n.language) return;
    shownIn.current = i18n.language;
    if (detail && onRetry) onRetry();
  }, [i18n.language, detail, onRetry]);
  if (kind === 'unauthenticated') return <SignInRequired />;
  if (kind === 'forbidden') return <AccessDenied />;
  return (
    <Stack gap="sm">
      <PageTitle title={message} />
      <ErrorState message={detail ? `${message} ${detail}` : message} onRetry={onRetry} retrying={retrying} />
    </Stack>
  );
}
