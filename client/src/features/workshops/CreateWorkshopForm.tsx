import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import '@mantine/core/styles/CheckboxCard.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/NumberInput.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IAP_SECTION_IDS, WORKSHOP_LIMITS, type AgendaItem, type Workshop } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { sectionTitleKey } from '../iap/sectionText';
import { InvitedPicker } from './InvitedPicker';
import { workshopKeys, workshopsApi } from './workshopsApi';

interface DraftItem {
  title: string;
  minutes: number;
  sectionId: AgendaItem['sectionId'] | null;
}

const emptyItem = (): DraftItem => ({ title: '', minutes: 15, sectionId: null });

/** Prepares a session: title, when, where, whether guests may join, the agenda with time boxes, and who of the register is invited. */
export function CreateWorkshopForm({ slug, onCreated }: { slug: string; onCreated: (workshop: Workshop) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [allowGuests, setAllowGuests] = useState(true);
  const [agenda, setAgenda] = useState<DraftItem[]>([emptyItem()]);
  const [invited, setInvited] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () =>
      workshopsApi.create(slug, {
        title,
        // The picker gives local time without a zone; the server stores UTC.
        startsAt: new Date(startsAt).toISOString(),
        ...(place.trim() ? { place } : {}),
        allowGuests,
        agenda: agenda.map((item) => ({ title: item.title, minutes: item.minutes, ...(item.sectionId ? { sectionId: item.sectionId } : {}) })),
        ...(invited.length > 0 ? { invitedStakeholderIds: invited } : {}),
      }),
    onSuccess: (workshop) => {
      void queryClient.invalidateQueries({ queryKey: workshopKeys.list(slug) });
      onCreated(workshop);
    },
  });
  const update = (index: number, change: Partial<DraftItem>): void => setAgenda((items) => items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const sections = IAP_SECTION_IDS.map((id) => ({ value: id, label: t(sectionTitleKey(id)) }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label={t('workshops.create.title')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} required maxLength={WORKSHOP_LIMITS.titleLength} />
        <Group grow align="flex-start">
          <TextInput type="datetime-local" label={t('workshops.create.startsAt')} value={startsAt} onChange={(event) => setStartsAt(event.currentTarget.value)} required />
          <TextInput label={t('workshops.create.place')} value={place} onChange={(event) => setPlace(event.currentTarget.value)} maxLength={WORKSHOP_LIMITS.placeLength} />
        </Group>
        <Checkbox label={t('workshops.create.allowGuests')} checked={allowGuests} onChange={(event) => setAllowGuests(event.currentTarget.checked)} />
        <Title order={3} size="h5">
          {t('workshops.create.agenda')}
        </Title>
        {agenda.map((item, index) => (
          <Group key={index} align="flex-end" gap="xs" wrap="wrap" role="group" aria-label={t('workshops.create.item', { number: index + 1 })}>
            <TextInput
              label={t('workshops.create.itemTitle', { number: index + 1 })}
              value={item.title}
              onChange={(event) => update(index, { title: event.currentTarget.value })}
              required
              style={{ flex: '2 1 14rem' }}
            />
            <NumberInput
              label={t('workshops.create.itemMinutes', { number: index + 1 })}
              value={item.minutes}
              onChange={(value) => update(index, { minutes: typeof value === 'number' ? value : 1 })}
              min={1}
              max={WORKSHOP_LIMITS.itemMinutes}
              w={130}
            />
            <Select
              label={t('workshops.create.itemSection', { number: index + 1 })}
              data={sections}
              value={item.sectionId ?? null}
              onChange={(value) => update(index, { sectionId: (value as AgendaItem['sectionId']) ?? null })}
              clearable
              placeholder={t('workshops.create.noSection')}
              style={{ flex: '1 1 12rem' }}
            />
            <Button variant="subtle" color="red" disabled={agenda.length === 1} onClick={() => setAgenda((items) => items.filter((_item, i) => i !== index))}>
              {t('workshops.create.removeItem', { number: index + 1 })}
            </Button>
          </Group>
        ))}
        <Button variant="default" onClick={() => setAgenda((items) => [...items, emptyItem()])} disabled={agenda.length >= WORKSHOP_LIMITS.agendaItems} style={{ alignSelf: 'flex-start' }}>
          {t('workshops.create.addItem')}
        </Button>
        <InvitedPicker slug={slug} value={invited} onChange={setInvited} />
        {create.error && (
          <Alert color="red" role="alert">
            {describeApiError(t, create.error)}
          </Alert>
        )}
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('workshops.create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
