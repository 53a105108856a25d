import { useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { Container } from '@mantine/core';
import { QueryState } from '../../api/QueryState';
import { FacilitatorConsole } from './FacilitatorConsole';
import { ParticipantView } from './ParticipantView';
import { useWorkshop, useWorkshopEvents } from './workshopsApi';
import './workshops.css';

/** `/workshops/:id`: the console for whoever runs the session, the phone view for everyone else (guests too). */
export function WorkshopPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const workshop = useWorkshop(id);
  useWorkshopEvents(id, workshop.data !== undefined && workshop.data.status !== 'ended');
  return (
    <Container size={workshop.data?.canRun ? 'xl' : 'xs'} py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }}>
      <QueryState query={workshop} loadingLabel={t('workshops.loading')}>
        {(data) => (data.canRun ? <FacilitatorConsole workshop={data} /> : <ParticipantView workshop={data} />)}
      </QueryState>
    </Container>
  );
}
