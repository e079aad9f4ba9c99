import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { PRACTICE_LIMITS } from '@citybridge/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorView, SignInRequired } from '../../app/access-views';
import { ConfirmModal } from '../../app/confirm-modal';
import { formatDate } from '../../app/format-time';
import { currentLanguage } from '../../app/i18n';
import { LoadMore } from '../../app/load-more';
import { PageTitle } from '../../app/page-title';
import { LoadingState } from '../../app/status-views';
import { useMutationForm } from '../../app/use-mutation-form';
import { FormErrors } from '../../app/user-errors';
import { useViewer } from '../../app/viewer';
import {
  type ReviewListFieldsFragment,
  ReviewPracticeDetailDocument,
  ReviewPublishPracticeDocument,
  ReviewQueueDocument,
  ReviewReturnPracticeDocument,
} from '../../gql/features/graphql';
import { DemoPracticeBadge } from './editor-parts';
import { useWritingMessages } from './writing-messages';
import { forgetPracticeLists } from './forget-lists';

type Item = ReviewListFieldsFragment;
const titleOf = (item: Pick<Item, 'texts'>) => item.texts[0]?.title ?? '';

/** The practice's texts as the reader will see them (the API's sanitised HTML). */
function ReviewDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ReviewPracticeDetailDocument, { variables: { id } });
  if (error && !data) return <Text c="red.9">{t('practiceEditor.review.detailFailed')}</Text>;
  const practice = data?.practice;
  if (!practice) return <LoadingState label={t('practiceEditor.loading')} />;
  return (
    <Stack gap="sm">
      {practice.agency && (
        <Text size="sm">
          {t('practiceEditor.fields.agency')}: {practice.agency}
        </Text>
      )}
      {practice.texts.map((text) => (
        <Stack key={text.language} gap="xs" lang={text.language.toLowerCase()} component="article">
          <Title order={3} size="h4">
            {text.title} ({t(`practiceEditor.languages.${text.language}`)})
          </Title>
          {(['summary', 'problem', 'approach', 'results', 'lessons'] as const).map((field) => {
            const html = text[`${field}Html`];
            if (!html) return null;
            return (
              <Stack key={field} gap={2}>
                <Text fw={600} size="sm">
                  {t(`practiceEditor.fields.${field}`)}
                </Text>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitises it. */}
                <div className="practice-markdown" dangerouslySetInnerHTML={{ __html: html }} />
              </Stack>
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}

type Decision = { kind: 'publish' | 'return'; item: Item };

function DecisionModal({ decision, onClose, onDone }: { decision: Decision | null; onClose: () => void; onDone: (d: Decision) => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const { fieldErrors, generalErrors, failed, submit, reset } = useMutationForm(['comment']);
  const [publish, publishing] = useMutation(ReviewPublishPracticeDocument, { update: forgetPracticeLists });
  const [sendBack, returning] = useMutation(ReviewReturnPracticeDocument, { update: forgetPracticeLists });
  const close = () => {
    reset();
    setComment('');
    onClose();
  };
  const confirm = () => {
    if (!decision) return;
    const input = { practiceId: decision.item.id, comment: comment.trim() };
    const tooLong = comment.trim().length > PRACTICE_LIMITS.reviewComment;
    if (decision.kind === 'publish') {
      void submit({
        invalid: tooLong ? { comment: t('practiceEditor.errors.tooLong', { max: PRACTICE_LIMITS.reviewComment }) } : {},
        send: async () => (await publish({ variables: { input: { ...input, comment: input.comment || null } } })).data?.publishPractice,
        done: () => {
          onDone(decision);
          close();
        },
      });
    } else {
      void submit({
        invalid: !input.comment
          ? { comment: t('practiceEditor.review.commentRequired') }
          : tooLong
            ? { comment: t('practiceEditor.errors.tooLong', { max: PRACTICE_LIMITS.reviewComment }) }
            : {},
        send: async () => (await sendBack({ variables: { input } })).data?.returnPractice,
        done: () => {
          onDone(decision);
          close();
        },
      });
    }
  };
  const kind = decision?.kind ?? 'publish';
  return (
    <ConfirmModal
      opened={decision !== null}
      onClose={close}
      title={t(`practiceEditor.review.${kind}Title`)}
      confirmLabel={t(`practiceEditor.review.${kind}Confirm`)}
      onConfirm={confirm}
      loading={publishing.loading || returning.loading}
      danger={kind === 'return'}
    >
      {decision && <Text>{t(`practiceEditor.review.${kind}Body`, { title: titleOf(decision.item), city: decision.item.city.name })}</Text>}
      <Textarea
        label={kind === 'return' ? t('practiceEditor.review.returnComment') : t('practiceEditor.review.publishComment')}
        withAsterisk={kind === 'return'}
        autosize
        minRows={3}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={fieldErrors.comment}
        data-autofocus
      />
      <FormErrors errors={generalErrors} failed={failed} />
    </ConfirmModal>
  );
}

function QueueItem({ item, onDecide }: { item: Item; onDecide: (d: Decision) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const title = titleOf(item);
  const headingId = `review-${item.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{item.city.name}</Text>
              {item.author && (
                <Text size="sm" c="dimmed">
                  {t('practiceEditor.review.by', { name: item.author.displayName })}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {t('practiceEditor.review.submittedOn', { date: formatDate(item.updatedAt, currentLanguage(i18n)) })}
              </Text>
              {item.isDemo && <DemoPracticeBadge />}
              {item.texts.map((text) => (
                <Badge key={text.language} variant="light" color="gray" style={{ textTransform: 'none' }}>
                  {t(`practiceEditor.languages.${text.language}`)}
                </Badge>
              ))}
            </Group>
          </Stack>
          <Button variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={`${headingId}-detail`}>
            {open ? t('practiceEditor.review.close') : t('practiceEditor.review.open')}
          </Button>
        </Group>
        {open && (
          <Stack gap="md" id={`${headingId}-detail`}>
            <ReviewDetail id={item.id} />
            <Group gap="sm" wrap="wrap">
              <Button onClick={() => onDecide({ kind: 'publish', item })}>{t('practiceEditor.review.publish')}</Button>
              <Button color="red.8" variant="outline" onClick={() => onDecide({ kind: 'return', item })}>
                {t('practiceEditor.review.return')}
              </Button>
              <Anchor component={Link} to={`/praktik/${item.id}/ubah`}>
                {t('practiceEditor.review.edit')}
              </Anchor>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** /praktik/tinjauan: what waits for the viewer's review, oldest first. */
export function ReviewQueuePage() {
  useWritingMessages();
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ReviewQueueDocument, {
    skip: !viewer,
    notifyOnNetworkStatusChange: true,
  });
  const [decision, setDecision] = useState<Decision | null>(null);
  const [done, setDone] = useState<Decision | null>(null);
  const heading = (
    <>
      <PageTitle title={t('practiceEditor.review.title')} />
      <Title order={1}>{t('practiceEditor.review.title')}</Title>
    </>
  );
  if (loading) return <LoadingState label={t('practiceEditor.loading')} />;
  if (!viewer) return <SignInRequired />;
  if (error && !data) {
    return <QueryErrorView error={error} message={t('practiceEditor.loadFailed')} onRetry={() => void refetch()} retrying={networkStatus === NetworkStatus.refetch} />;
  }
  const queue = data?.practicesToReview;
  return (
    <Stack gap="md">
      {heading}
      <Text>{t('practiceEditor.review.intro')}</Text>
      {done && (
        <Alert color="teal" variant="light" role="status">
          {t(`practiceEditor.review.${done.kind}Done`, { title: titleOf(done.item) })}
          {done.kind === 'publish' && (
            <>
              {' '}
              <Anchor component={Link} to={`/praktik/${done.item.id}`}>
                {t('practiceEditor.view')}
              </Anchor>
            </>
          )}
        </Alert>
      )}
      {!queue ? (
        <LoadingState label={t('practiceEditor.loading')} />
      ) : queue.nodes.length === 0 ? (
        <Text c="dimmed">{t('practiceEditor.review.empty')}</Text>
      ) : (
        <>
          <Stack component="ul" gap="sm" className="plain-list">
            {queue.nodes.map((item) => (
              <QueueItem key={item.id} item={item} onDecide={setDecision} />
            ))}
          </Stack>
          <LoadMore connection={queue} fetchMore={fetchMore} networkStatus={networkStatus} />
        </>
      )}
      <DecisionModal
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={(d) => setDone(d)}
      />
    </Stack>
  );
}
