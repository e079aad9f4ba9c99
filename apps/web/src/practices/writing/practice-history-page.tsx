import { useQuery } from '@apollo/client/react';
import { Anchor, Group, List, NativeSelect, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryErrorView } from '../../app/access-views';
import { formatDateTime } from '../../app/format-time';
import { currentLanguage } from '../../app/i18n';
import { PageTitle } from '../../app/page-title';
import { LoadingState } from '../../app/status-views';
import './writing.css';
import { type HistoryDiffQuery, HistoryDiffDocument, HistoryPracticeDocument } from '../../gql/features/graphql';
import { useWritingMessages } from './writing-messages';

type FieldDiff = NonNullable<HistoryDiffQuery['practiceRevisionDiff']>['fields'][number];

/** "texts.title" → "Judul (Bahasa Indonesia)"; unknown fields keep their name. */
function useFieldLabel() {
  const { t } = useTranslation();
  return (diff: FieldDiff) => {
    const name = diff.field.replace(/^texts\./, '');
    const label = t(`practiceEditor.fields.${name}`, { defaultValue: name, number: '' }).trim();
    return diff.language ? `${label} (${t(`practiceEditor.languages.${diff.language}`)})` : label;
  };
}

/**
 * One field's changes: removed text struck through in <del>, added text underlined in <ins>, each
 * also named in words for screen readers (and marked − / + on screen), not by colour alone.
 */
function DiffField({ diff }: { diff: FieldDiff }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (
    <Paper component="section" withBorder p="sm" radius="md" aria-label={label(diff)}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {label(diff)}
        </Title>
        <div className="practice-diff">
          {diff.parts.map((part, i) => {
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
            if (part.change === 'SAME') return <span key={i}>{part.text}</span>;
            const Tag = part.change === 'ADDED' ? 'ins' : 'del';
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
              <Tag key={i} className={`practice-diff-${part.change.toLowerCase()}`}>
                <span className="practice-diff-cue" aria-hidden="true">
                  {part.change === 'ADDED' ? '+' : '−'}
                </span>
                <VisuallyHidden>{t(`practiceEditor.history.${part.change === 'ADDED' ? 'added' : 'removed'}`)} </VisuallyHidden>
                {part.text}
              </Tag>
            );
          })}
        </div>
      </Stack>
    </Paper>
  );
}

function Diff({ practiceId, from, to }: { practiceId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(HistoryDiffDocument, { variables: { practiceId, from, to } });
  if (error && !data) return <Text c="red.9">{t('practiceEditor.history.diffFailed')}</Text>;
  if (!data) return <LoadingState label={t('practiceEditor.loading')} />;
  const diff = data.practiceRevisionDiff;
  if (!diff) return <Text c="dimmed">{t('practiceEditor.history.diffMissing')}</Text>;
  if (diff.fields.length === 0) return <Text c="dimmed">{t('practiceEditor.history.noChanges')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('practiceEditor.history.legend')}</Text>
      {diff.fields.map((field) => (
        <DiffField key={`${field.field}-${field.language ?? ''}`} diff={field} />
      ))}
    </Stack>
  );
}

/** /praktik/:id/riwayat: the published revisions of a practice and what changed between two. */
export function PracticeHistoryPage() {
  useWritingMessages();
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(HistoryPracticeDocument, { variables: { id } });
  const revisions = data?.practiceRevisions ?? [];
  const [picked, setPicked] = useState<{ from: number; to: number } | null>(null);
  if (error && !data) return <QueryErrorView error={error} message={t('practiceEditor.loadFailed')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={t('practiceEditor.loading')} />;
  const practice = data.practice;
  const title = practice?.texts[0]?.title ?? '';
  if (!practice) {
    return (
      <Stack gap="md" py="xl">
        <PageTitle title={t('practiceEditor.notFound')} />
        <Title order={1}>{t('practiceEditor.notFound')}</Title>
        <Text>{t('practiceEditor.notFoundBody')}</Text>
      </Stack>
    );
  }
  // Newest first: by default the newest against the one before it.
  const newest = revisions[0]?.number;
  const previous = revisions[1]?.number;
  const pair = picked ?? (newest != null && previous != null ? { from: previous, to: newest } : null);
  const options = revisions.map((r) => ({
    value: String(r.number),
    label: t('practiceEditor.history.revision', { number: r.number, date: formatDateTime(r.createdAt, currentLanguage(i18n)) }),
  }));
  return (
    <Stack gap="md">
      <PageTitle title={t('practiceEditor.history.title', { title })} />
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {practice.city.name}
        </Text>
        <Title order={1}>{t('practiceEditor.history.title', { title })}</Title>
        <Group gap="md">
          <Anchor component={Link} to={`/praktik/${practice.id}`}>
            {t('practiceEditor.view')}
          </Anchor>
        </Group>
      </Stack>
      <Text>{t('practiceEditor.history.intro')}</Text>
      {revisions.length === 0 ? (
        <Text c="dimmed">{t('practiceEditor.history.none')}</Text>
      ) : (
        <>
          <section aria-labelledby="revisions-heading">
            <Title order={2} size="h3" id="revisions-heading" mb="xs">
              {t('practiceEditor.history.revisions')}
            </Title>
            <List spacing={4}>
              {revisions.map((r) => (
                <List.Item key={r.number}>{t('practiceEditor.history.revision', { number: r.number, date: formatDateTime(r.createdAt, currentLanguage(i18n)) })}</List.Item>
              ))}
            </List>
          </section>
          {revisions.length < 2 || !pair ? (
            <Text c="dimmed">{t('practiceEditor.history.onlyOne')}</Text>
          ) : (
            <section aria-labelledby="compare-heading">
              <Stack gap="sm">
                <Title order={2} size="h3" id="compare-heading">
                  {t('practiceEditor.history.compare')}
                </Title>
                <Group gap="sm" wrap="wrap" align="flex-end">
                  <NativeSelect
                    label={t('practiceEditor.history.from')}
                    data={options}
                    value={String(pair.from)}
                    onChange={(e) => setPicked({ ...pair, from: Number(e.currentTarget.value) })}
                  />
                  <NativeSelect
                    label={t('practiceEditor.history.to')}
                    data={options}
                    value={String(pair.to)}
                    onChange={(e) => setPicked({ ...pair, to: Number(e.currentTarget.value) })}
                  />
                </Group>
                {pair.from === pair.to ? (
                  <Text c="dimmed">{t('practiceEditor.history.same')}</Text>
                ) : (
                  <Diff practiceId={practice.id} from={Math.min(pair.from, pair.to)} to={Math.max(pair.from, pair.to)} />
                )}
              </Stack>
            </section>
          )}
        </>
      )}
    </Stack>
  );
}
