import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeStyle } from '../app/badges';
import type { VisitState } from '../gql/features/graphql';

// Dark shades: the badge text keeps 4.5:1 contrast on white.
const STATE_COLORS: Record<VisitState, string> = {
  REQUESTED: 'blue.9',
  PROPOSED: 'violet.9',
  CONFIRMED: 'green.9',
  COMPLETED: 'teal.9',
  DECLINED: 'gray.8',
  WITHDRAWN: 'gray.8',
  CANCELLED: 'red.9',
};

/** Where a visit stands. The labels are in locales/*.json: other features list visits too. */
export function VisitStateBadge({ state }: { state: VisitState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} variant="light" size="sm" style={badgeStyle}>
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
