import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Anchor, Badge, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Card.css';
import type { WorkshopSummary } from '@iap/shared';
import { QueryState } from '../../api/QueryState';
import { useCity } from '../cities/citiesApi';
import { ulgPath } from '../cities/CityCard';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { workshopPath } from './paths';
import { useWorkshopList } from './workshopsApi';

const STATUS_COLORS = { planned: 'blue', running: 'green', ended: 'gray' } as const;

/** `/cities/:slug/workshops`: the city's sessions (running, upcoming, past with attendance) and, for facilitators, a new one. */
export function WorkshopsPage() {
  const { t, i18n } = useTranslation();
  const slug = useParams().slug ?? '';
  const [, navigate] = useLocation();
  const city = useCity(slug);
  const list = useWorkshopList(slug);
  const [creating, setCreating] = useState(false);
  const canRun = city.data?.permissions.includes('workshop.run') ?? false;
  const when = (iso: string): string => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Anchor component={Link} to={ulgPath(slug)} size="sm">
            {t('workshops.list.backToUlg')}
          </Anchor>
          <Group justify="space-between" align="flex-end">
            <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
              {t('workshops.list.title', { city: city.data?.name ?? '' })}
            </Title>
            {canRun && !creating && <Button onClick={() => setCreating(true)}>{t('workshops.list.new')}</Button>}
          </Group>
        </Stack>
        {creating && (
          <Card withBorder component="section" aria-labelledby="new-workshop-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="new-workshop-heading">
                {t('workshops.create.heading')}
              </Title>
              <CreateWorkshopForm slug={slug} onCreated={(workshop) => void navigate(workshopPath(workshop.id))} />
            </Stack>
          </Card>
        )}
        <QueryState query={list} loadingLabel={t('workshops.list.loading')}>
          {(data) =>
            data.workshops.length === 0 ? (
              <Text c="gray.7">{t('workshops.list.empty')}</Text>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.workshops.map((workshop: WorkshopSummary) => (
                  <Card key={workshop.id} withBorder component="li" padding="md">
                    <Group justify="space-between" gap="sm">
                      <Stack gap={2}>
                        <Anchor component={Link} to={workshopPath(workshop.id)} fw={600}>
                          {workshop.title}
                        </Anchor>
                        <Text size="sm" c="gray.7">
                          {when(workshop.startsAt)}
                          {workshop.place ? ` · ${workshop.place}` : ''} · {t('workshops.list.attendance', { count: workshop.attendance })}
                        </Text>
                      </Stack>
                      <Badge color={STATUS_COLORS[workshop.status]} variant="dot">
                        {t(`workshops.console.status.${workshop.status}`)}
                      </Badge>
                    </Group>
                  </Card>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Container>
  );
}
