import type { PlanState } from '@iap/shared';

/**
 * The translation key naming a move: going back to draft reads differently depending on where
 * the plan is (the lead partner sending a submitted plan back, or reopening a final one).
 */
export function moveLabelKey(from: PlanState, to: PlanState) {
  if (to !== 'draft') return `planState.moves.${to}` as const;
  if (from === 'final') return 'planState.moves.reopen' as const;
  if (from === 'submitted') return 'planState.moves.sendBack' as const;
  return 'planState.moves.draft' as const;
}

/** Sending a submitted plan back to the city needs a word on why; every other note is optional. */
export function noteRequired(from: PlanState, to: PlanState): boolean {
  return from === 'submitted' && to === 'draft';
}
