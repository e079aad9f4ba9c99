import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeStyle } from '../app/badges';
import type { VisitState } from '../gql/features/graphql';

/** One colour per state (badges, calendar); the state's name is always written beside it. */
const STATE_COLOURS: Record<VisitState, string> = {
  REQUESTED: 'blue',
  PROPOSED: 'violet',
  CONFIRMED: 'green',
  COMPLETED: 'teal',
  DECLINED: 'gray',
  WITHDRAWN: 'gray',
  CANCELLED: 'red',
};

/** CSS variables the calendar's entries read (a border and a light background). */
export function stateStyle(state: VisitState) {
  const colour = STATE_COLOURS[state];
  return { '--state-colour': `var(--mantine-color-${colour}-8)`, '--state-background': `var(--mantine-color-${colour}-0)` } as React.CSSProperties;
}

/** Where a visit stands. The labels are in locales/*.json: other features list visits too. */
export function VisitStateBadge({ state }: { state: VisitState }) {
  const { t } = useTranslation();
  // The darkest shade: the badge text keeps 4.5:1 contrast on its light background (gray.8 did not).
  return (
    <Badge color={`${STATE_COLOURS[state]}.9`} variant="light" size="sm" style={badgeStyle}>
      {t(`visits.states.${state}`)}
    </Badge>
  );
}

/** Demo visits say so wherever they are listed or shown. */
export function VisitDemoBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="outline" size="sm" style={badgeStyle}>
      {t('visits.demoBadge')}
    </Badge>
  );
}
