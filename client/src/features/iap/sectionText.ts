import { isIapSectionId, type IapSectionId } from '@iap/shared';

/** Translation key of a section's title; an id this client does not know gets a neutral title. */
export function sectionTitleKey(sectionId: string) {
  return isIapSectionId(sectionId) ? (`iap.sections.${sectionId}.title` as const) : ('iap.sections.unknown' as const);
}

/** Translation key of the guidance shown while a section is empty. */
export function sectionGuidanceKey(sectionId: IapSectionId) {
  return `iap.sections.${sectionId}.guidance` as const;
}
