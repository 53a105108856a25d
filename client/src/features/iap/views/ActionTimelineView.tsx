import { useTranslation } from 'react-i18next';
import { NodeViewWrapper } from '@tiptap/react';
import { Stack, Text } from '@mantine/core';
import type * as Y from 'yjs';
import { usePlanItems } from '../plan/usePlanReadModel';
import type { PlanBlockViewProps } from '../schema/planBlockNode';
import { useFormatters } from '../format';
import { layOutTimeline } from './timelineLayout';

/** The node view of `iapActionTimeline`: a Gantt chart of the actions, derived from their dates. */
export function ActionTimelineView({ extension }: PlanBlockViewProps) {
  const doc = extension.options.doc;
  return <NodeViewWrapper contentEditable={false}>{doc && <ActionTimeline doc={doc} />}</NodeViewWrapper>;
}

function ActionTimeline({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { actions, references } = usePlanItems(doc);
  const layout = layOutTimeline(actions, references);

  return (
    <Stack gap="xs" className="iap-plan-block">
      <Text fw={650}>{t('iap.timeline.title')}</Text>
      {layout.bars.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('iap.timeline.empty')}
        </Text>
      ) : (
        <div className="iap-timeline">
          <div className="iap-timeline__years" aria-hidden>
            {layout.years.map((year) => (
              <span key={year.year} style={{ insetInlineStart: `${year.left}%` }}>
                {year.year}
              </span>
            ))}
          </div>
          <ul className="iap-timeline__rows">
            {layout.bars.map((bar) => (
              <li key={bar.action.id} className="iap-timeline__row">
                <span className="iap-timeline__label">
                  {bar.reference} · {bar.action.title || t('iap.untitled')}
                  <span className="iap-timeline__dates">
                    {t('iap.action.period', { start: format.day(bar.action.start ?? ''), end: format.day(bar.action.end ?? '') })}
                  </span>
                </span>
                <span className="iap-timeline__track" aria-hidden>
                  <span
                    className={`iap-timeline__bar iap-timeline__bar--${bar.action.status}`}
                    style={{ insetInlineStart: `${bar.left}%`, width: `${bar.width}%` }}
                  />
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {layout.unscheduled.length > 0 && (
        <Text size="sm" c="gray.7">
          {t('iap.timeline.unscheduled', {
            list: layout.unscheduled.map((entry) => `${entry.reference} ${entry.action.title || t('iap.untitled')}`).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}
