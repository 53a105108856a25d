import { planStateSchema, type PlanState } from './planStates.js';
import type { VersionKind } from './versions.js';

/**
 * What a version the server took by itself records about why: the label is stored as text
 * (readable in the table, and every stored version keeps working), written and read back only
 * here, so the History panel can word it in the reader's language from the kind and its
 * parameters instead of showing the English it was stored in.
 */
export type VersionOrigin =
  | { event: 'stateMove'; from: PlanState; to: PlanState }
  | { event: 'beforeRestore'; of: string }
  | { event: 'restored'; of: string }
  | { event: 'workshopStarted'; title: string }
  | { event: 'workshopEnded'; title: string };

const KIND_OF: Record<VersionOrigin['event'], VersionKind> = {
  stateMove: 'state',
  beforeRestore: 'restore',
  restored: 'restore',
  workshopStarted: 'workshop',
  workshopEnded: 'workshop',
};

/** The kind of version an origin is stored as. */
export function versionKindOf(origin: VersionOrigin): VersionKind {
  return KIND_OF[origin.event];
}

/** The stored label of a version the server takes. */
export function versionLabelOf(origin: VersionOrigin): string {
  switch (origin.event) {
    case 'stateMove':
      return `${origin.from} → ${origin.to}`;
    case 'beforeRestore':
      return `Before restoring ${origin.of}`;
    case 'restored':
      return `Restored ${origin.of}`;
    case 'workshopStarted':
      return `Workshop started: ${origin.title}`;
    case 'workshopEnded':
      return `Workshop ended: ${origin.title}`;
  }
}

const PATTERNS: { kind: VersionKind; pattern: RegExp; origin: (match: RegExpExecArray) => VersionOrigin | null }[] = [
  {
    kind: 'state',
    pattern: /^(\w+) → (\w+)$/,
    origin: ([, from, to]) => {
      const parsedFrom = planStateSchema.safeParse(from);
      const parsedTo = planStateSchema.safeParse(to);
      return parsedFrom.success && parsedTo.success ? { event: 'stateMove', from: parsedFrom.data, to: parsedTo.data } : null;
    },
  },
  { kind: 'restore', pattern: /^Before restoring (.+)$/s, origin: ([, of]) => ({ event: 'beforeRestore', of: of! }) },
  { kind: 'restore', pattern: /^Restored (.+)$/s, origin: ([, of]) => ({ event: 'restored', of: of! }) },
  { kind: 'workshop', pattern: /^Workshop started: (.*)$/s, origin: ([, title]) => ({ event: 'workshopStarted', title: title! }) },
  { kind: 'workshop', pattern: /^Workshop ended: (.*)$/s, origin: ([, title]) => ({ event: 'workshopEnded', title: title! }) },
];

/** Why the server took a version, read back from its kind and stored label; null for one a person named. */
export function versionOriginOf(version: { kind: VersionKind; label: string | null }): VersionOrigin | null {
  if (version.label === null || version.kind === 'named' || version.kind === 'auto') return null;
  for (const { kind, pattern, origin } of PATTERNS) {
    const match = kind === version.kind ? pattern.exec(version.label) : null;
    if (match) return origin(match);
  }
  return null;
}
