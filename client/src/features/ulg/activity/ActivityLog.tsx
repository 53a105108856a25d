import { useTranslation } from 'react-i18next';
import { Button, Stack, Text, Title } from '@mantine/core';
import { QueryState } from '../../../api/QueryState';
import { useMembers } from '../members/membersApi';
import { useAuditLog } from './auditApi';
import { useDescribeAuditEntry } from './useDescribeAuditEntry';
import './activityLog.css';

/** The Activity tab: who changed roles, membership, invites and the register, newest first. */
export function ActivityLog({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const log = useAuditLog(slug);
  const members = useMembers(slug);
  const describe = useDescribeAuditEntry((userId) => members.data?.find((member) => member.userId === userId)?.name);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('activity.title')}
      </Title>
      <QueryState query={log} loadingLabel={t('activity.loading')}>
        {({ pages }) => {
          const entries = pages.flatMap((page) => page.entries);
          if (entries.length === 0) return <Text>{t('activity.empty')}</Text>;
          return (
            <Stack gap="md" align="flex-start">
              <ol className="activity-log" aria-label={t('activity.title')}>
                {entries.map((entry) => (
                  <li key={entry.id} className="activity-log__entry">
                    <Text size="sm">{describe(entry)}</Text>
                    <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
                      {time.format(new Date(entry.at))}
                    </Text>
                  </li>
                ))}
              </ol>
              {log.hasNextPage && (
                <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                  {t('activity.older')}
                </Button>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
