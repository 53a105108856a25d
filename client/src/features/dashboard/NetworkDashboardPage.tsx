import { useState } from 'react';
import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Button, Container, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PLAN_STATES, type PlanState } from '@iap/shared';
import { QueryState } from '../../api/QueryState';
import { useNetworkDashboard } from './dashboardApi';
import { CityDashboardCard } from './CityDashboardCard';
import { FundingChart } from './FundingChart';
import { DASHBOARD_SORTS, sortCities, type DashboardSort } from './sortCities';
import './dashboard.css';

const ALL_STATES = 'all';

/** `/network`: the lead partner's view of the nine plans, sortable and filtered by state. */
export function NetworkDashboardPage() {
  const { t } = useTranslation();
  const dashboard = useNetworkDashboard();
  const [sort, setSort] = useState<DashboardSort>('state');
  const [state, setState] = useState<PlanState | null>(null);
  return (
    <Container size="xl" py={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={4}>
            <Title order={1}>{t('dashboard.title')}</Title>
            <Text c="gray.7">{t('dashboard.intro')}</Text>
          </Stack>
          <Button component={Link} to="/network/compare" variant="default">
            {t('dashboard.compare.open')}
          </Button>
        </Group>
        <QueryState query={dashboard} loadingLabel={t('dashboard.loading')}>
          {(cities) => {
            const shown = sortCities(cities, sort, state);
            return (
              <Stack gap="lg">
                <Group gap="sm" align="flex-end">
                  <Select
                    label={t('dashboard.sort.label')}
                    data={DASHBOARD_SORTS.map((value) => ({ value, label: t(`dashboard.sort.${value}`) }))}
                    value={sort}
                    onChange={(value) => value && setSort(value as DashboardSort)}
                    allowDeselect={false}
                    w={220}
                  />
                  <Select
                    label={t('dashboard.filter.label')}
                    data={[
                      { value: ALL_STATES, label: t('dashboard.filter.all') },
                      ...PLAN_STATES.map((value) => ({ value, label: t(`planState.states.${value}`) })),
                    ]}
                    value={state ?? ALL_STATES}
                    onChange={(value) => setState(!value || value === ALL_STATES ? null : (value as PlanState))}
                    allowDeselect={false}
                    w={220}
                  />
                </Group>
                <Text size="sm" c="gray.7" role="status" aria-live="polite">
                  {t('dashboard.shown', { count: shown.length, total: cities.length })}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="section" aria-label={t('dashboard.citiesLabel')}>
                  {shown.map((city) => (
                    <CityDashboardCard key={city.slug} city={city} />
                  ))}
                </SimpleGrid>
                {shown.length > 0 && (
                  <Stack gap="xs" component="section" aria-labelledby="dashboard-funding">
                    <Title order={2} size="h3" id="dashboard-funding">
                      {t('dashboard.funding.title')}
                    </Title>
                    <FundingChart cities={shown} caption={t('dashboard.funding.caption')} />
                  </Stack>
                )}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Container>
  );
}
