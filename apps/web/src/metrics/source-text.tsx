import { Anchor, Text } from '@mantine/core';
import type { Language } from '../app/i18n';

/** A value's source, "organisation — title", linked when it has an address (outside the site). */
export function SourceText({ source, language }: { source: { organisation: string; title: string; url: string | null }; language: Language }) {
  const text = `${source.organisation} — ${source.title}`;
  // Source titles are written in Indonesian.
  const lang = language === 'id' ? undefined : 'id';
  return source.url ? (
    <Anchor href={source.url} lang={lang} size="sm" underline="always" target="_blank" rel="noopener noreferrer nofollow">
      {text}
    </Anchor>
  ) : (
    <Text component="span" size="sm" lang={lang}>
      {text}
    </Text>
  );
}
