import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PlanState } from '@iap/shared';
import { useMenuOnDemand } from '../../app/useMenuOnDemand';
import { MovePlanStateDialog } from './MovePlanStateDialog';
import { PlanStateBadge } from './PlanStateBadge';
import { usePlanState } from './planStateApi';

// The menu's code (with Mantine's Menu) loads when first wanted: the plan must open fast, moves are rare.
const loadPlanStateMenu = () => import('./PlanStateMenuDropdown').then((module) => module.PlanStateMenuDropdown);

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
  const { Menu, triggerProps } = useMenuOnDemand(loadPlanStateMenu);
  if (!info.data) return null;
  const { state, allowedMoves } = info.data;

  return (
    <Group gap="xs" wrap="nowrap" className="plan-state">
      <PlanStateBadge state={state} />
      {allowedMoves.length > 0 &&
        (Menu ? (
          <Menu state={state} allowedMoves={allowedMoves} onMove={(to) => setMove({ from: state, to })} buttonRef={menuButton} />
        ) : (
          <Button ref={menuButton} variant="default" size="xs" {...triggerProps}>
            {t('planState.menu')}
          </Button>
        ))}
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
