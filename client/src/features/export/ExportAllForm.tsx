import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Progress, Radio, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/RadioCard.css';
import '@mantine/core/styles/RadioIndicator.css';
import '@mantine/core/styles/Radio.css';
import { PLAN_EXPORT_FORMATS, type ExportJobRequest, type PlanExportFormat } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { supportedLanguage } from '../../i18n/languages';
import { exportJobFileUrl, useExportJobStatus, useStartExportJob } from './exportApi';

type Scope = 'all' | 'submitted';
/** "Only submitted and final plans": what the lead partner collects at the end of the network. */
const SUBMITTED_STATES: ExportJobRequest['states'] = ['submitted', 'final'];

/** The "Export all plans" dialog's content: format, which plans, then the job's progress and its file. */
export function ExportAllForm() {
  const { t, i18n } = useTranslation();
  // The files' fixed texts in the language of this screen.
  const language = supportedLanguage(i18n.language);
  const [format, setFormat] = useState<PlanExportFormat>('pdf');
  const [scope, setScope] = useState<Scope>('all');
  const start = useStartExportJob();
  const jobId = start.data ?? null;
  const status = useExportJobStatus(jobId);
  const job = status.data;
  const running = start.isPending || (jobId !== null && (!job || job.status === 'running'));
  const error = start.error ?? status.error;

  return (
    <Stack gap="md">
      <Radio.Group label={t('export.all.format')} value={format} onChange={(value) => setFormat(value as PlanExportFormat)}>
        <Group mt="xs">
          {PLAN_EXPORT_FORMATS.map((value) => (
            <Radio key={value} value={value} label={t(`export.formats.${value}`)} disabled={running} />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group label={t('export.all.which')} value={scope} onChange={(value) => setScope(value as Scope)}>
        <Stack gap="xs" mt="xs">
          <Radio value="all" label={t('export.all.everyPlan')} disabled={running} />
          <Radio value="submitted" label={t('export.all.submittedOnly')} disabled={running} />
        </Stack>
      </Radio.Group>
      {jobId !== null && job && (
        <Stack gap={4}>
          <Progress
            value={job.total === 0 ? 100 : (job.done / job.total) * 100}
            aria-label={t('export.all.progressLabel')}
            animated={job.status === 'running'}
          />
          <Text size="sm" role="status">
            {job.status === 'failed'
              ? t('export.all.failed')
              : t(job.status === 'done' ? 'export.all.done' : 'export.all.progress', { done: job.done, total: job.total })}
          </Text>
        </Stack>
      )}
      {error && <Alert color="red">{describeApiError(t, error)}</Alert>}
      <Group justify="flex-end">
        {job?.status === 'done' && (
          <Button component="a" href={exportJobFileUrl(jobId!)} download>
            {t('export.all.download')}
          </Button>
        )}
        <Button
          variant={job?.status === 'done' ? 'default' : 'filled'}
          loading={running}
          onClick={() => start.mutate({ format, ...(scope === 'submitted' ? { states: SUBMITTED_STATES } : {}), ...(language ? { lang: language } : {}) })}
        >
          {t(jobId === null ? 'export.all.start' : 'export.all.again')}
        </Button>
      </Group>
    </Stack>
  );
}
