import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { currentLanguage } from '../app/i18n';
import { MAX_WINDOWS, type WindowValue } from './request-values';
import { useVisitStrings } from './visit-strings';
import { formatRange, localToUtc, utcOffsetDiffers, zoneLabel } from './visit-time';

/** What the other city's clocks show for a window typed in the host's zone. */
function Alongside({ window, hostZone, otherZone, otherName }: { window: WindowValue; hostZone: string; otherZone: string; otherName: string }) {
  const { t, i18n } = useVisitStrings();
  const start = localToUtc(window.start, hostZone);
  const end = localToUtc(window.end, hostZone);
  if (!start || !end || end <= start) return null;
  const text = utcOffsetDiffers(hostZone, otherZone, start)
    ? t('visits.windows.alongside', { city: otherName, time: formatRange(start.toISOString(), end.toISOString(), otherZone, currentLanguage(i18n)) })
    : t('visits.windows.sameTime', { city: otherName, zone: zoneLabel(otherZone, start) });
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      {text}
    </Text>
  );
}

/**
 * 1–3 time windows typed in the host's zone (its label on every field), with the other city's
 * local time beside each. Errors by field name: `windows.<i>.start`, `windows.<i>.end`, `windows.<i>`.
 */
export function WindowsFields({
  windows,
  onChange,
  hostZone,
  otherZone,
  otherName,
  errors,
}: {
  windows: WindowValue[];
  onChange: (windows: WindowValue[]) => void;
  hostZone: string;
  otherZone: string;
  otherName: string;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useVisitStrings();
  const zone = zoneLabel(hostZone);
  const set = (index: number, patch: Partial<WindowValue>) => onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  return (
    <Stack gap="sm">
      {windows.map((window, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a window has no identity but its place.
        <Paper withBorder p="sm" key={i} component="fieldset" style={{ margin: 0 }}>
          <Text component="legend" fw={600} px={4}>
            {t('visits.windows.legend', { number: i + 1 })}
          </Text>
          <Stack gap="xs">
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                type="datetime-local"
                label={t('visits.windows.start', { zone })}
                value={window.start}
                onChange={(event) => set(i, { start: event.currentTarget.value })}
                error={errors[`windows.${i}.start`] ?? errors[`windows.${i}`]}
                withAsterisk
              />
              <TextInput
                type="datetime-local"
                label={t('visits.windows.end', { zone })}
                value={window.end}
                onChange={(event) => set(i, { end: event.currentTarget.value })}
                error={errors[`windows.${i}.end`]}
                withAsterisk
              />
            </Group>
            <Alongside window={window} hostZone={hostZone} otherZone={otherZone} otherName={otherName} />
            {windows.length > 1 && (
              <Group>
                <Button variant="subtle" color="red.9" size="xs" onClick={() => onChange(windows.filter((_, j) => j !== i))}>
                  {t('visits.windows.remove', { number: i + 1 })}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      {errors.windows && (
        <Text c="red.9" size="sm" role="alert">
          {errors.windows}
        </Text>
      )}
      {windows.length < MAX_WINDOWS && (
        <Group>
          <Button variant="default" size="sm" onClick={() => onChange([...windows, { start: '', end: '' }])}>
            {t('visits.windows.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
