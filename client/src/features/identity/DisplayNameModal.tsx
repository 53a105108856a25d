import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { displayNameSchema } from './identityStore';

interface DisplayNameModalProps {
  opened: boolean;
  /** On the first visit a name is needed before anything else, so the modal cannot be dismissed. */
  required: boolean;
  initialName: string;
  onSave: (name: string) => void;
  onClose: () => void;
}

export function DisplayNameModal({ opened, required, initialName, onSave, onClose }: DisplayNameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = displayNameSchema.safeParse(name);
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    onSave(parsed.data);
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('identity.modalTitle')}
      withCloseButton={!required}
      closeOnClickOutside={!required}
      closeOnEscape={!required}
      closeButtonProps={{ 'aria-label': t('identity.cancel') }}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('identity.modalIntro')}</Text>
          <TextInput
            label={t('identity.nameLabel')}
            placeholder={t('identity.namePlaceholder')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setInvalid(false);
            }}
            error={invalid ? t('identity.nameInvalid') : undefined}
            maxLength={40}
            autoComplete="nickname"
            data-autofocus
            required
          />
          <Group justify="flex-end">
            {!required && (
              <Button variant="default" onClick={onClose}>
                {t('identity.cancel')}
              </Button>
            )}
            <Button type="submit">{t('identity.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
