import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Menu } from '@mantine/core';
import type { PlanState } from '@iap/shared';
import { useOpenedOnMount } from '../../app/useMenuOnDemand';
import { moveLabelKey } from './moveLabel';

export interface PlanStateMenuProps {
  state: PlanState;
  allowedMoves: readonly PlanState[];
  onMove: (to: PlanState) => void;
  /** The menu's button, where the move dialog returns the focus. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/** The menu of moves, loaded when first asked for (PlanStateControl), so it opens as it mounts. */
export function PlanStateMenuDropdown({ state, allowedMoves, onMove, buttonRef }: PlanStateMenuProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useOpenedOnMount(buttonRef);
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-start" withinPortal>
      <Menu.Target>
        <Button ref={buttonRef} variant="default" size="xs">
          {t('planState.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {allowedMoves.map((to) => (
          <Menu.Item key={to} onClick={() => onMove(to)}>
            {t(moveLabelKey(state, to))}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
