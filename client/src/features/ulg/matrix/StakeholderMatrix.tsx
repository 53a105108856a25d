import { useTranslation } from 'react-i18next';
import { Stack, Text, Title } from '@mantine/core';
import type { Stakeholder } from '@iap/shared';
import { QueryState } from '../../../api/QueryState';
import { useStakeholders } from '../stakeholders/stakeholdersApi';
import { groupByQuadrant, HIGH_FROM, QUADRANTS, type Quadrant } from './matrixQuadrant';
import './stakeholderMatrix.css';

/**
 * The Matrix tab: the importance/influence grid. Each quadrant is a titled list, so a screen
 * reader gets the same grouping as the eye, in the grid's reading order.
 */
export function StakeholderMatrix({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const register = useStakeholders(slug);
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3">
          {t('matrix.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('matrix.intro', { high: HIGH_FROM })}
        </Text>
      </Stack>
      <QueryState query={register} loadingLabel={t('stakeholders.loading')}>
        {({ stakeholders, complete }) => (
          <Stack gap="xs">
            {!complete && (
              <Text size="sm" c="dimmed">
                {t('matrix.consentingOnly')}
              </Text>
            )}
            <MatrixGrid stakeholders={stakeholders} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function MatrixGrid({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const { t } = useTranslation();
  const groups = groupByQuadrant(stakeholders);
  return (
    <div className="stakeholder-matrix" data-testid="stakeholder-matrix">
      <div className="stakeholder-matrix__y-axis" aria-hidden>
        {t('matrix.influenceAxis')}
      </div>
      <div className="stakeholder-matrix__grid">
        {QUADRANTS.map((quadrant) => (
          <QuadrantCell key={quadrant} quadrant={quadrant} stakeholders={groups[quadrant]} />
        ))}
      </div>
      <div className="stakeholder-matrix__x-axis" aria-hidden>
        {t('matrix.importanceAxis')}
      </div>
    </div>
  );
}

function QuadrantCell({ quadrant, stakeholders }: { quadrant: Quadrant; stakeholders: Stakeholder[] }) {
  const { t } = useTranslation();
  const headingId = `quadrant-${quadrant}`;
  return (
    <section className={`stakeholder-matrix__cell stakeholder-matrix__cell--${quadrant}`} aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t(`matrix.quadrants.${quadrant}.title`)}{' '}
        <Text component="span" size="sm" c="dimmed" fw={400}>
          ({stakeholders.length})
        </Text>
      </Title>
      <Text size="xs" c="dimmed" mb={6}>
        {t(`matrix.quadrants.${quadrant}.where`)}
      </Text>
      {stakeholders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('matrix.nobody')}
        </Text>
      ) : (
        <ul className="stakeholder-matrix__names">
          {stakeholders.map((stakeholder) => (
            <li key={stakeholder.id}>
              <Text size="sm" fw={500} lh={1.35}>
                {stakeholder.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.35}>
                {t('matrix.scores', { importance: stakeholder.importance, influence: stakeholder.influence })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
