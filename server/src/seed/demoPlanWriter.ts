import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { iapDocumentName, type CityRole, type PlanState, type Principal } from '@iap/shared';
import { isoAt, type Clock } from '../clock.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import type { CommentRepository } from '../comments/CommentRepository.js';
import type { PlanStateService } from '../planStates/PlanStateService.js';
import type { VersionService } from '../versions/VersionService.js';
import type { DemoPlan } from './demoPlans/DemoPlan.js';
import { demoPlanUpdate } from './demoPlanContent.js';

/** What writing a plan needs from the running app: the same paths a user's edit and a move take. */
export interface DemoPlanServices {
  registry: DocumentRegistry;
  planStates: PlanStateService;
  versions: VersionService;
}

/** The demo accounts that write a city's plan, by role, and the lead partner who finalises it. */
export interface DemoPlanAuthors {
  cityRoles: ReadonlyMap<CityRole, string>;
  leadPartnerId: string;
}

/** The workflow steps from draft to each demo state, and who takes them (shared PLAN_STATE_MOVES). */
const STEPS_TO: Record<DemoPlan['state'], { to: PlanState; by: 'coordinator' | 'lead_partner' }[]> = {
  draft: [],
  submitted: [
    { to: 'in_review', by: 'coordinator' },
    { to: 'validated', by: 'coordinator' },
    { to: 'submitted', by: 'coordinator' },
  ],
  final: [
    { to: 'in_review', by: 'coordinator' },
    { to: 'validated', by: 'coordinator' },
    { to: 'submitted', by: 'coordinator' },
    { to: 'final', by: 'lead_partner' },
  ],
};

/**
 * Writes one demo plan as a user's edit would land: one update through the open document
 * (committed before it is broadcast), comment threads on its actions, a named version, then
 * the moves to its state through the plan-state service, so history and audit agree.
 */
export async function writeDemoPlan(
  plan: DemoPlan,
  services: DemoPlanServices,
  comments: CommentRepository,
  clock: Clock,
  authors: DemoPlanAuthors,
): Promise<void> {
  const name = iapDocumentName(plan.citySlug);
  const document = await services.registry.open(name);
  const committed = await document.readCommitted((doc) => Y.encodeStateAsUpdate(doc));
  await document.applyServerUpdate(demoPlanUpdate(committed, plan));

  const authorOf = (role: CityRole): string => {
    const id = authors.cityRoles.get(role);
    if (!id) throw new Error(`no demo ${role} in ${plan.citySlug}`);
    return id;
  };
  for (const thread of plan.threads) {
    const threadId = randomUUID();
    await comments.createThread({
      id: threadId,
      documentName: name,
      citySlug: plan.citySlug,
      anchor: { kind: 'action', actionId: thread.actionId },
      authorId: authorOf(thread.by),
      body: thread.body,
      mentions: [],
      at: isoAt(clock()),
    });
    for (const reply of thread.replies) {
      await comments.insertComment({ id: randomUUID(), threadId, authorId: authorOf(reply.by), body: reply.body, mentions: [], at: isoAt(clock()) });
    }
  }

  const coordinator: Principal = { id: authorOf('coordinator'), networkRole: null, cityRoles: { [plan.citySlug]: 'coordinator' } };
  const leadPartner: Principal = { id: authors.leadPartnerId, networkRole: 'lead_partner', cityRoles: {} };
  await services.versions.capture(name, { kind: 'named', label: plan.versionLabel, authorId: coordinator.id });
  for (const step of STEPS_TO[plan.state]) {
    await services.planStates.move(name, plan.citySlug, step.by === 'coordinator' ? coordinator : leadPartner, step.to, null);
  }
}
