import { iapDocumentName, type Minutes } from '@iap/shared';
import type { VersionService } from '../versions/VersionService.js';
import { ideaView, type WorkshopBoard } from './WorkshopBoard.js';
import { summaryOf, type StakeholderRegister, type WorkshopService } from './WorkshopService.js';
import type { WorkshopRecord } from './WorkshopStore.js';

/**
 * The minutes of a session, read from what was stored: who came, the stakeholders invited and
 * whether they came (as the session's view shows them to this reader), the agenda, every idea (an
 * anonymous one with its author only for whoever runs the session), each poll's ranked results, the decisions, and what
 * changed in the plan between the versions taken at start and end (until the end: up to now).
 */
export async function buildMinutes(
  workshop: WorkshopRecord,
  viewer: { canRun: boolean },
  sessions: WorkshopService,
  board: WorkshopBoard,
  versions: VersionService,
  register: StakeholderRegister,
): Promise<Minutes> {
  const { store } = sessions;
  const participants = await store.participants(workshop.id);
  // Readers who do not run the session do not see the stakeholders of the register who did not
  // consent to be listed, as in the session's invited list: not even marked present here.
  const unlisted = viewer.canRun
    ? new Set<string>()
    : new Set((await register.listCity(workshop.citySlug)).filter((stakeholder) => !stakeholder.consentToBeListed).map((stakeholder) => stakeholder.id));
  const polls = await store.polls(workshop.id);
  const documentName = iapDocumentName(workshop.citySlug);
  const planChanges = workshop.startVersionId ? await versions.diff(documentName, workshop.startVersionId, workshop.endVersionId ?? 'current') : null;
  return {
    workshop: summaryOf(workshop, participants.length),
    attendance: participants
      .filter((participant) => participant.stakeholderId === null || !unlisted.has(participant.stakeholderId))
      .map((participant) => ({ name: participant.name, guest: participant.guest })),
    agenda: workshop.agenda,
    ideas: (await store.ideas(workshop.id)).map((idea) => ideaView(idea, viewer)),
    polls: await Promise.all(polls.map(async (poll) => ({ question: poll.question, results: await board.rankedResults(poll) }))),
    decisions: await board.decisions(workshop),
    invited: await sessions.invited(workshop, viewer.canRun),
    planChanges,
  };
}
