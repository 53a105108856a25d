import { isIapSectionId, type IapSectionId } from '@iap/shared';

/** Translation key of a section's title; an id this client does not know gets a neutral title. */
export function sectionTitleKey(sectionId: string) {
  return isIapSectionId(sectionId) ? (`iap.sections.${sectionId}.title` as const) : ('iap.sections.unknown' as const);
}

/** Translation key of the guidance shown while a section is empty. */
export function sectionGuidanceKey(sectionId: IapSectionId) {
  return `iap.sections.${sectionId}.guidance` as const;
}

/**
 * The DOM id of a section's heading, the target of the outline's jumps and of Follow me. Here,
 * not beside the heading node: a page that only scrolls to a heading need not load the editor.
 */
export function sectionHeadingDomId(sectionId: string): string {
  return `iap-section-${sectionId}`;
}
