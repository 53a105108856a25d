import { can } from '../access/policy.js';
import { ErrorCode, PLAN_STATE_MOVES, type PlanState, type PlanStateInfo, type Principal } from '@iap/shared';
import { isoAt, type Clock } from '../clock.js';
import type { CollabService } from '../collab/CollabService.js';
import { AppError } from '../errors.js';
import type { VersionService } from '../versions/VersionService.js';
import type { PlanStateStore } from './PlanStateStore.js';

/** Who takes a step of the workflow: the ULG's coordinator, or the lead partner. */
const ACTION_BY_SIDE = { city: 'iap.state', network: 'iap.review' } as const;

/**
 * The plan workflow: draft → in review → validated → submitted → final (shared PLAN_STATE_MOVES).
 * Every move is checked against the workflow (409) and the caller's role (403), recorded with
 * a version of the plan and an audit entry, and re-decides open sockets: a final plan is
 * read-only for everyone until it is reopened.
 */
export class PlanStateService {
  constructor(
    private readonly store: PlanStateStore,
    private readonly versions: VersionService,
    private readonly collab: CollabService,
    private readonly clock: Clock,
  ) {}

  async stateOf(documentName: string): Promise<PlanState> {
    return (await this.store.current(documentName))?.state ?? 'draft';
  }

  /** Rejects a write to the plan's content while it is final. */
  async assertWritable(documentName: string): Promise<void> {
    if ((await this.stateOf(documentName)) === 'final') {
      throw new AppError(ErrorCode.planFinal, 'This plan is final: the lead partner must reopen it before it can change');
    }
  }

  async info(documentName: string, citySlug: string, principal: Principal): Promise<PlanStateInfo> {
    const current = await this.store.current(documentName);
    const state = current?.state ?? 'draft';
    return {
      state,
      changedAt: current?.changedAt ?? null,
      changedBy: current?.changedBy ?? null,
      history: await this.store.history(documentName),
      allowedMoves: PLAN_STATE_MOVES.filter((move) => move.from === state && can(principal, ACTION_BY_SIDE[move.by], citySlug)).map((move) => move.to),
    };
  }

  async move(documentName: string, citySlug: string, principal: Principal, to: PlanState, note: string | null): Promise<PlanStateInfo> {
    const from = await this.stateOf(documentName);
    const step = PLAN_STATE_MOVES.find((move) => move.from === from && move.to === to);
    if (!step) throw new AppError(ErrorCode.invalidTransition, `A plan cannot go from ${from} to ${to}`, 'to');
    if (!can(principal, ACTION_BY_SIDE[step.by], citySlug)) {
      throw new AppError(ErrorCode.forbidden, `Your role does not allow moving the plan from ${from} to ${to}`);
    }
    const version = await this.versions.captureBecause(documentName, { event: 'stateMove', from, to }, principal.id);
    const moved = await this.store.move(
      { documentName, from, to, note, at: isoAt(this.clock()), byUserId: principal.id, versionId: version?.id ?? null },
      [
        {
          actorId: principal.id,
          citySlug,
          action: 'plan.state_changed',
          subject: { type: 'city', id: citySlug },
          details: { from, to, ...(note ? { note } : {}) },
        },
      ],
    );
    if (moved.outcome === 'stale') throw new AppError(ErrorCode.invalidTransition, 'The plan changed state meanwhile; reload and try again', 'to');
    // Locking and unlocking are decided where writes are: re-grant the plan's open sockets.
    await this.collab.refreshDocumentAccess(documentName);
    return this.info(documentName, citySlug, principal);
  }
}
