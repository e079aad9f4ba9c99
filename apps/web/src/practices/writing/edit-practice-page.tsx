import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { AccessDenied, QueryErrorView, SignInRequired } from '../../app/access-views';
import { ConfirmModal } from '../../app/confirm-modal';
import { PageTitle } from '../../app/page-title';
import { LoadingState } from '../../app/status-views';
import { useMutationForm } from '../../app/use-mutation-form';
import { FormErrors } from '../../app/user-errors';
import { useViewer } from '../../app/viewer';
import {
  EditorArchivePracticeDocument,
  EditorPracticeDocument,
  EditorPracticeTopicsDocument,
  EditorSubmitPracticeDocument,
} from '../../gql/features/graphql';
import { EditorForm } from './editor-form';
import { DemoPracticeBadge, PracticeStateBadge, SaveStatusLine, useEditorValues } from './editor-parts';
import { type EditorPractice, valuesOf, validate } from './editor-values';
import { usePracticeSaver } from './use-practice-saver';
import { useWritingMessages } from './writing-messages';
import { forgetPracticeLists } from './forget-lists';

const titleOf = (practice: Pick<EditorPractice, 'texts'>) => practice.texts[0]?.title ?? '';

/** Asks before submitting; saves what is unsaved first, then submits the version just saved. */
function SubmitModal({
  opened,
  onClose,
  practice,
  save,
  onSubmitted,
}: {
  opened: boolean;
  onClose: () => void;
  practice: EditorPractice;
  save: () => Promise<number | null>;
  onSubmitted: () => void;
}) {
  const { t } = useTranslation();
  const { generalErrors, failed, submit, reset } = useMutationForm();
  const [submitPractice, { loading }] = useMutation(EditorSubmitPracticeDocument, { update: forgetPracticeLists });
  const [saving, setSaving] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  const close = () => {
    reset();
    setNotSaved(false);
    onClose();
  };
  const confirm = async () => {
    setNotSaved(false);
    setSaving(true);
    const version = await save();
    setSaving(false);
    if (version == null) {
      setNotSaved(true);
      return;
    }
    await submit({
      send: async () => (await submitPractice({ variables: { input: { practiceId: practice.id, expectedVersion: version } } })).data?.submitPractice,
      done: ({ practice: submitted }) => {
        if (!submitted) return;
        close();
        onSubmitted();
      },
    });
  };
  return (
    <ConfirmModal
      opened={opened}
      onClose={close}
      title={t('practiceEditor.submit.title')}
      confirmLabel={t('practiceEditor.submit.confirm')}
      onConfirm={() => void confirm()}
      loading={loading || saving}
      danger={false}
    >
      <Text>{t('practiceEditor.submit.body', { title: titleOf(practice), city: practice.city.name })}</Text>
      {notSaved && (
        <Alert color="red" variant="light" role="alert">
          {t('practiceEditor.submit.notSaved')}
        </Alert>
      )}
      <FormErrors errors={generalErrors} failed={failed} />
    </ConfirmModal>
  );
}

/** Archiving is final: asked for with the title, in red. */
function ArchiveSection({ practice }: { practice: EditorPractice }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { generalErrors, failed, submit, reset } = useMutationForm();
  const [archive, { loading }] = useMutation(EditorArchivePracticeDocument, { update: forgetPracticeLists });
  const close = () => {
    reset();
    setOpened(false);
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="archive-heading" style={{ borderColor: 'var(--mantine-color-red-7)' }}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="archive-heading">
          {t('practiceEditor.archive.heading')}
        </Title>
        <Text size="sm">{t('practiceEditor.archive.explain')}</Text>
        <Button color="red.8" variant="outline" onClick={() => setOpened(true)}>
          {t('practiceEditor.archive.button')}
        </Button>
      </Stack>
      <ConfirmModal
        opened={opened}
        onClose={close}
        title={t('practiceEditor.archive.title')}
        confirmLabel={t('practiceEditor.archive.confirm')}
        loading={loading}
        onConfirm={() =>
          void submit({
            send: async () => (await archive({ variables: { input: { practiceId: practice.id } } })).data?.archivePractice,
            done: () => close(),
          })
        }
      >
        <Text>{t('practiceEditor.archive.body', { title: titleOf(practice) })}</Text>
        <FormErrors errors={generalErrors} failed={failed} />
      </ConfirmModal>
    </Paper>
  );
}

