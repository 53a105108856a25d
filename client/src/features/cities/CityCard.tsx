import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Card.css';
import type { CitySummary } from '@iap/shared';
import { countryName, languageName } from './displayNames';
import { useRoleLabel } from './useRoleLabel';

/** The path of the live editor for a city's IAP document. */
export function iapPath(city: Pick<CitySummary, 'iapDocument'>): string {
  return `/doc/${encodeURIComponent(city.iapDocument)}`;
}

export function ulgPath(slug: string): string {
  return `/cities/${encodeURIComponent(slug)}/ulg`;
}

/** One city on the home page: where it is, your role there, and the way to its IAP and ULG. */
export function CityCard({ city }: { city: CitySummary }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const headingId = `city-${city.slug}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={2} size="h3" id={headingId}>
            {city.name}
          </Title>
          {city.isLeadPartner && (
            <Badge variant="light" color="grape" style={{ flexShrink: 0 }}>
              {t('cities.leadPartnerCity')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('cities.countryAndLanguage', {
            country: countryName(city.country, i18n.language),
            language: languageName(city.language, i18n.language),
          })}
        </Text>
        <Text size="sm">
          {t('cities.yourRole')}{' '}
          <Text component="span" fw={600}>
            {roleLabel(city.role)}
          </Text>
        </Text>
        <Group gap="sm" mt="auto" pt="xs">
          <Button component={Link} to={iapPath(city)} aria-label={t('cities.openIapOf', { city: city.name })}>
            {t('cities.openIap')}
          </Button>
          <Button component={Link} to={ulgPath(city.slug)} variant="default" aria-label={t('cities.openUlgOf', { city: city.name })}>
            {t('cities.ulg')}
          </Button>
          <Button component={Link} to={`/cities/${encodeURIComponent(city.slug)}/workshops`} variant="default" aria-label={t('workshops.openListOf', { city: city.name })}>
            {t('workshops.openList')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
