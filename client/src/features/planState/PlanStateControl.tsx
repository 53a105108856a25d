import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PlanState } from '@iap/shared';
import { moveLabelKey } from './moveLabel';
import { MovePlanStateDialog } from './MovePlanStateDialog';
import { PlanStateBadge } from './PlanStateBadge';
import { usePlanState } from './planStateApi';

/**
 * Beside the plan's title: its state, and a menu of the moves this person may make now (as
 * the server lists them). Each move asks for confirmation and an optional note.
 */
export function PlanStateControl({ documentName }: { documentName: string }) {
  const { t } = useTranslation();
  const info = usePlanState(documentName);
  // The state the move starts from is kept: the dialog still reads "from Submitted" while it closes on the new state.
  const [move, setMove] = useState<{ from: PlanState; to: PlanState } | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  if (!info.data) return null;
  const { state, allowedMoves } = info.data;

  return (
    <Group gap="xs" wrap="nowrap" className="plan-state">
      <PlanStateBadge state={state} />
      {allowedMoves.length > 0 && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button ref={menuButton} variant="default" size="xs">
              {t('planState.menu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {allowedMoves.map((to) => (
              <Menu.Item key={to} onClick={() => setMove({ from: state, to })}>
                {t(moveLabelKey(state, to))}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {move && (
        <MovePlanStateDialog
          documentName={documentName}
          from={move.from}
          to={move.to}
          onClose={() => setMove(null)}
          onMoved={(moved) => {
            setMove(null);
            notifications.show({
              color: 'teal',
              message: t('planState.moved', { state: t(`planState.states.${moved}`) }),
              closeButtonProps: { 'aria-label': t('common.close') },
            });
          }}
          returnFocusTo={menuButton}
        />
      )}
    </Group>
  );
}
