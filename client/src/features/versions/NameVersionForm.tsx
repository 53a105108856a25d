import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeApiError } from '../../api/describeApiError';
import { useNameVersion } from './versionsApi';

/** "Name the current version": keeps the plan as it is now under a label everyone recognises. */
export function NameVersionForm({ documentName }: { documentName: string }) {
  const { t } = useTranslation();
  const nameVersion = useNameVersion(documentName);
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    nameVersion.mutate(trimmed, {
      onSuccess: (version) => {
        setLabel('');
        notifications.show({
          color: 'teal',
          message: t('versions.name.done', { label: version.label ?? trimmed }),
          closeButtonProps: { 'aria-label': t('common.close') },
        });
      },
    });
  };

  const error = missing ? t('versions.name.required') : nameVersion.isError ? describeApiError(t, nameVersion.error) : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t('versions.name.label')}
          placeholder={t('versions.name.placeholder')}
          value={label}
          maxLength={120}
          error={error}
          onChange={(event) => {
            setLabel(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="default" size="xs" loading={nameVersion.isPending}>
            {t('versions.name.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
