import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FactQuality } from '../gql/graphql';

// Dark shades: white text on them stays above 4.5:1 contrast.
const QUALITY_COLOR: Record<FactQuality, string> = {
  OFFICIAL: 'teal.9',
  ESTIMATED: 'blue.9',
  REPORTED: 'grape.9',
  DEMO: 'red.9',
};

export function QualityBadge({ quality }: { quality: FactQuality }) {
  const { t } = useTranslation();
  return (
    <Badge color={QUALITY_COLOR[quality] ?? 'gray.8'} variant="filled" size="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`facts.quality.${quality}`, { defaultValue: quality })}
    </Badge>
  );
}
