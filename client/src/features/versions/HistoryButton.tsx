import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Drawer } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { citySlugOfIapDocument } from '@iap/shared';
import { PageLoader } from '../../app/PageLoader';
import './versions.css';

// The panel and its diff views load when History is first opened, not with the plan.
const HistoryPanel = lazy(() => import('./HistoryPanel').then((module) => ({ default: module.HistoryPanel })));

interface HistoryButtonProps {
  documentName: string;
  /** May name and restore versions: can edit the plan, and it is not final. */
  canChange: boolean;
  stateHistory: ReactNode;
}

/**
 * "History" in the plan's bar: opens the version history beside the plan. Only a city's IAP
 * keeps versions, so other documents show nothing. `stateHistory` is the plan state's history,
 * handed in by the page so that versions need not know plan states. Closing the drawer returns the focus here.
 */
export function HistoryButton({ documentName, canChange, stateHistory }: HistoryButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const wide = useMediaQuery('(min-width: 48em)', true);
  if (citySlugOfIapDocument(documentName) === null) return null;
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)} aria-haspopup="dialog">
        {t('versions.open')}
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size={wide ? 'xl' : '100%'}
        title={t('versions.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {opened && (
          <Suspense fallback={<PageLoader />}>
            <HistoryPanel documentName={documentName} canChange={canChange} stateHistory={stateHistory} />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}
