import { useParams } from 'wouter';
import { Link } from '../../app/routing/Link';
import { useSearchParams } from '../../app/routing/useSearchParams';
import { useTranslation } from 'react-i18next';
import { Anchor, Button, Container, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Tabs.css';
import type { CityDetail } from '@iap/shared';
import { QueryState } from '../../api/QueryState';
import { useCity } from '../cities/citiesApi';
import { iapPath } from '../cities/CityCard';
import { countryName } from '../cities/displayNames';
import { useRoleLabel } from '../cities/useRoleLabel';
import { ActivityLog } from './activity/ActivityLog';
import { BalancePanel } from './balance/BalancePanel';
import { CityUnavailable } from './CityUnavailable';
import { StakeholderMatrix } from './matrix/StakeholderMatrix';
import { MembersPanel } from './members/MembersPanel';
import { StakeholderRegister } from './stakeholders/StakeholderRegister';
import './ulgPage.css';

const TABS = ['stakeholders', 'balance', 'matrix', 'members', 'activity'] as const;
type Tab = (typeof TABS)[number];

/** `/cities/:slug/ulg`: the city's URBACT Local Group: register, balance, matrix, members, activity. */
export function UlgPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const city = useCity(slug);
  if (city.error) return <CityUnavailable error={city.error} />;
  return (
    <Container size="xl" py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }}>
      <QueryState query={city} loadingLabel={t('ulg.loading')}>
        {(detail) => <UlgContent city={detail} />}
      </QueryState>
    </Container>
  );
}

function UlgContent({ city }: { city: CityDetail }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const [search, setSearch] = useSearchParams();
  const allowed = new Set(city.permissions);
  const tabs = TABS.filter((tab) => tab !== 'activity' || allowed.has('audit.read'));
  const requested = search.get('tab') as Tab | null;
  const active: Tab = requested && tabs.includes(requested) ? requested : 'stakeholders';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Anchor component={Link} to="/" size="sm">
            {t('ulg.backToCities')}
          </Anchor>
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {t('ulg.title', { city: city.name })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ulg.subtitle', { country: countryName(city.country, i18n.language), role: roleLabel(city.role) })}
          </Text>
        </Stack>
        <Button component={Link} to={iapPath(city)} variant="light">
          {t('ulg.openIap')}
        </Button>
      </Group>
      <Tabs
        value={active}
        onChange={(value) => setSearch(value && value !== 'stakeholders' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List className="ulg-tabs">
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`ulg.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="stakeholders" pt="md">
          <StakeholderRegister slug={city.slug} canManage={allowed.has('stakeholders.manage')} />
        </Tabs.Panel>
        <Tabs.Panel value="balance" pt="md">
          <BalancePanel slug={city.slug} />
        </Tabs.Panel>
        <Tabs.Panel value="matrix" pt="md">
          <StakeholderMatrix slug={city.slug} />
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          <MembersPanel slug={city.slug} canManage={allowed.has('members.manage')} canInvite={allowed.has('members.invite')} />
        </Tabs.Panel>
        {allowed.has('audit.read') && (
          <Tabs.Panel value="activity" pt="md">
            <ActivityLog slug={city.slug} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
