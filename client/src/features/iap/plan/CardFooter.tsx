import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group } from '@mantine/core';

interface CardFooterProps {
  /** Delete is offered only for an item that exists and only to editors. */
  canDelete: boolean;
  canEdit: boolean;
  deleteLabel: string;
  confirmDeleteLabel: string;
  saveLabel: string;
  onDelete: () => void;
  onSave: () => void;
  onClose: () => void;
  /** Extra buttons on the left, before delete (e.g. the action's comments). */
  children?: ReactNode;
}

/** The buttons of an action or objective card: delete behind a confirmation, cancel/close, save. */
export function CardFooter(props: CardFooterProps) {
  const { t } = useTranslation();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="sm">
        {props.children}
        {props.canDelete && props.canEdit && !confirmingDelete && (
          <Button variant="subtle" color="red" onClick={() => setConfirmingDelete(true)}>
            {props.deleteLabel}
          </Button>
        )}
        {confirmingDelete && (
          <Button
            color="red"
            onClick={() => {
              props.onDelete();
              props.onClose();
            }}
          >
            {props.confirmDeleteLabel}
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <Button variant="default" onClick={props.onClose}>
          {props.canEdit ? t('iap.cancel') : t('iap.close')}
        </Button>
        {props.canEdit && <Button onClick={props.onSave}>{props.saveLabel}</Button>}
      </Group>
    </Group>
  );
}
