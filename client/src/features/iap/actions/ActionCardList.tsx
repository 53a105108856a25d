import { useTranslation } from 'react-i18next';
import { Group, Text } from '@mantine/core';
import type { Action, LogicFlag } from '@iap/shared';
import { ActionTitle } from './ActionTitle';

export interface ActionRow {
  action: Action;
  reference: string;
  flags: LogicFlag[];
  objective: string;
  when: string;
  cost: string;
  status: string;
}

interface ActionCardListProps {
  rows: ActionRow[];
  label: string;
  onOpen: (row: ActionRow) => void;
}

/**
 * The actions on a phone: one card each (title, dates, cost, status) instead of six columns
 * that scroll off a 390 px screen.
 */
export function ActionCardList({ rows, label, onOpen }: ActionCardListProps) {
  const { t } = useTranslation();
  return (
    <ol className="iap-action-cards" aria-label={label}>
      {rows.map((row) => (
        <li key={row.action.id} className="iap-action-cards__card" data-action-id={row.action.id}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Text fw={650} span>
              {row.reference}
            </Text>
            <div className="iap-grow">
              <ActionTitle action={row.action} reference={row.reference} flags={row.flags} onOpen={() => onOpen(row)} />
            </div>
          </Group>
          <dl className="iap-action-cards__facts">
            <div>
              <dt>{t('iap.action.columns.when')}</dt>
              <dd>{row.when}</dd>
            </div>
            <div>
              <dt>{t('iap.action.columns.cost')}</dt>
              <dd>{row.cost}</dd>
            </div>
            <div>
              <dt>{t('iap.action.columns.status')}</dt>
              <dd>{row.status}</dd>
            </div>
            <div>
              <dt>{t('iap.action.columns.objective')}</dt>
              <dd>{row.objective}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
