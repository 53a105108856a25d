import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { WORKSHOP_LIMITS } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { useWorkshopMutation, workshopKeys, workshopsApi } from './workshopsApi';

/** Who is here: everyone who joined, and people the facilitator adds who have no device. */
export function AttendancePanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const attendance = useQuery({ queryKey: workshopKeys.attendance(workshopId), queryFn: () => workshopsApi.attendance(workshopId) });
  const [name, setName] = useState('');
  const add = useWorkshopMutation(workshopId, (value: string) => workshopsApi.addAttendee(workshopId, value));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    add.mutate(name, { onSuccess: () => setName('') });
  };
  const people = attendance.data?.attendance ?? [];
  return (
    <Stack gap="sm">
      <Text>{people.length === 0 ? t('workshops.attendance.none') : people.map((person) => (person.guest ? t('workshops.minutes.guestName', { name: person.name }) : person.name)).join(', ')}</Text>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs">
          <TextInput label={t('workshops.attendance.add')} value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={WORKSHOP_LIMITS.nameLength} required style={{ flex: 1 }} />
          <Button type="submit" variant="default" loading={add.isPending} disabled={name.trim() === ''}>
            {t('workshops.attendance.submit')}
          </Button>
        </Group>
      </form>
      {add.error && (
        <Alert color="red" role="alert">
          {describeApiError(t, add.error)}
        </Alert>
      )}
    </Stack>
  );
}
