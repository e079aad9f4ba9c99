import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/i18n';

export interface SourceInfo {
  name: string;
  url: string | null;
  license: string | null;
  /** The npm package the data came through, shown as its own linked line. */
  package?: string | null;
  isDemo: boolean;
}

/**
 * A source's readable name, linked to the record of this value when there is one (a GeoNames page),
 * else to the source; the package the data came through; its licence; a demo marker. Source names
 * are stored in Bahasa Indonesia, so they carry lang="id" on English pages.
 */
export function SourceLabel({ source, recordUrl }: { source: SourceInfo; recordUrl?: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n) === 'id' ? undefined : 'id';
  const href = recordUrl ?? source.url;
  return (
    <Group gap={6} wrap="wrap" component="span" display="inline-flex">
      {href ? (
        <Anchor href={href} inherit lang={lang} underline="always">
          {source.name}
        </Anchor>
      ) : (
        <span lang={lang}>{source.name}</span>
      )}
      {source.package && (
        <Text component="span" inherit c="dimmed">
          {t('facts.packagePrefix')}{' '}
          <Anchor href={`https://www.npmjs.com/package/${encodeURIComponent(source.package)}`} inherit underline="always">
            {t('facts.packageName', { package: source.package })}
          </Anchor>
        </Text>
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
