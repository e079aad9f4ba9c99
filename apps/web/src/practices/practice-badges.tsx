import { Badge } from '@mantine/core';
import { badgeStyle } from '../app/badges';
import type { PracticeState } from '../gql/features/graphql';
import { usePracticeStrings } from './practice-strings';

/** Marks demo practices wherever they are listed or shown. */
export function PracticeDemoBadge() {
  const { t } = usePracticeStrings();
  return (
    <Badge color="red.9" variant="outline" size="sm" style={badgeStyle}>
      {t('practices.demoBadge')}
    </Badge>
  );
}

/** The workflow state, shown only when it is not "published" (drafts seen by their editors). */
export function PracticeStateBadge({ state }: { state: PracticeState }) {
  const { t } = usePracticeStrings();
  if (state === 'PUBLISHED') return null;
  return (
    <Badge color="yellow.9" variant="light" size="sm" style={badgeStyle}>
      {t(`practices.stateBadge.${state}`)}
    </Badge>
  );
}
