import { useTranslation } from 'react-i18next';
import type { Version } from '@iap/shared';
import { formatRelativeTime } from './relativeTime';

/** How a version is named on screen: its label, or "Automatic version" for one nobody named. */
export function useVersionNaming() {
  const { t, i18n } = useTranslation();
  const exact = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    title: (version: Version): string => version.label ?? t('versions.automatic'),
    when: (version: Version): string => formatRelativeTime(version.createdAt, Date.now(), i18n.language),
    exactTime: (version: Version): string => exact.format(new Date(version.createdAt)),
    /** Title and time together, for a select option or a heading. */
    full: (version: Version): string =>
      t('versions.compare.version', {
        label: version.label ?? t('versions.automatic'),
        time: formatRelativeTime(version.createdAt, Date.now(), i18n.language),
      }),
  };
}
