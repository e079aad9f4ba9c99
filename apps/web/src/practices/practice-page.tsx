import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, List, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { useViewer } from '../app/viewer';
import { PracticeImpactSection } from '../metrics/public';
import { RequestVisitLink } from '../visits/public';
import { PracticeAdoptionsDocument, PracticePageDocument, type PracticePageQuery } from '../gql/features/graphql';
import { AdoptionForm, adoptingCities } from './adoption-form';
import { AttachmentList } from './attachment-list';
import { AdoptionList } from './adoption-list';
import { PracticeDemoBadge, PracticeStateBadge } from './practice-badges';
import { PracticeCardList } from './practice-card';
import { PracticeFacts } from './practice-facts';
import { usePracticeStrings } from './practice-strings';
import { contentLang, pickText } from './practice-text';
import { RichText } from './safe-html';
import './practice-styles';

type Practice = NonNullable<PracticePageQuery['practice']>;
type PracticeText = Practice['texts'][number];

const SECTIONS = ['summary', 'problem', 'approach', 'results', 'lessons'] as const;

/** Demo practices say they are demo; those drawn from the 2018 news article (their source link) say that too. */
function DemoNote({ practice }: { practice: Practice }) {
  const { t } = usePracticeStrings();
  if (!practice.isDemo) return null;
  const fromArticle = practice.links.some((link) => /2018/.test(link.label ?? ''));
  return (
    <Alert color="red" variant="light" p="sm">
      {fromArticle ? t('practices.page.basedOnArticle') : t('practices.page.demoNote')}
    </Alert>
  );
}

function PracticeBody({ text }: { text: PracticeText }) {
  const { t } = usePracticeStrings();
  return (
    <Stack gap="lg" lang={contentLang(text.language)}>
      {SECTIONS.map((section) => {
        const html = text[`${section}Html`];
        if (!html.trim()) return null;
        return (
          <Stack component="section" gap="xs" key={section} aria-labelledby={`practice-${section}`}>
            <Title order={2} size="h3" id={`practice-${section}`}>
              {t(`practices.page.sections.${section}`)}
            </Title>
            <RichText html={html} />
          </Stack>
        );
      })}
    </Stack>
  );
}

/** Adoptions ("diadopsi oleh N kota"), the form to record one, and similar practices. */
function AdoptionsAndSimilar({ practice }: { practice: Practice }) {
  const { t } = usePracticeStrings();
  const { viewer } = useViewer();
  const { data, error } = useQuery(PracticeAdoptionsDocument, { variables: { id: practice.id } });
  if (error && !data) return <ErrorState message={t('practices.page.adoptionsError')} />;
  const extra = data?.practice;
  if (!extra) return <LoadingState label={t('practices.page.loading')} />;
  const writerCities = adoptingCities(viewer, practice.city.slug);
  return (
    <>
      <Stack component="section" gap="sm" aria-labelledby="practice-adoptions">
        <Title order={2} size="h3" id="practice-adoptions">
          {t('practices.page.adoptionsHeading')}
        </Title>
        <Text fw={600}>{t('practices.page.adoptedBy', { count: extra.adoptionCount })}</Text>
        {extra.adoptions.length > 0 ? (
          <AdoptionList adoptions={extra.adoptions} show="city" />
        ) : (
          <Text c="dimmed">{t('practices.page.noAdoptions')}</Text>
        )}
        {practice.state === 'PUBLISHED' && writerCities.length > 0 && (
          <AdoptionForm
            practiceId={practice.id}
            writerCities={writerCities}
            adoptedSlugs={extra.adoptions.map((adoption) => adoption.city.slug)}
          />
        )}
      </Stack>
      <PracticeImpactSection practiceId={practice.id} canEdit={practice.allowedActions.includes('PRACTICE_INDICATORS_EDIT')} adoptions={extra.adoptions} />
      <Stack component="section" gap="sm" aria-labelledby="practice-similar">
        <Title order={2} size="h3" id="practice-similar">
          {t('practices.page.similarHeading')}
        </Title>
        {extra.similar.length > 0 ? (
          <PracticeCardList practices={extra.similar} />
        ) : (
          <Text c="dimmed">{t('practices.page.noSimilar')}</Text>
        )}
      </Stack>
    </>
  );
}

