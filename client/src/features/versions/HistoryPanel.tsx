import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Divider, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Divider.css';
import { QueryState } from '../../api/QueryState';
import { NameVersionForm } from './NameVersionForm';
import { VersionDetail } from './VersionDetail';
import { VersionList } from './VersionList';
import { useVersions } from './versionsApi';

interface HistoryPanelProps {
  documentName: string;
  /** May name and restore versions: can edit the plan, and it is not final. */
  canChange: boolean;
  /** The plan state's history (planState/PlanStateHistory), shown below the versions. */
  stateHistory: ReactNode;
}

/** The History drawer's content: name a version, the list of versions, the changes of the one picked, and the state history. */
export function HistoryPanel({ documentName, canChange, stateHistory }: HistoryPanelProps) {
  const { t } = useTranslation();
  const versions = useVersions(documentName);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  return (
    <Stack gap="md">
      {canChange && <NameVersionForm documentName={documentName} />}
      <QueryState query={versions} loadingLabel={t('versions.loading')}>
        {(list) => {
          const selected = list.find((version) => version.id === selectedId) ?? null;
          return (
            <div className="history-panel">
              <div className="history-panel__list">
                <Text size="xs" c="gray.7" mb={4}>
                  {t('versions.count', { count: list.length })}
                </Text>
                <VersionList versions={list} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
              </div>
              {selected && (
                <div className="history-panel__detail">
                  <VersionDetail key={selected.id} documentName={documentName} versions={list} version={selected} canRestore={canChange} />
                </div>
              )}
            </div>
          );
        }}
      </QueryState>
      <Divider />
      <section aria-labelledby="plan-state-history-title">
        <Title order={3} size="h5" id="plan-state-history-title" mb="xs">
          {t('planState.history.title')}
        </Title>
        {stateHistory}
      </section>
    </Stack>
  );
}
