import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorView } from '../app/access-views';
import { formatDateTime } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { type DevMailboxQuery, DevMailboxDocument } from '../gql/features/graphql';
import { LinkifiedText } from './linkify';

export const MAILBOX_SIZE = 50;
type Mail = DevMailboxQuery['devMailbox'][number];

function MailItem({ mail }: { mail: Mail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [open, setOpen] = useState(false);
  const headingId = `mail-${mail.id}`;
  const bodyId = `mail-body-${mail.id}`;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h5" id={headingId}>
              {mail.subject}
            </Title>
            <Text size="sm">{t('mailbox.to', { to: mail.to })}</Text>
            <Text size="xs" c="dimmed">
              <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, language)}</time>
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge color={mail.sentAt ? 'teal.9' : 'gray.8'} variant="filled" size="sm" style={{ textTransform: 'none' }}>
              {mail.sentAt
                ? t('mailbox.sent', { time: formatDateTime(mail.sentAt, language) })
                : t('mailbox.notSent')}
            </Badge>
            {mail.transport && (
              <Badge color="gray.8" variant="outline" size="sm" style={{ textTransform: 'none' }}>
                {mail.transport}
              </Badge>
            )}
          </Group>
        </Group>
        <Button
          size="compact-sm"
          variant="subtle"
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('mailbox.hide') : t('mailbox.show')}
        </Button>
        {open && (
          <div id={bodyId} className="preformatted">
            <LinkifiedText text={mail.text} />
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/** The API sends newest first; sort anyway so the page never depends on it. */
function newestFirst(mails: readonly Mail[]): Mail[] {
  return [...mails].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** `/dev/mailbox`: the mails the API would have sent (development only; production answers an error). */
export function MailboxPage() {
  const { t } = useTranslation();
  const { data, error, refetch, networkStatus } = useQuery(DevMailboxDocument, {
    variables: { first: MAILBOX_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const refreshing = networkStatus === NetworkStatus.refetch;

  let content: React.ReactNode;
  if (error && !data) {
    content = (
      <QueryErrorView
        error={error}
        message={t('mailbox.error')}
        showApiMessage
        retrying={refreshing}
        onRetry={() => {
          refetch().catch(() => {});
        }}
      />
    );
  } else if (!data) {
    content = <LoadingState label={t('mailbox.loading')} />;
  } else if (data.devMailbox.length === 0) {
    content = (
      <Paper withBorder p="lg">
        <Text fw={600}>{t('mailbox.empty')}</Text>
      </Paper>
    );
  } else {
    content = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {t('mailbox.count', { count: data.devMailbox.length })}
        </Text>
        {newestFirst(data.devMailbox).map((mail) => (
          <MailItem key={mail.id} mail={mail} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageTitle title={t('mailbox.title')} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap="xs">
          <Title order={1}>{t('mailbox.title')}</Title>
          <Text c="dimmed">{t('mailbox.intro')}</Text>
        </Stack>
        <Button
          variant="default"
          loading={refreshing}
          onClick={() => {
            refetch().catch(() => {});
          }}
        >
          {t('mailbox.refresh')}
        </Button>
      </Group>
      {content}
    </Stack>
  );
}
