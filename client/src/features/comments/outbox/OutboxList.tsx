import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { ApiRequestError } from '../../../api/ApiRequestError';
import { describeApiError } from '../../../api/describeApiError';
import type { CommentOutbox } from './CommentOutbox';
import { useOutboxItems } from './useCommentOutbox';

/** How long "posted" stays on screen after a waiting comment went out. */
const POSTED_NOTICE_MS = 5_000;

/** The comments written without a connection, each with its state, and a word when they go out. */
export function OutboxList({ outbox }: { outbox: CommentOutbox }) {
  const { t } = useTranslation();
  const items = useOutboxItems(outbox);
  const [postedAt, setPostedAt] = useState<number | null>(null);

  useEffect(() => outbox.onPosted(() => setPostedAt(Date.now())), [outbox]);
  useEffect(() => {
    if (postedAt === null) return undefined;
    const timer = setTimeout(() => setPostedAt(null), POSTED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [postedAt]);

  return (
    <Stack gap="xs" aria-live="polite" className="iap-outbox">
      {items.map((item) => (
        <Paper key={item.id} withBorder p="sm" radius="md" className="iap-outbox__item" data-outbox-state={item.state}>
          <Stack gap={4}>
            <Text size="xs" c="gray.7">
              {t('commentOutbox.newThread')}
            </Text>
            <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {item.draft.body}
            </Text>
            <Group justify="space-between" gap="xs">
              <Text size="xs" fw={600} c={item.state === 'refused' ? 'red.8' : 'gray.8'}>
                {item.state === 'refused'
                  ? t('commentOutbox.refused', { reason: describeApiError(t, new ApiRequestError(0, item.refusedCode ?? '', '')) })
                  : t(item.state === 'sending' ? 'commentOutbox.sending' : 'commentOutbox.waiting')}
              </Text>
              {item.state === 'refused' && (
                <Button size="compact-xs" variant="default" onClick={() => outbox.discard(item.id)}>
                  {t('commentOutbox.discard')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
      {postedAt !== null && (
        <Text size="sm" c="teal.9" fw={600}>
          {t('commentOutbox.posted')}
        </Text>
      )}
    </Stack>
  );
}
