import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ActionChange } from '@iap/shared';
import { useFormatters } from '../iap/format';

const KIND_COLORS = { added: 'teal.9', removed: 'red.9', changed: 'blue.9' } as const;

/** The action table's changes: which actions were added or removed, and for changed ones each field, old → new. */
export function ActionDiff({ actions }: { actions: readonly ActionChange[] }) {
  const { t } = useTranslation();
  if (actions.length === 0) return <Text size="sm">{t('versions.diff.noActionChange')}</Text>;
  return (
    <ul className="version-diff__actions">
      {actions.map((action) => (
        <li key={action.id} className="version-diff__action" data-kind={action.kind}>
          <Stack gap={4}>
            <div>
              <Badge color={KIND_COLORS[action.kind]} variant="outline" size="sm" mr="xs">
                {t(`versions.diff.actionKinds.${action.kind}`)}
              </Badge>
              <Text span fw={600} size="sm">
                {action.title || t('versions.diff.untitledAction')}
              </Text>
            </div>
            {action.fields && action.fields.length > 0 && <FieldChanges fields={action.fields} />}
          </Stack>
        </li>
      ))}
    </ul>
  );
}

function FieldChanges({ fields }: { fields: NonNullable<ActionChange['fields']> }) {
  const { t } = useTranslation();
  const formatValue = useFieldValueFormatter();
  return (
    <dl className="version-diff__fields">
      {fields.map((change) => (
        <div key={change.field} className="version-diff__field">
          <dt>{fieldLabel(t, change.field)}</dt>
          <dd>
            <del className="version-diff__deleted">
              <VisuallyHidden component="span">{t('versions.diff.deleted')} </VisuallyHidden>
              {formatValue(change.field, change.from)}
            </del>{' '}
            <span aria-hidden>→</span>{' '}
            <ins className="version-diff__inserted">
              <VisuallyHidden component="span">{t('versions.diff.inserted')} </VisuallyHidden>
              {formatValue(change.field, change.to)}
            </ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

const FIELD_KEYS = {
  title: 'iap.action.fields.title',
  objectiveId: 'iap.action.fields.objective',
  status: 'iap.action.fields.status',
  description: 'iap.action.fields.description',
  leadOrganisation: 'iap.action.fields.leadOrganisation',
  partners: 'iap.action.fields.partners',
  start: 'iap.action.fields.start',
  end: 'iap.action.fields.end',
  estimatedCost: 'iap.action.fields.estimatedCost',
  fundingSources: 'iap.action.fields.fundingSources',
  outputs: 'iap.action.fields.outputs',
  resultIndicators: 'iap.action.fields.resultIndicators',
  risks: 'iap.action.fields.risks',
} as const;

// Typed as the plain TFunction: the app's full key union makes TypeScript give up here (TS2589).
function fieldLabel(t: TFunction, field: string): string {
  return field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field;
}

/** A field's value in words: amounts in euros, dates in the reader's format, lists by their names. */
function useFieldValueFormatter(): (field: string, value: unknown) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  const describe = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('iap.notSet');
    if (typeof value === 'number') return field === 'estimatedCost' ? format.euro(value) : String(value);
    if (typeof value === 'string') {
      if ((field === 'start' || field === 'end') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.day(value);
      if (field === 'status' && value in STATUS_KEYS) return t(STATUS_KEYS[value as keyof typeof STATUS_KEYS]);
      return value;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return t('iap.notSet');
      const named = value.map((item) => itemName(item)).filter((name): name is string => name !== null);
      return named.length === value.length ? named.join('; ') : t('versions.diff.items', { count: value.length });
    }
    return typeof value === 'boolean' ? String(value) : (itemName(value) ?? t('versions.diff.items', { count: 1 }));
  };
  return describe;
}

const STATUS_KEYS = {
  proposed: 'iap.action.statuses.proposed',
  agreed: 'iap.action.statuses.agreed',
  in_progress: 'iap.action.statuses.in_progress',
  completed: 'iap.action.statuses.completed',
  dropped: 'iap.action.statuses.dropped',
} as const;

/** A list item's own name (a funding source's, an indicator's, a risk's), or a plain id. */
function itemName(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Record<string, unknown>;
  for (const key of ['name', 'title', 'source', 'risk', 'description']) {
    if (typeof record[key] === 'string' && record[key] !== '') return record[key];
  }
  return null;
}
