import { useTranslation } from 'react-i18next';
import { Badge, VisuallyHidden } from '@mantine/core';
import type { PlanState } from '@iap/shared';

// Filled, white on the darkest shades: every pair passes 4.5:1.
const STATE_COLORS = { draft: 'gray.7', in_review: 'blue.9', validated: 'teal.9', submitted: 'grape.9', final: 'gray.9' } as const;

/** The plan's state in one word ("In review"), read as "Plan state: In review". */
export function PlanStateBadge({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} variant="filled" size="lg" tt="none" data-testid="plan-state-badge" data-state={state}>
      <VisuallyHidden component="span">{t('planState.label')} </VisuallyHidden>
      {t(`planState.states.${state}`)}
    </Badge>
  );
}
