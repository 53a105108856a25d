import { useTranslation } from 'react-i18next';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { STAKEHOLDER_SECTORS } from '@iap/shared';
import { QueryState } from '../../../api/QueryState';
import { useStakeholderSummary } from '../stakeholders/stakeholdersApi';
import { useStakeholderLabels } from '../stakeholders/useStakeholderLabels';
import { GenderBalanceChart } from './GenderBalanceChart';
import { SectorBalanceChart } from './SectorBalanceChart';
import '@mantine/charts/styles.css';

/** The Balance tab: who the ULG brings together, by sector and by gender, over the whole register. */
export function BalancePanel({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const summary = useStakeholderSummary(slug);
  const labels = useStakeholderLabels();
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3">
          {t('balance.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('balance.intro')}
        </Text>
      </Stack>
      <QueryState query={summary} loadingLabel={t('balance.loading')}>
        {(data) => {
          const missing = STAKEHOLDER_SECTORS.filter((sector) => !data.bySector[sector]).map(labels.sector);
          return (
            <Stack gap="md">
              <Text fw={500}>
                {missing.length === 0
                  ? t('balance.allSectors', { count: data.total })
                  : t('balance.missingSectors', { count: data.total, sectors: new Intl.ListFormat(i18n.language).format(missing) })}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <Paper withBorder p="md" component="section" aria-labelledby="sector-balance-title">
                  <Title order={3} size="h4" id="sector-balance-title" mb="sm">
                    {t('balance.sectorTitle')}
                  </Title>
                  <SectorBalanceChart summary={data} />
                </Paper>
                <Paper withBorder p="md" component="section" aria-labelledby="gender-balance-title">
                  <Title order={3} size="h4" id="gender-balance-title" mb="sm">
                    {t('balance.genderTitle')}
                  </Title>
                  <GenderBalanceChart summary={data} />
                </Paper>
              </SimpleGrid>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
