import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Drawer } from '@mantine/core';
import type { WorkspaceState, WorkspaceStore } from './workspace/workspaceStore';

interface WorkspaceDrawersProps {
  state: WorkspaceState;
  store: WorkspaceStore;
  outline: ReactNode;
  comments: ReactNode;
}

/**
 * A phone's outline and comments, each in a drawer opened from the bar above the plan. Loaded
 * just after the plan (IapWorkspace): a drawer asked for meanwhile opens when it arrives.
 */
export function WorkspaceDrawers({ state, store, outline, comments }: WorkspaceDrawersProps) {
  const { t } = useTranslation();
  return (
    <>
      <Drawer opened={state.outlineOpen} onClose={store.closeOutline} title={t('iap.outline.label')} size="sm" closeButtonProps={{ 'aria-label': t('iap.close') }}>
        {outline}
      </Drawer>
      <Drawer
        opened={state.commentsOpen}
        onClose={store.closeComments}
        position="right"
        size="md"
        withCloseButton
        closeButtonProps={{ 'aria-label': t('iap.close') }}
        title={t('comments.title')}
      >
        {comments}
      </Drawer>
    </>
  );
}
