import { Link } from './routing/Link';
import { useTranslation } from 'react-i18next';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack gap="sm">
        <Title order={1}>{t('app.notFoundTitle')}</Title>
        <Text>{t('app.notFoundBody')}</Text>
        <Anchor component={Link} to="/">
          {t('app.backHome')}
        </Anchor>
      </Stack>
    </Container>
  );
}
