import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Button, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { QueryState } from '../../api/QueryState';
import { useMe } from '../currentUser/useMe';
import { useCities } from './citiesApi';
import { CityCard } from './CityCard';
import { ExportAllButton } from '../export/ExportAllDialog';

/** `/`: the cities the signed-in person belongs to, each with its IAP and ULG. */
export function CitiesHomePage() {
  const { t } = useTranslation();
  const cities = useCities();
  const me = useMe().data;
  const name = me?.user.name ?? '';
  // The server's policy (`export.all`, `network.dashboard`) gives them to both network roles; anyone else would get a 403.
  const canExportAll = me?.networkRole === 'lead_partner' || me?.networkRole === 'admin';
  return (
    <Container size="lg" py={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('cities.title')}</Title>
          <Text c="dimmed">{t('cities.welcome', { name })}</Text>
        </Stack>
        {canExportAll && (
          <Group gap="sm">
            <Button component={Link} to="/network" variant="filled">
              {t('dashboard.link')}
            </Button>
            <ExportAllButton />
          </Group>
        )}
        <QueryState query={cities} loadingLabel={t('cities.loading')}>
          {(list) =>
            list.length === 0 ? (
              <Text>{t('cities.none')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {list.map((city) => (
                  <CityCard key={city.slug} city={city} />
                ))}
              </SimpleGrid>
            )
          }
        </QueryState>
      </Stack>
    </Container>
  );
}
