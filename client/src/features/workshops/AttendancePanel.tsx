import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { WORKSHOP_LIMITS, type Workshop } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { InvitationsEditor } from './InvitationsEditor';
import { useWorkshopMutation, workshopKeys, workshopsApi } from './workshopsApi';

/**
 * Who is here: everyone who joined, people the facilitator adds who have no device (an invited
 * stakeholder among them with one press), and a way to take someone out of the list; until the
 * end, who is invited can change.
 */
export function AttendancePanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const workshopId = workshop.id;
  const attendance = useQuery({ queryKey: workshopKeys.attendance(workshopId), queryFn: () => workshopsApi.attendance(workshopId) });
  const [name, setName] = useState('');
  const add = useWorkshopMutation(workshopId, (person: { name: string; stakeholderId?: string }) => workshopsApi.addAttendee(workshopId, person.name, person.stakeholderId));
  const remove = useWorkshopMutation(workshopId, (participantId: string) => workshopsApi.removeAttendee(workshopId, participantId));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    add.mutate({ name }, { onSuccess: () => setName('') });
  };
  const people = attendance.data?.attendance ?? [];
  const error = add.error ?? remove.error;
  return (
    <Stack gap="sm">
      {people.length === 0 ? (
        <Text c="gray.7">{t('workshops.attendance.none')}</Text>
      ) : (
        <Stack component="ul" gap={4} className="workshop-plain-list" aria-label={t('workshops.attendance.listLabel')}>
          {people.map((person) => {
            const label = person.guest ? t('workshops.minutes.guestName', { name: person.name }) : person.name;
            return (
              <Group component="li" key={person.id} justify="space-between" gap="xs" wrap="nowrap">
                <Text style={{ overflowWrap: 'anywhere' }}>{label}</Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('workshops.attendance.remove', { name: person.name })}
                  loading={remove.isPending && remove.variables === person.id}
                  onClick={() => remove.mutate(person.id)}
                >
                  {t('workshops.attendance.removeShort')}
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
      {workshop.invited.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('workshops.attendance.invited', { attended: workshop.invited.filter((invitee) => invitee.attended).length, total: workshop.invited.length })}
          </Title>
          <Stack component="ul" gap={4} className="workshop-plain-list">
            {workshop.invited.map((invitee) => (
              <Group component="li" key={invitee.id} justify="space-between" gap="xs" wrap="nowrap">
                <Text style={{ overflowWrap: 'anywhere' }}>{invitee.name}</Text>
                {invitee.attended ? (
                  <Badge color="green" variant="dot">
                    {t('workshops.attendance.present')}
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('workshops.attendance.markPresent', { name: invitee.name })}
                    loading={add.isPending && add.variables?.stakeholderId === invitee.id}
                    onClick={() => add.mutate({ name: invitee.name, stakeholderId: invitee.id })}
                  >
                    {t('workshops.attendance.markPresentShort')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        </Stack>
      )}
      {workshop.status !== 'ended' && <InvitationsEditor workshop={workshop} />}
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs">
          <TextInput label={t('workshops.attendance.add')} value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={WORKSHOP_LIMITS.nameLength} required style={{ flex: 1 }} />
          <Button type="submit" variant="default" loading={add.isPending && !add.variables?.stakeholderId} disabled={name.trim() === ''}>
            {t('workshops.attendance.submit')}
          </Button>
        </Group>
      </form>
      {error && (
        <Alert color="red" role="alert">
          {describeApiError(t, error)}
        </Alert>
      )}
    </Stack>
  );
}
