import { useTranslation } from 'react-i18next';
import { Badge, Text, UnstyledButton } from '@mantine/core';
import type { Action, LogicFlag } from '@iap/shared';
import { LogicFlagList } from '../check/LogicFlagList';
import { useIapView } from '../IapViewContext';

interface ActionTitleProps {
  action: Action;
  /** "A3". */
  reference: string;
  flags: LogicFlag[];
  onOpen: () => void;
}

/** An action's title (opening its card), its lead, its logic flags and its open comment threads. */
export function ActionTitle({ action, reference, flags, onOpen }: ActionTitleProps) {
  const { t } = useTranslation();
  const view = useIapView();
  const threads = view?.openThreadsByAction.get(action.id) ?? 0;
  return (
    <>
      <UnstyledButton
        className="iap-link-button"
        onClick={onOpen}
        aria-label={t('iap.action.open', { reference, title: action.title || t('iap.untitled') })}
      >
        {action.title || t('iap.untitled')}
      </UnstyledButton>
      {action.leadOrganisation && (
        <Text size="xs" c="gray.7">
          {t('iap.action.ledBy', { lead: action.leadOrganisation })}
        </Text>
      )}
      <LogicFlagList flags={flags} variant="lines" />
      {threads > 0 && view && (
        <Badge
          component="button"
          type="button"
          variant="filled"
          ml={6}
          className="iap-badge-button"
          onClick={() => view.showActionComments(action.id)}
          aria-label={t('iap.action.openThreads', { count: threads, reference })}
        >
          {t('iap.action.threadCount', { count: threads })}
        </Badge>
      )}
    </>
  );
}
