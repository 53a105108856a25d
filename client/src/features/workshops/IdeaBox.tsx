import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Stack, Textarea } from '@mantine/core';
import '@mantine/core/styles/CheckboxCard.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/Checkbox.css';
import { WORKSHOP_LIMITS } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { useWorkshopMutation, workshopsApi } from './workshopsApi';

/** Where a participant writes an idea for the current item, optionally anonymous to the others. */
export function IdeaBox({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const post = useWorkshopMutation(workshopId, (input: { text: string; anonymous: boolean }) => workshopsApi.postIdea(workshopId, input.text, input.anonymous));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    post.mutate({ text, anonymous }, { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Textarea
          label={t('workshops.ideas.yourIdea')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={WORKSHOP_LIMITS.ideaLength}
          autosize
          minRows={2}
          required
        />
        <Checkbox size="md" label={t('workshops.ideas.anonymous')} checked={anonymous} onChange={(event) => setAnonymous(event.currentTarget.checked)} />
        {post.error && (
          <Alert color="red" role="alert">
            {describeApiError(t, post.error)}
          </Alert>
        )}
        <Button type="submit" size="lg" loading={post.isPending} disabled={text.trim() === ''}>
          {t('workshops.ideas.post')}
        </Button>
      </Stack>
    </form>
  );
}
