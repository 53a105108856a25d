import { useTranslation } from 'react-i18next';
import { versionOriginOf, type Version, type VersionKind, type VersionOrigin } from '@iap/shared';
import { formatRelativeTime } from './relativeTime';

/** A restore names the version it brought back by its label, or by its time when nobody named it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
/** The kinds a restored version's own label may come from, tried in turn. */
const SERVER_KINDS: VersionKind[] = ['state', 'restore', 'workshop'];

/**
 * How a version is named on screen: its label, or "Automatic version" for one nobody named.
 * A version the server took (a state change, around a restore, at a workshop) is worded from
 * its kind and parameters in the reader's language (shared/src/versionLabels.ts), never shown
 * in the English it is stored in.
 */
export function useVersionNaming() {
  const { t, i18n } = useTranslation();
  const exact = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const restoredName = (label: string): string => {
    if (ISO_TIME.test(label)) return exact.format(new Date(label));
    const origin = SERVER_KINDS.map((kind) => versionOriginOf({ kind, label })).find((found) => found !== null);
    return origin ? originText(origin) : label;
  };
  const originText = (origin: VersionOrigin): string => {
    switch (origin.event) {
      case 'stateMove':
        return t('planState.history.move', { from: t(`planState.states.${origin.from}`), to: t(`planState.states.${origin.to}`) });
      case 'beforeRestore':
        return t('versions.origin.beforeRestore', { version: restoredName(origin.of) });
      case 'restored':
        return t('versions.origin.restored', { version: restoredName(origin.of) });
      case 'workshopStarted':
        return t('versions.origin.workshopStarted', { title: origin.title });
      case 'workshopEnded':
        return t('versions.origin.workshopEnded', { title: origin.title });
    }
  };
  const title = (version: Version): string => {
    if (version.label === null) return t('versions.automatic');
    const origin = versionOriginOf(version);
    return origin ? originText(origin) : version.label;
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
