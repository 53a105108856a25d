import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal } from '@mantine/core';

// The form (its radios and progress bar) loads when the dialog opens, not with every page.
const ExportAllForm = lazy(() => import('./ExportAllForm').then((module) => ({ default: module.ExportAllForm })));

/** The home page's "Export all plans" for the lead partner and admins: one ZIP of every city's plan. */
export function ExportAllButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('export.all.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('export.all.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {opened && (
          <Suspense fallback={null}>
            <ExportAllForm />
          </Suspense>
        )}
      </Modal>
    </>
  );
}