/** Where the practice's writers go next: its editor (when they may edit) and its published history. */
function AuthorLinks({ practice }: { practice: Practice }) {
  const { t } = usePracticeStrings();
  const editable = practice.allowedActions.includes('PRACTICE_EDIT') && practice.state !== 'ARCHIVED';
  const published = practice.publishedAt != null;
  if (!editable && !published) return null;
  return (
    <Group gap="sm">
      {editable && (
        <Button component={Link} to={`/praktik/${practice.id}/ubah`} variant="light" size="xs">
          {t('practices.page.edit')}
        </Button>
      )}
      {published && (
        <Anchor component={Link} to={`/praktik/${practice.id}/riwayat`} size="sm">
          {t('practices.page.history')}
        </Anchor>
      )}
    </Group>
  );
}

function PracticeView({ practice }: { practice: Practice }) {
  const { t, i18n } = usePracticeStrings();
  const [chosen, setChosen] = useState<string | null>(null);
  const text = pickText(practice.texts, [chosen, currentLanguage(i18n)].filter((l): l is string => Boolean(l)));
  if (!text) return null;
  const languages = practice.texts.map((version) => contentLang(version.language));
  return (
    <Stack gap="xl">
      <PageTitle title={text.title} />
      <Stack gap="sm">
        <Anchor component={Link} to="/praktik" size="sm">
          {t('practices.page.backToLibrary')}
        </Anchor>
        <Title order={1} lang={contentLang(text.language)}>
          {text.title}
        </Title>
        <Group gap="xs">
          {practice.isDemo && <PracticeDemoBadge />}
          <PracticeStateBadge state={practice.state} />
        </Group>
        <DemoNote practice={practice} />
        <AuthorLinks practice={practice} />
        {practice.state === 'PUBLISHED' && <RequestVisitLink hostSlug={practice.city.slug} hostName={practice.city.name} practiceId={practice.id} />}
        {languages.length > 1 && (
          <Group gap="sm" align="center">
            <Text size="sm" id="practice-language-label">
              {t('practices.page.readIn')}
            </Text>
            <SegmentedControl
              aria-labelledby="practice-language-label"
              value={contentLang(text.language)}
              onChange={setChosen}
              data={languages.map((language) => ({ value: language, label: t(`practices.languages.${language}`) }))}
            />
          </Group>
        )}
      </Stack>
      <PracticeFacts practice={practice} />
      <PracticeBody text={text} />
      <AttachmentList files={practice.attachments} />
      {(practice.links.length > 0 || practice.contact) && (
        <Stack component="section" gap="sm" aria-labelledby="practice-links">
          <Title order={2} size="h3" id="practice-links">
            {practice.links.length > 0 ? t('practices.page.links') : t('practices.page.contact')}
          </Title>
          {practice.links.length > 0 && (
            <List>
              {practice.links.map((link) => (
                <List.Item key={link.url}>
                  <Anchor href={/^https?:\/\//i.test(link.url) ? link.url : undefined} target="_blank" rel="noopener noreferrer nofollow">
                    {link.label || link.url}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
          {practice.contact && (
            <Stack gap={2}>
              {practice.links.length > 0 && <Text fw={600}>{t('practices.page.contact')}</Text>}
              <Text style={{ whiteSpace: 'pre-line' }}>{practice.contact}</Text>
            </Stack>
          )}
        </Stack>
      )}
      <AdoptionsAndSimilar practice={practice} />
    </Stack>
  );
}

function PracticeNotFound({ id }: { id: string }) {
  const { t } = usePracticeStrings();
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <PageTitle title={t('practices.page.notFoundTitle')} />
      <Title order={1}>{t('practices.page.notFoundTitle')}</Title>
      <Text>{t('practices.page.notFoundBody', { id })}</Text>
      <Button component={Link} to="/praktik">
        {t('practices.page.openLibrary')}
      </Button>
    </Stack>
  );
}

/** `/praktik/:id`: the reading view of one practice, or its not-found view. */
export function PracticePage() {
  const { id = '' } = useParams();
  const { t } = usePracticeStrings();
  const { data, error, refetch, networkStatus } = useQuery(PracticePageDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) {
    return (
      <Stack gap="md">
        <PageTitle title={t('practices.page.error')} />
        <ErrorState
          message={t('practices.page.error')}
          retrying={networkStatus === NetworkStatus.refetch}
          onRetry={() => {
            refetch().catch(() => {
              // The hook re-renders with the new error.
            });
          }}
        />
      </Stack>
    );
  }
  if (!data) return <LoadingState label={t('practices.page.loading')} />;
  if (!data.practice) return <PracticeNotFound id={id} />;
  // A new id is a new practice: forget the language chosen on the previous one.
  return <PracticeView key={data.practice.id} practice={data.practice} />;
}
