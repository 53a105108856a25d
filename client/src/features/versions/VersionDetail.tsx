import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { Version } from '@iap/shared';
import { QueryState } from '../../api/QueryState';
import { ActionDiff } from './ActionDiff';
import { comparisonFor, type CompareWith } from './comparison';
import { RestoreVersionButton } from './RestoreVersionButton';
import { TextDiff } from './TextDiff';
import { useVersionNaming } from './versionLabel';
import { useVersionDiff } from './versionsApi';

interface VersionDetailProps {
  documentName: string;
  /** Newest first. */
  versions: readonly Version[];
  version: Version;
  /** Whether this person may bring the version back now (may edit, plan not final). */
  canRestore: boolean;
}

/** One version: what changed, against the version before it, the current plan or another version, and Restore. */
export function VersionDetail({ documentName, versions, version, canRestore }: VersionDetailProps) {
  const { t } = useTranslation();
  const naming = useVersionNaming();
  const [compareWith, setCompareWith] = useState<CompareWith>('previous');
  const comparison = comparisonFor(versions, version, compareWith);
  const diff = useVersionDiff(documentName, comparison?.fromId ?? null, comparison?.against ?? 'current');
  const selectValue = typeof compareWith === 'string' ? compareWith : compareWith.versionId;

  return (
    <Stack gap="sm" className="version-detail" data-testid="version-detail">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Title order={3} size="h5" className="version-detail__title">
            {naming.title(version)}
          </Title>
          <Text size="xs" c="gray.7">
            <time dateTime={version.createdAt}>{naming.exactTime(version)}</time>
            {version.author && <> · {t('versions.by', { name: version.author.name })}</>}
          </Text>
        </div>
        {canRestore && <RestoreVersionButton documentName={documentName} versionId={version.id} />}
      </Group>
      <NativeSelect
        label={t('versions.compare.label')}
        size="xs"
        value={selectValue}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setCompareWith(value === 'previous' || value === 'current' ? value : { versionId: value });
        }}
        data={[
          { value: 'previous', label: t('versions.compare.previous') },
          { value: 'current', label: t('versions.compare.current') },
          ...versions.filter((other) => other.id !== version.id).map((other) => ({ value: other.id, label: naming.full(other) })),
        ]}
      />
      {comparison === null ? (
        <Text size="sm">{t('versions.diff.first')}</Text>
      ) : (
        <>
          <Text size="sm" c="gray.7" role="status">
            {t('versions.diff.sinceVersion', {
              from: naming.full(comparison.older),
              to: comparison.newer ? naming.full(comparison.newer) : t('versions.compare.currentInSentence'),
            })}
          </Text>
          <QueryState query={diff} loadingLabel={t('versions.diff.loading')}>
            {(changes) => (
              <Stack gap="md">
                <section aria-labelledby="version-diff-text">
                  <Title order={4} size="h6" id="version-diff-text" mb="xs">
                    {t('versions.diff.textTitle')}
                  </Title>
                  <TextDiff text={changes.text} />
                </section>
                <section aria-labelledby="version-diff-actions">
                  <Title order={4} size="h6" id="version-diff-actions" mb="xs">
                    {t('versions.diff.actionsTitle')}
                  </Title>
                  <ActionDiff actions={changes.actions} />
                </section>
              </Stack>
            )}
          </QueryState>
        </>
      )}
    </Stack>
  );
}
