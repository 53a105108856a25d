import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { workshopKeys, workshopsApi } from './workshopsApi';

/**
 * The plan's actions (for whoever runs the session), and how a decision names the ones it
 * concerns: as the plan does, "A1 · title"; an action since removed from the plan says so.
 */
export function usePlanActions(workshopId: string, enabled = true) {
  const { t } = useTranslation();
  const actions = useQuery({ queryKey: workshopKeys.actions(workshopId), queryFn: () => workshopsApi.planActions(workshopId), enabled });
  const list = actions.data?.actions ?? [];
  const labels = new Map(list.map((action) => [action.id, `${action.reference} · ${action.title || t('workshops.decisions.untitled')}`]));
  const concerns = (actionIds: readonly string[]): string =>
    t('workshops.decisions.concerns', { actions: actionIds.map((id) => labels.get(id) ?? t('workshops.decisions.goneAction')).join('; ') });
  return { query: actions, list, labels, concerns };
}
