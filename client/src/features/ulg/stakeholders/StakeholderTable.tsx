import { useTranslation } from 'react-i18next';
import { ActionIcon, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Stakeholder } from '@iap/shared';
import { SectorLabel } from './SectorLabel';
import { useStakeholderLabels } from './useStakeholderLabels';

interface StakeholderTableProps {
  stakeholders: Stakeholder[];
  /** Contacts and consent are shown only to those who manage the register. */
  complete: boolean;
  canManage: boolean;
  onEdit: (stakeholder: Stakeholder) => void;
  onDelete: (stakeholder: Stakeholder) => void;
}

/** The register as a table; on a phone it scrolls sideways inside its own labelled region. */
export function StakeholderTable({ stakeholders, complete, canManage, onEdit, onDelete }: StakeholderTableProps) {
  const { t } = useTranslation();
  const labels = useStakeholderLabels();
  return (
    <div className="ulg-table-scroll" role="region" aria-labelledby="stakeholder-table-caption" tabIndex={0}>
      <Table striped highlightOnHover verticalSpacing="sm" miw={complete ? 860 : 640}>
        <Table.Caption id="stakeholder-table-caption">
          <VisuallyHidden>{t('stakeholders.tableCaption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stakeholders.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('stakeholders.fields.sector')}</Table.Th>
            <Table.Th scope="col">{t('stakeholders.fields.importanceShort')}</Table.Th>
            <Table.Th scope="col">{t('stakeholders.fields.influenceShort')}</Table.Th>
            <Table.Th scope="col">{t('stakeholders.fields.gender')}</Table.Th>
            {complete && <Table.Th scope="col">{t('stakeholders.fields.contact')}</Table.Th>}
            {complete && <Table.Th scope="col">{t('stakeholders.fields.consentShort')}</Table.Th>}
            <Table.Th scope="col">{t('stakeholders.fields.linkedAccount')}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('stakeholders.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stakeholders.map((stakeholder) => (
            <Table.Tr key={stakeholder.id}>
              <Table.Th scope="row" fw={500}>
                <Text fw={600} size="sm">
                  {stakeholder.name}
                </Text>
                {stakeholder.organisation && (
                  <Text size="xs" c="dimmed">
                    {stakeholder.organisation}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <SectorLabel sector={stakeholder.sector} />
              </Table.Td>
              <Table.Td>{stakeholder.importance}</Table.Td>
              <Table.Td>{stakeholder.influence}</Table.Td>
              <Table.Td>{labels.gender(stakeholder.gender ?? 'unspecified')}</Table.Td>
              {complete && <Table.Td>{stakeholder.contact ?? '—'}</Table.Td>}
              {complete && <Table.Td>{stakeholder.consentToBeListed ? t('common.yes') : t('common.no')}</Table.Td>}
              <Table.Td>{stakeholder.linkedUser?.name ?? '—'}</Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <ActionIcon
                      variant="subtle"
                      onClick={() => onEdit(stakeholder)}
                      aria-label={t('stakeholders.edit', { name: stakeholder.name })}
                    >
                      <PencilIcon />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => onDelete(stakeholder)}
                      aria-label={t('stakeholders.delete', { name: stakeholder.name })}
                    >
                      <TrashIcon />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function PencilIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <path d="M12 20h9" strokeLinecap="round" />
      <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" strokeLinejoin="round" />
    </svg>
  );
}

function TrashIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <path d="M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
