import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeStyle } from '../app/badges';
import type { ObservationQuality } from '../gql/features/graphql';

// Dark shades: white text on them stays above 4.5:1 contrast.
const COLOR: Record<ObservationQuality, string> = {
  OFFICIAL: 'teal.9',
  SELF_REPORTED: 'grape.9',
  ESTIMATED: 'blue.9',
  DEMO: 'red.9',
};

/** A value's quality; a demo value says "Demo". */
export function ObservationQualityBadge({ quality }: { quality: ObservationQuality }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[quality] ?? 'gray.8'} variant="filled" size="sm" style={badgeStyle}>
      {t(`metrics.quality.${quality}`, { defaultValue: quality })}
    </Badge>
  );
}
