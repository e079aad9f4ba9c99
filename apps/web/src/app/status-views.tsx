import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner with a visible, announced label. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group justify="center" gap="sm" py="xl" role="status" aria-label={label} aria-live="polite">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label}</Text>
    </Group>
  );
}

export function ErrorState({
  message,
  onRetry,
  retrying = false,
}: {
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" role="alert" style={{ borderColor: 'var(--mantine-color-red-7)' }}>
      <Stack gap="sm" align="flex-start">
        <Text c="red.9" fw={600}>
          {message}
        </Text>
        {onRetry && (
          <Button onClick={onRetry} loading={retrying} variant="default">
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
