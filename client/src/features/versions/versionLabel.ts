import { useTranslation } from 'react-i18next';
import { planStateSchema, type Version } from '@iap/shared';
import { formatRelativeTime } from './relativeTime';

/** The server labels a state change's version with the two state ids ("draft → in_review"). */
const STATE_MOVE_LABEL = /^(\w+) → (\w+)$/;

/** How a version is named on screen: its label, or "Automatic version" for one nobody named. */
export function useVersionNaming() {
  const { t, i18n } = useTranslation();
  const exact = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const title = (version: Version): string => {
    if (version.label === null) return t('versions.automatic');
    const move = version.kind === 'state' ? STATE_MOVE_LABEL.exec(version.label) : null;
    const from = planStateSchema.safeParse(move?.[1]);
    const to = planStateSchema.safeParse(move?.[2]);
    // State names in the reader's language rather than the ids the label holds.
    if (from.success && to.success) {
      return t('planState.history.move', { from: t(`planState.states.${from.data}`), to: t(`planState.states.${to.data}`) });
    }
    return version.label;
  };
  const when = (version: Version): string => formatRelativeTime(version.createdAt, Date.now(), i18n.language);
  return {
    title,
    when,
    exactTime: (version: Version): string => exact.format(new Date(version.createdAt)),
    /** Title and time together, for a select option or a sentence. */
    full: (version: Version): string => t('versions.compare.version', { label: title(version), time: when(version) }),
  };
}
