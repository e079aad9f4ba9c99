import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../app/confirm-modal';

/** "Sign out of all devices?" Loaded only when asked for: the modal code stays out of the shell. */
export function SignOutEverywhereDialog({
  onCancel,
  onConfirm,
  loading,
  failed,
}: {
  onCancel: () => void;
  onConfirm: () => void;
  loading: boolean;
  failed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened
      onClose={onCancel}
      title={t('userMenu.signOutEverywhereTitle')}
      confirmLabel={t('userMenu.signOutEverywhere')}
      loading={loading}
      onConfirm={onConfirm}
    >
      <Text>{t('userMenu.signOutEverywhereBody')}</Text>
      {failed && (
        <Alert color="red" variant="light" role="alert">
          {t('userMenu.signOutFailed')}
        </Alert>
      )}
    </ConfirmModal>
  );
}
