import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface SourceInfo {
  name: string;
  url: string | null;
  license: string | null;
  isDemo: boolean;
}

/** A source's name (linked when it has an address), its licence and a demo marker. */
export function SourceLabel({ source }: { source: SourceInfo }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" component="span" display="inline-flex">
      {source.url ? (
        <Anchor href={source.url} inherit>
          {source.name}
        </Anchor>
      ) : (
        <span>{source.name}</span>
      )}
      {source.license && (
        <Text component="span" inherit c="dimmed">
          {t('facts.license', { license: source.license })}
        </Text>
      )}
      {source.isDemo && (
        <Badge color="red.9" variant="outline" size="sm" style={{ minWidth: 'max-content' }}>
          {t('facts.demoSource')}
        </Badge>
      )}
    </Group>
  );
}
