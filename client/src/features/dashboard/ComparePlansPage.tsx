import { useSearchParams } from '../../app/routing/useSearchParams';
import { useTranslation } from 'react-i18next';
import { Container, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { ComparedPlan, PlanComparison } from '@iap/shared';
import { QueryState } from '../../api/QueryState';
import { PlanStateBadge } from '../planState/PlanStateBadge';
import { useNetworkDashboard, usePlanComparison } from './dashboardApi';
import { ComparedActions } from './ComparedActions';
import { FundingChart } from './FundingChart';
import './dashboard.css';

/** `/network/compare?a=<slug>&b=<slug>`: two plans side by side, section by section. */
export function ComparePlansPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const a = params.get('a');
  const b = params.get('b');
  const cities = useNetworkDashboard();
  const comparison = usePlanComparison(a, b);
  const options = (cities.data ?? []).map((city) => ({ value: city.slug, label: city.name }));
  const choose = (key: 'a' | 'b', value: string | null): void => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <Container size="xl" py={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <Title order={1}>{t('dashboard.compare.title')}</Title>
        <Group gap="sm" align="flex-end" grow preventGrowOverflow={false}>
          <Select label={t('dashboard.compare.first')} data={options} value={a} onChange={(value) => choose('a', value)} searchable maw={320} />
          <Select label={t('dashboard.compare.second')} data={options} value={b} onChange={(value) => choose('b', value)} searchable maw={320} />
        </Group>
        {a === null || b === null ? (
          <Text c="gray.7">{t('dashboard.compare.choose')}</Text>
        ) : a === b ? (
          <Text c="gray.7">{t('dashboard.compare.same')}</Text>
        ) : (
          <QueryState query={comparison} loadingLabel={t('dashboard.compare.loading')}>
            {(plans) => <Comparison plans={plans} />}
          </QueryState>
        )}
      </Stack>
    </Container>
  );
}

function Comparison({ plans }: { plans: PlanComparison }) {
  const { t } = useTranslation();
  const pair = [plans.a, plans.b] as const;
  return (
    <Stack gap="xl">
      <div className="dashboard-compare__row">
        {pair.map((plan) => (
          <Group key={plan.city.slug} gap="sm">
            <Title order={2} size="h3">
              {plan.city.name}
            </Title>
            <PlanStateBadge state={plan.city.state} />
            <Text c="gray.7">{t('dashboard.completeness', { percent: plan.city.completeness })}</Text>
          </Group>
        ))}
      </div>
      {plans.a.sections.map((section, index) => (
        <Stack key={section.sectionId} gap="xs" component="section" aria-labelledby={`compare-${section.sectionId}`}>
          <Title order={2} size="h4" id={`compare-${section.sectionId}`}>
            {t('dashboard.compare.sectionTitle', { number: index + 1, title: t(`iap.sections.${section.sectionId}.title`) })}
          </Title>
          <div className="dashboard-compare__row">
            {pair.map((plan) => (
              <SectionText key={plan.city.slug} plan={plan} sectionId={section.sectionId} />
            ))}
          </div>
        </Stack>
      ))}
      <Stack gap="xs" component="section" aria-labelledby="compare-actions">
        <Title order={2} size="h4" id="compare-actions">
          {t('dashboard.compare.actions')}
        </Title>
        <div className="dashboard-compare__row">
          {pair.map((plan) => (
            <ComparedActions key={plan.city.slug} plan={plan} />
          ))}
        </div>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="compare-budget">
        <Title order={2} size="h4" id="compare-budget">
          {t('dashboard.compare.budget')}
        </Title>
        <FundingChart cities={pair.map((plan) => plan.city)} caption={t('dashboard.compare.budgetCaption')} />
      </Stack>
    </Stack>
  );
}

function SectionText({ plan, sectionId }: { plan: ComparedPlan; sectionId: ComparedPlan['sections'][number]['sectionId'] }) {
  const { t } = useTranslation();
  const section = plan.sections.find((candidate) => candidate.sectionId === sectionId);
  const completeness = plan.city.sections.find((candidate) => candidate.sectionId === sectionId)?.completeness ?? 0;
  return (
    <Stack gap={4} className="dashboard-compare__cell">
      <Text size="sm" fw={650} c="gray.8">
        {t('dashboard.compare.cityCompleteness', { city: plan.city.name, percent: completeness })}
      </Text>
      {section && section.text !== '' ? (
        <Text className="dashboard-compare__text" size="sm">
          {section.text}
          {section.truncated && '…'}
        </Text>
      ) : (
        <Text size="sm" c="gray.7" fs="italic">
          {t('dashboard.compare.empty')}
        </Text>
      )}
    </Stack>
  );
}
