/**
 * The nine sections of an Integrated Action Plan, in the order of the URBACT Action
 * Planning Canvas (DOMAIN.md, "What an IAP contains"). Titles and guidance are i18n keys
 * on the client (`iap.sections.<id>.title` / `.guidance`), so the ids are stable identifiers.
 */
export const IAP_SECTION_IDS = [
  'context',
  'vision',
  'objectives',
  'integrated-approach',
  'actions',
  'implementation',
  'monitoring',
  'participation',
  'pilot-actions',
] as const;
export type IapSectionId = (typeof IAP_SECTION_IDS)[number];

export function isIapSectionId(value: unknown): value is IapSectionId {
  return typeof value === 'string' && (IAP_SECTION_IDS as readonly string[]).includes(value);
}

/**
 * Node names of the IAP document. The server template writes Yjs XmlElements with exactly
 * these names and the client registers a Tiptap node for each: y-tiptap deletes, for every
 * client, an element whose name the editor schema does not know.
 */
export const IAP_NODE = {
  /** Protected heading that starts each section; attrs `{ sectionId, level }`, no content. */
  sectionHeading: 'iapSectionHeading',
  /** Atom rendered from the `objectives` array (section "objectives"). */
  objectiveTable: 'iapObjectiveTable',
  /** Atom rendered from the `actions` array (section "actions"). */
  actionTable: 'iapActionTable',
  /** Derived, read-only views of the actions (section "implementation"). */
  actionTimeline: 'iapActionTimeline',
  budgetSummary: 'iapBudgetSummary',
  /** Derived, read-only list of every indicator (section "monitoring"). */
  indicatorsAnnex: 'iapIndicatorsAnnex',
  /** Tiptap's own paragraph, the empty line a new section starts with. */
  paragraph: 'paragraph',
} as const;
export type IapNodeName = (typeof IAP_NODE)[keyof typeof IAP_NODE];

/** Heading level of every section heading (the city name is the page's level 1). */
export const IAP_SECTION_HEADING_LEVEL = 2;

/** Atom blocks that belong to a section, after its heading; they are protected like headings. */
export const IAP_SECTION_BLOCKS: Readonly<Record<IapSectionId, readonly IapNodeName[]>> = {
  context: [],
  vision: [],
  objectives: [IAP_NODE.objectiveTable],
  'integrated-approach': [],
  actions: [IAP_NODE.actionTable],
  implementation: [IAP_NODE.actionTimeline, IAP_NODE.budgetSummary],
  monitoring: [IAP_NODE.indicatorsAnnex],
  participation: [],
  'pilot-actions': [],
};

/** Every node the template places and the editor must never lose to a local edit. */
export const IAP_PROTECTED_NODES: readonly IapNodeName[] = [
  IAP_NODE.sectionHeading,
  IAP_NODE.objectiveTable,
  IAP_NODE.actionTable,
  IAP_NODE.actionTimeline,
  IAP_NODE.budgetSummary,
  IAP_NODE.indicatorsAnnex,
];

/** Top-level names in the Yjs document of an IAP (`iap.<slug>`). */
export const IAP_YDOC = {
  /** The rich text, bound to Tiptap's Collaboration extension. */
  text: 'default',
  /** Y.Array<Y.Map> of actions; see actions.ts for the keys. */
  actions: 'actions',
  /** Y.Array<Y.Map> of objectives; see objectives.ts for the keys. */
  objectives: 'objectives',
} as const;

/** Matches `iap.<slug>` and captures the city slug. */
export const IAP_DOCUMENT_PATTERN = /^iap\.([a-z0-9-]{2,40})$/;

/** The city slug of an IAP document name, or null when the name is not an IAP. */
export function citySlugOfIapDocument(documentName: string): string | null {
  return IAP_DOCUMENT_PATTERN.exec(documentName)?.[1] ?? null;
}
