import { useTranslation } from 'react-i18next';
import { Blockquote, Text } from '@mantine/core';
import { QueryState } from '../../api/QueryState';
import { formatRelativeTime } from '../versions/relativeTime';
import { usePlanState } from './planStateApi';

/** Every change of the plan's state, newest first: the move, who made it, when, and their note. */
export function PlanStateHistory({ documentName }: { documentName: string }) {
  const { t, i18n } = useTranslation();
  const info = usePlanState(documentName);
  return (
    <QueryState query={info} loadingLabel={t('planState.history.title')}>
      {({ history }) =>
        history.length === 0 ? (
          <Text size="sm">{t('planState.history.empty')}</Text>
        ) : (
          <ol className="plan-state-history" reversed>
            {[...history].reverse().map((change) => (
              <li key={`${change.at}-${change.to}`} className="plan-state-history__item">
                <Text size="sm" fw={600}>
                  {t('planState.history.move', {
                    from: t(`planState.states.${change.from}`),
                    to: t(`planState.states.${change.to}`),
                  })}
                </Text>
                <Text size="xs" c="gray.7">
                  <time dateTime={change.at}>{formatRelativeTime(change.at, Date.now(), i18n.language)}</time>
                  {change.by && <> · {t('versions.by', { name: change.by.name })}</>}
                </Text>
                {change.note && (
                  <Blockquote p="xs" mt={4} className="plan-state-history__note">
                    {change.note}
                  </Blockquote>
                )}
              </li>
            ))}
          </ol>
        )
      }
    </QueryState>
  );
}
