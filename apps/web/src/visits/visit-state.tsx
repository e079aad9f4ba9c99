import { Badge } from '@mantine/core';
import { badgeStyle } from '../app/badges';
import type { VisitState } from '../gql/features/graphql';
import { useVisitPagesStrings } from './visit-pages-strings';

/** A colour per state for the calendar; the state's name is always written beside it. */
export const STATE_COLOURS: Record<VisitState, string> = {
  REQUESTED: 'yellow',
  PROPOSED: 'orange',
  CONFIRMED: 'blue',
  DECLINED: 'gray',
  WITHDRAWN: 'gray',
  CANCELLED: 'red',
  COMPLETED: 'teal',
};

/** CSS variables the calendar's entries read (a border and a light background). */
export function stateStyle(state: VisitState) {
  const colour = STATE_COLOURS[state];
  return { '--state-colour': `var(--mantine-color-${colour}-8)`, '--state-background': `var(--mantine-color-${colour}-0)` } as React.CSSProperties;
}

export function VisitStateBadge({ state }: { state: VisitState }) {
  const { t } = useVisitPagesStrings();
  return (
    <Badge color={`${STATE_COLOURS[state]}.9`} variant="light" size="sm" style={badgeStyle}>
      {t(`visitPages.states.${state}`)}
    </Badge>
  );
}
