import { useTranslation } from 'react-i18next';
import { Alert } from '@mantine/core';

interface ReadOnlyNoticeProps {
  /** How the person takes part ("Observer"), when their role is why they may only view. */
  roleLabel: string | null;
  /** The server dropped changes from this tab (its read-only notice, docs/PROTOCOL.md). */
  writeRefused: boolean;
  /** The plan is final: that, not the role, is why nobody may change it. */
  final?: boolean;
}

/** The "View only" banner: says that the plan cannot be changed here, and why. */
export function ReadOnlyNotice({ roleLabel, writeRefused, final = false }: ReadOnlyNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" radius={0} title={t('readOnly.title')} className="collab-editor__notice" data-testid="read-only-notice">
      {final
        ? t('readOnly.final')
        : writeRefused
          ? t('readOnly.refused')
          : roleLabel
            ? t('readOnly.byRole', { role: roleLabel })
            : t('readOnly.noRight')}
    </Alert>
  );
}
