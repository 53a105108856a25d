import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useSearchParams } from '../../app/routing/useSearchParams';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Container, Stack, Text, TextInput, Title } from '@mantine/core';
import { ErrorCode } from '@iap/shared';
import { isApiError } from '../../api/ApiRequestError';
import { describeApiError } from '../../api/describeApiError';
import { useMe } from '../auth/useMe';
import { workshopPath } from './paths';
import { workshopsApi } from './workshopsApi';
import './workshops.css';

/** `/join?code=…`: a participant joins a session with its code; a visitor gives a name and joins as a guest. */
export function JoinPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [search] = useSearchParams();
  const me = useMe();
  const [code, setCode] = useState(search.get('code') ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const signedIn = Boolean(me.data);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const joined = await workshopsApi.join(code, signedIn ? undefined : name);
      navigate(workshopPath(joined.workshopId));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const message = (): string =>
    isApiError(error, ErrorCode.notFound)
      ? t('workshops.join.unknownCode')
      : isApiError(error, ErrorCode.forbidden)
        ? t('workshops.join.noGuests')
        : describeApiError(t, error);

  return (
    <Container size="xs" py="xl" px="md" className="workshop-phone">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <Title order={1}>{t('workshops.join.title')}</Title>
          <Text>{signedIn ? t('workshops.join.introMember', { name: me.data?.user.name }) : t('workshops.join.introGuest')}</Text>
          <TextInput
            label={t('workshops.join.code')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            required
            autoCapitalize="characters"
            autoComplete="off"
            size="lg"
            maxLength={12}
          />
          {!signedIn && (
            <TextInput
              label={t('workshops.join.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
              autoComplete="name"
              size="lg"
              maxLength={80}
            />
          )}
          {error !== null && (
            <Alert color="red" role="alert">
              {message()}
            </Alert>
          )}
          <Button type="submit" size="lg" loading={busy}>
            {t('workshops.join.submit')}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
