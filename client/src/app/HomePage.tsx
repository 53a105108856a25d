import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Anchor, Box, Button, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { DOCUMENT_NAME_PATTERN } from '@iap/shared';

/** The document every new visitor can try; the demo seed gives it content. */
const WELCOME_DOCUMENT = 'welcome';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {t('home.title')}
          </Title>
          <Text size="lg" c="gray.8">
            {t('home.intro')}
          </Text>
        </Stack>
        <Paper withBorder p="lg">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('home.welcomeTitle')}
            </Title>
            <Text>{t('home.welcomeBody')}</Text>
            <Anchor component={Link} to={`/doc/${WELCOME_DOCUMENT}`} fw={600}>
              {t('home.welcomeLink')}
            </Anchor>
          </Stack>
        </Paper>
        <OpenDocumentForm />
      </Stack>
    </Container>
  );
}

function OpenDocumentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const titleId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!DOCUMENT_NAME_PATTERN.test(trimmed)) {
      setInvalid(true);
      return;
    }
    void navigate(`/doc/${encodeURIComponent(trimmed)}`);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={titleId}>
            {t('home.openTitle')}
          </Title>
          <TextInput
            label={t('home.documentNameLabel')}
            description={t('home.documentNameDescription')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setInvalid(false);
            }}
            error={invalid ? t('home.documentNameInvalid') : undefined}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            // The button sits beside the field itself, not beside its label and hint.
            inputContainer={(input) => (
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Box flex={1}>{input}</Box>
                <Button type="submit">{t('home.openButton')}</Button>
              </Group>
            )}
          />
        </Stack>
      </form>
    </Paper>
  );
}
