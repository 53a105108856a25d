import { useState } from 'react';
import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Card.css';
import { iapDocumentName, STAKEHOLDER_SECTORS, type DashboardCity } from '@iap/shared';
import { PlanStateBadge } from '../planState/PlanStateBadge';
import { useFormatters } from '../iap/format';
import { formatRelativeTime } from '../versions/relativeTime';
import { SECTOR_COLORS, useStakeholderLabels } from '../ulg/stakeholders/useStakeholderLabels';
import { SectionHeatStrip } from './SectionHeatStrip';

/** One city at a glance: state, completeness per section, flags, actions, money, the ULG, last activity. */
export function CityDashboardCard({ city }: { city: DashboardCity }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  // "2 hours ago" as of when the card appeared; the dashboard is a glance, not a clock.
  const [now] = useState(Date.now);
  const figures = [
    { label: t('dashboard.figures.actions'), value: String(city.actions) },
    { label: t('iap.budget.estimatedTotal'), value: format.euro(city.totalCost) },
    { label: t('iap.budget.fundingGap'), value: format.euro(city.fundingGap) },
    { label: t('dashboard.figures.members'), value: String(city.members) },
  ];
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={`dashboard-city-${city.slug}`} data-testid="dashboard-city" data-slug={city.slug}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={2} size="h4" id={`dashboard-city-${city.slug}`}>
            <Anchor component={Link} to={`/doc/${encodeURIComponent(iapDocumentName(city.slug))}`} inherit>
              {city.name}
            </Anchor>
          </Title>
          <PlanStateBadge state={city.state} />
        </Group>
        <Group justify="space-between" gap="xs">
          <Text fw={650}>{t('dashboard.completeness', { percent: city.completeness })}</Text>
          <Text size="sm" c={city.flags > 0 ? 'red.9' : 'gray.7'} data-testid="dashboard-flags">
            {t('iap.flags.count', { count: city.flags })}
          </Text>
        </Group>
        <SectionHeatStrip city={city} />
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
          {figures.map((figure) => (
            <div key={figure.label}>
              <Text size="xs" c="gray.7">
                {figure.label}
              </Text>
              <Text fw={600}>{figure.value}</Text>
            </div>
          ))}
        </SimpleGrid>
        <SectorStrip city={city} />
        <Text size="sm" c="gray.7">
          {city.lastActivityAt === null ? (
            t('dashboard.noActivity')
          ) : (
            <>
              {t('dashboard.lastActivity')}{' '}
              <time dateTime={city.lastActivityAt}>{formatRelativeTime(city.lastActivityAt, now, i18n.language)}</time>
            </>
          )}
        </Text>
      </Stack>
    </Card>
  );
}

/** The register's sector balance as one proportional bar, with the figures in words for screen readers. */
function SectorStrip({ city }: { city: DashboardCity }) {
  const { t } = useTranslation();
  const labels = useStakeholderLabels();
  const present = STAKEHOLDER_SECTORS.filter((sector) => (city.bySector[sector] ?? 0) > 0);
  const summary = present.map((sector) => `${labels.sector(sector)} ${city.bySector[sector]}`).join(', ');
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('dashboard.stakeholders', { count: city.stakeholders })}
        {summary && <span>: {summary}</span>}
      </Text>
      {city.stakeholders > 0 && (
        <div className="dashboard-sectors" aria-hidden>
          {present.map((sector) => (
            <span
              key={sector}
              style={{ flexGrow: city.bySector[sector], background: `var(--mantine-color-${SECTOR_COLORS[sector].replace('.', '-')})` }}
            />
          ))}
        </div>
      )}
    </Stack>
  );
}
