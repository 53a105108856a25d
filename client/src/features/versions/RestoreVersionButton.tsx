import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeApiError } from '../../api/describeApiError';
import { useRestoreVersion } from './versionsApi';

/** "Restore this version", behind a confirmation: the focus starts on Cancel and returns to the button. */
export function RestoreVersionButton({ documentName, versionId }: { documentName: string; versionId: string }) {
  const { t } = useTranslation();
  const restore = useRestoreVersion(documentName);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    restore.reset();
  };
  const confirm = () =>
    restore.mutate(versionId, {
      onSuccess: () => {
        close();
        notifications.show({ color: 'teal', message: t('versions.restore.done'), closeButtonProps: { 'aria-label': t('common.close') } });
      },
    });

  return (
    <>
      <Button color="blue.9" variant="filled" size="xs" onClick={() => setConfirming(true)}>
        {t('versions.restore.button')}
      </Button>
      <Modal opened={confirming} onClose={close} title={t('versions.restore.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('versions.restore.body')}</Text>
          {restore.isError && (
            <Alert color="red" role="alert">
              {describeApiError(t, restore.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="blue.9" onClick={confirm} loading={restore.isPending}>
              {t('versions.restore.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
