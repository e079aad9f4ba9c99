import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { currentLanguage } from '../app/i18n';
import type { PracticeCardFieldsFragment } from '../gql/features/graphql';
import { PracticeDemoBadge, PracticeStateBadge } from './practice-badges';
import { usePracticeStrings } from './practice-strings';
import { contentLang, pickText, topicLabel } from './practice-text';

/**
 * A practice in a list: its title (linked), city, topic and start year, demo/state badges.
 * `title` and `children` replace the plain title and add lines (a search hit's highlights).
 */
export function PracticeCard({
  practice,
  title,
  titleLang,
  children,
  linkRef,
  headingLevel = 3,
}: {
  practice: PracticeCardFieldsFragment;
  title?: ReactNode;
  titleLang?: string;
  children?: ReactNode;
  linkRef?: Ref<HTMLAnchorElement>;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, i18n } = usePracticeStrings();
  const text = pickText(practice.texts, [currentLanguage(i18n)]);
  const meta = [practice.city.name, topicLabel(t, practice.topic), practice.startYear].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap={6}>
        <Text component={`h${headingLevel}`} fw={700} size="lg" m={0} lang={titleLang ?? (text && contentLang(text.language))}>
          <Anchor component={Link} to={`/praktik/${practice.id}`} ref={linkRef} inherit>
            {title ?? text?.title}
          </Anchor>
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {meta}
          </Text>
          {practice.isDemo && <PracticeDemoBadge />}
          <PracticeStateBadge state={practice.state} />
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A short list of practice cards. */
export function PracticeCardList({ practices, headingLevel }: { practices: readonly PracticeCardFieldsFragment[]; headingLevel?: 2 | 3 | 4 }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {practices.map((practice) => (
        <li key={practice.id}>
          <PracticeCard practice={practice} headingLevel={headingLevel} />
        </li>
      ))}
    </Stack>
  );
}
