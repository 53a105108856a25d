import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Stack } from '@mantine/core';
import { commentBodySchema, type Member } from '@iap/shared';
import { ApiRequestError } from '../../api/ApiRequestError';
import { MentionTextarea } from './MentionTextarea';
import { mentionedIds } from './mentions';

interface CommentComposerProps {
  label: string;
  submitLabel: string;
  members: readonly Member[];
  initialBody?: string;
  autoFocus?: boolean;
  onSubmit: (input: { body: string; mentions: string[] }) => Promise<unknown>;
  onCancel?: () => void;
}

/** Writes a comment or a reply; checks the body with the shared schema before sending. */
export function CommentComposer({ label, submitLabel, members, initialBody = '', autoFocus, onSubmit, onCancel }: CommentComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);

  const submit = async (): Promise<void> => {
    const parsed = commentBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(t(body.trim().length === 0 ? 'comments.errors.empty' : 'comments.errors.tooLong'));
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      await onSubmit({ body: parsed.data, mentions: mentionedIds(parsed.data, members) });
      setBody('');
      onCancel?.();
    } catch (failure) {
      setError(t(errorKeyOf(failure)));
    } finally {
      setSending(false);
    }
  };

  return (
    <Stack gap="xs">
      <MentionTextarea
        label={label}
        value={body}
        onChange={setBody}
        members={members}
        error={error}
        autoFocus={autoFocus}
        onSubmit={() => void submit()}
      />
      <Group justify="flex-end" gap="xs">
        {onCancel && (
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('iap.cancel')}
          </Button>
        )}
        <Button size="xs" loading={sending} onClick={() => void submit()}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** The translated reason a comment was refused (the server's messages are for developers). */
function errorKeyOf(failure: unknown) {
  if (failure instanceof ApiRequestError) {
    if (failure.field === 'mentions') return 'comments.errors.mentions' as const;
    if (failure.field === 'body') return 'comments.errors.tooLong' as const;
    if (failure.status === 403) return 'comments.errors.forbidden' as const;
  }
  return 'comments.errors.failed' as const;
}
