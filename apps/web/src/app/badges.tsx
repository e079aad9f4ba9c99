import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Badges keep their text as written and never wrap. */
export const badgeStyle = { textTransform: 'none', minWidth: 'max-content' } as const;

/** Marks demo accounts wherever their name is shown. */
export function DemoBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="outline" size="sm" style={badgeStyle} {...props}>
      {t('account.demoBadge')}
    </Badge>
  );
}