/** One editing session of a practice: starts from the stored practice, ends with a reload. */
function EditorSession({
  practice,
  topics,
  onReload,
  reloading,
  created,
}: {
  practice: EditorPractice;
  topics: { code: string; label: string }[];
  onReload: () => void;
  reloading: boolean;
  created: boolean;
}) {
  const { t } = useTranslation();
  const form = useEditorValues(() => valuesOf(practice));
  const problems = validate(form.values, { needsCity: false });
  const valid = Object.keys(problems).length === 0;
  const auto = practice.state === 'DRAFT';
  const saver = usePracticeSaver(practice, form.values, { auto, valid });
  const [submitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const canSubmit = practice.state === 'DRAFT' && practice.allowedActions.includes('PRACTICE_SUBMIT');
  const canArchive = practice.allowedActions.includes('PRACTICE_ARCHIVE');
  const title = titleOf(practice) || t('practiceEditor.untitled');

  const saveNow = () => {
    form.showAll();
    if (valid) void saver.save();
  };

  return (
    <Stack gap="md">
      <PageTitle title={t('practiceEditor.editTitle', { title })} />
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <PracticeStateBadge state={practice.state} />
          {practice.isDemo && <DemoPracticeBadge />}
          <Text size="sm" c="dimmed">
            {practice.city.name}
          </Text>
        </Group>
        <Title order={1}>{t('practiceEditor.editTitle', { title })}</Title>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={`/praktik/${practice.id}`}>
            {t('practiceEditor.view')}
          </Anchor>
          <Anchor component={Link} to={`/praktik/${practice.id}/riwayat`}>
            {t('practiceEditor.historyLink')}
          </Anchor>
          <Anchor component={Link} to="/praktik-saya">
            {t('practiceEditor.mine')}
          </Anchor>
        </Group>
      </Stack>

      {created && (
        <Alert color="teal" variant="light" role="status">
          {t('practiceEditor.created')}
        </Alert>
      )}
      {practice.state === 'DRAFT' && practice.reviewComment && (
        <Alert color="yellow" variant="light" title={t('practiceEditor.returnedTitle')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{practice.reviewComment}</Text>
        </Alert>
      )}
      {(submitted || practice.state === 'IN_REVIEW') && (
        <Alert color="blue" variant="light" role="status" title={t('practiceEditor.inReviewTitle')}>
          {t('practiceEditor.inReviewBody')}
        </Alert>
      )}
      {practice.state === 'PUBLISHED' && (
        <Alert color="blue" variant="light">
          {t('practiceEditor.publishedBody')}
        </Alert>
      )}
      {saver.status === 'stale' && (
        <Alert color="red" variant="light" role="alert" title={t('practiceEditor.stale.title')}>
          <Stack gap="xs" align="flex-start">
            {saver.generalErrors
              .filter((e) => e.code === 'STALE_VERSION')
              .map((e) => (
                <Text key={e.code}>{e.message}</Text>
              ))}
            <Text>{t('practiceEditor.stale.body')}</Text>
            <Button onClick={onReload} loading={reloading}>
              {t('practiceEditor.stale.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      <FormErrors errors={saver.generalErrors.filter((e) => e.code !== 'STALE_VERSION')} />

      <Paper withBorder p="sm" radius="md" className="practice-editor-bar">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SaveStatusLine status={saver.status} savedAt={saver.savedAt} auto={auto} />
          <Group gap="sm" wrap="wrap">
            <Button variant="default" onClick={saveNow} loading={saver.status === 'saving'} disabled={saver.status === 'stale'}>
              {auto ? t('practiceEditor.saveNow') : t('practiceEditor.saveChanges')}
            </Button>
            {canSubmit && (
              <Button
                onClick={() => {
                  form.showAll();
                  if (valid) setSubmitting(true);
                }}
                disabled={saver.status === 'stale'}
              >
                {t('practiceEditor.submit.button')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>

      <EditorForm
        values={form.values}
        onChange={form.onChange}
        problems={problems}
        shown={form.shown}
        serverErrors={saver.fieldErrors}
        cities={null}
        cityName={practice.city.name}
        topics={topics}
      />

      {canArchive && practice.state !== 'ARCHIVED' && <ArchiveSection practice={practice} />}

      <SubmitModal
        opened={submitting}
        onClose={() => setSubmitting(false)}
        practice={practice}
        save={saver.save}
        onSubmitted={() => setSubmitted(true)}
      />
    </Stack>
  );
}

/** /praktik/:id/ubah: the editor of an existing practice (autosaved while it is a draft). */
export function EditPracticePage() {
  useWritingMessages();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // "Draft created" once: the flag leaves the history entry, so a reload does not repeat it.
  const [created] = useState(() => (location.state as { created?: boolean } | null)?.created === true);
  useEffect(() => {
    if (created) void navigate(location.pathname, { replace: true, state: null });
  }, [created, navigate, location.pathname]);
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error, refetch } = useQuery(EditorPracticeDocument, { variables: { id }, skip: !viewer });
  const topics = useQuery(EditorPracticeTopicsDocument, { skip: !viewer });
  const [session, setSession] = useState(0);
  const [reloading, setReloading] = useState(false);

  if (viewerLoading) return <LoadingState label={t('practiceEditor.loading')} />;
  if (!viewer) return <SignInRequired />;
  if ((error && !data) || (topics.error && !topics.data)) {
    return <QueryErrorView error={error ?? topics.error} message={t('practiceEditor.loadFailed')} onRetry={() => void refetch()} />;
  }
  if (!data || !topics.data) return <LoadingState label={t('practiceEditor.loading')} />;
  const practice = data.practice;
  if (!practice) {
    return (
      <Stack gap="md" py="xl" align="flex-start">
        <PageTitle title={t('practiceEditor.notFound')} />
        <Title order={1}>{t('practiceEditor.notFound')}</Title>
        <Text>{t('practiceEditor.notFoundBody')}</Text>
        <Button component={Link} to="/praktik-saya" variant="default">
          {t('practiceEditor.mine')}
        </Button>
      </Stack>
    );
  }
  if (practice.state === 'ARCHIVED') {
    return (
      <Stack gap="md" py="xl" align="flex-start">
        <PageTitle title={t('practiceEditor.archivedTitle')} />
        <Title order={1}>{t('practiceEditor.archivedTitle')}</Title>
        <Text>{t('practiceEditor.archivedBody', { title: titleOf(practice) })}</Text>
        <Group>
          <Button component={Link} to={`/praktik/${practice.id}`} variant="default">
            {t('practiceEditor.view')}
          </Button>
          <Button component={Link} to={`/praktik/${practice.id}/riwayat`} variant="default">
            {t('practiceEditor.historyLink')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (!practice.allowedActions.includes('PRACTICE_EDIT')) return <AccessDenied />;

  const reload = async () => {
    setReloading(true);
    try {
      await refetch();
      setSession((n) => n + 1);
    } finally {
      setReloading(false);
    }
  };
  return (
    <EditorSession
      key={`${practice.id}:${session}`}
      practice={practice}
      topics={topics.data.practiceTopics}
      onReload={() => void reload()}
      reloading={reloading}
      created={created && session === 0}
    />
  );
}
