import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryErrorView, SignInRequired } from '../../app/access-views';
import { PageTitle } from '../../app/page-title';
import { LoadingState } from '../../app/status-views';
import { FormErrors, type UserError } from '../../app/user-errors';
import { useViewer, type Viewer } from '../../app/viewer';
import { EditorCreatePracticeDocument, EditorPracticeTopicsDocument } from '../../gql/features/graphql';
import { EditorForm } from './editor-form';
import { useEditorValues } from './editor-parts';
import { emptyValues, formField, inputOf, validate } from './editor-values';
import { useWritingMessages } from './writing-messages';
import { forgetPracticeLists } from './forget-lists';

/** The cities the viewer writes for (editor or admin): the only ones a practice can be created in. */
export const writableCities = (viewer: Viewer) =>
  viewer.memberships.filter((m) => m.allowedActions.includes('PRACTICE_CREATE')).map((m) => m.city);

function NewPracticeForm({ viewer, topics }: { viewer: Viewer; topics: { code: string; label: string }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cities = writableCities(viewer);
  const form = useEditorValues(() => emptyValues(cities.length === 1 ? cities[0]?.slug : ''));
  const problems = validate(form.values, { needsCity: true });
  const [create, { loading }] = useMutation(EditorCreatePracticeDocument, { update: forgetPracticeLists });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<UserError[]>([]);
  const [failed, setFailed] = useState(false);

  const save = async () => {
    form.showAll();
    setFailed(false);
    if (Object.keys(problems).length > 0) return;
    const { input, textLanguages, linkRows } = inputOf(form.values);
    try {
      const { data } = await create({ variables: { input: { ...input, citySlug: form.values.citySlug } } });
      const payload = data?.createPractice;
      if (!payload) throw new Error('no answer');
      const fields: Record<string, string> = {};
      const general: UserError[] = [];
      for (const error of payload.userErrors) {
        if (error.field) {
          const key = formField(error.field, textLanguages, linkRows);
          fields[key] = fields[key] ? `${fields[key]} ${error.message}` : error.message;
        } else general.push(error);
      }
      setServerErrors(fields);
      setGeneralErrors(general);
      if (payload.practice) navigate(`/praktik/${payload.practice.id}/ubah`, { replace: true, state: { created: true } });
    } catch {
      setFailed(true);
    }
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" radius="md" className="practice-editor-bar">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" role="status" aria-live="polite" c="dimmed">
            {t('practiceEditor.status.notCreated')}
          </Text>
          <Button onClick={() => void save()} loading={loading}>
            {t('practiceEditor.createDraft')}
          </Button>
        </Group>
      </Paper>
      <FormErrors errors={generalErrors} failed={failed} />
      {Object.keys(serverErrors).length > 0 && (
        <Alert color="red" variant="light" role="alert">
          {t('practiceEditor.fixMarked')}
        </Alert>
      )}
      <EditorForm
        values={form.values}
        onChange={form.onChange}
        problems={problems}
        shown={form.shown}
        serverErrors={serverErrors}
        cities={cities}
        topics={topics}
      />
      <Group>
        <Button onClick={() => void save()} loading={loading}>
          {t('practiceEditor.createDraft')}
        </Button>
      </Group>
    </Stack>
  );
}

/** /praktik/baru: a new practice; saved as a draft by the button, autosaved from then on. */
export function NewPracticePage() {
  useWritingMessages();
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const topics = useQuery(EditorPracticeTopicsDocument, { skip: !viewer });
  const heading = (
    <>
      <PageTitle title={t('practiceEditor.newTitle')} />
      <Title order={1}>{t('practiceEditor.newTitle')}</Title>
    </>
  );
  if (loading) return <LoadingState label={t('practiceEditor.loading')} />;
  if (!viewer) return <SignInRequired />;
  if (writableCities(viewer).length === 0) {
    return (
      <Stack gap="md" py="xl" align="flex-start">
        {heading}
        <Text>{t('practiceEditor.noCity')}</Text>
        <Button component={Link} to="/profil" variant="default">
          {t('practiceEditor.noCityAction')}
        </Button>
      </Stack>
    );
  }
  if (topics.error && !topics.data) return <QueryErrorView error={topics.error} message={t('practiceEditor.loadFailed')} onRetry={() => void topics.refetch()} />;
  if (!topics.data) return <LoadingState label={t('practiceEditor.loading')} />;
  return (
    <Stack gap="md">
      {heading}
      <Text>{t('practiceEditor.newIntro')}</Text>
      <NewPracticeForm viewer={viewer} topics={topics.data.practiceTopics} />
    </Stack>
  );
}
