import { Badge, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { badgeStyle } from '../../app/badges';
import { currentLanguage, localeFor } from '../../app/i18n';
import type { PracticeState } from '../../gql/features/graphql';
import type { EditorValues } from './editor-values';
import type { SaveStatus } from './use-practice-saver';

/** The form's values as field key → text (`texts.ID.title`, `links.0.url`), to see what changed. */
function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    value.forEach((item, i) => {
      flatten(item, `${prefix}.${i}`, out);
    });
    out[prefix] = String(value.length);
  } else out[prefix] = JSON.stringify(value);
  return out;
}

/**
 * The form's values and which fields the user changed: a field's problem shows once it was
 * changed (or after a save attempt, `showAll`), not while a new form is still empty.
 */
export function useEditorValues(initial: () => EditorValues) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const onChange = (update: (values: EditorValues) => EditorValues) => {
    const next = update(values);
    const before = flatten(values);
    const after = flatten(next);
    const changed = Object.keys(after).filter((key) => after[key] !== before[key]);
    setValues(next);
    if (changed.length) setTouched((old) => new Set([...old, ...changed]));
  };
  const shown = (field: string) => showAll || touched.has(field);
  return { values, setValues, onChange, shown, showAll: () => setShowAll(true) };
}

const STATE_COLORS: Record<PracticeState, string> = {
  DRAFT: 'gray.7',
  IN_REVIEW: 'yellow.9',
  PUBLISHED: 'teal.9',
  ARCHIVED: 'dark.4',
};

export function PracticeStateBadge({ state }: { state: PracticeState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} variant="filled" style={badgeStyle}>
      {t(`practiceEditor.states.${state}`)}
    </Badge>
  );
}

export function DemoPracticeBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="outline" style={badgeStyle}>
      {t('practiceEditor.demo')}
    </Badge>
  );
}

/** "Saved at 14.05", "Saving…", "Not saved: …": announced politely as it changes. */
export function SaveStatusLine({ status, savedAt, auto }: { status: SaveStatus; savedAt: Date | null; auto: boolean }) {
  const { t, i18n } = useTranslation();
  const time = savedAt
    ? new Intl.DateTimeFormat(localeFor(currentLanguage(i18n)), { hour: '2-digit', minute: '2-digit' }).format(savedAt)
    : null;
  const message = (() => {
    switch (status) {
      case 'saving':
        return t('practiceEditor.status.saving');
      case 'saved':
        return time ? t('practiceEditor.status.savedAt', { time }) : t('practiceEditor.status.upToDate');
      case 'dirty':
        return auto ? t('practiceEditor.status.pending') : t('practiceEditor.status.unsaved');
      case 'invalid':
        return t('practiceEditor.status.invalid');
      case 'failed':
        return t('practiceEditor.status.failed');
      case 'stale':
        return t('practiceEditor.status.stale');
    }
  })();
  const problem = status === 'invalid' || status === 'failed' || status === 'stale';
  return (
    <Text size="sm" role="status" aria-live="polite" c={problem ? 'red.9' : 'dimmed'} fw={problem ? 600 : undefined} data-status={status}>
      {message}
    </Text>
  );
}
