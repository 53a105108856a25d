import { randomUUID } from 'node:crypto';
import {
  actionReference,
  ErrorCode,
  iapDocumentName,
  type PlanActionRef,
  type CreatePoll,
  type Decision,
  type Idea,
  type Poll,
  type PollResults,
} from '@iap/shared';
import { isoAt } from '../clock.js';
import type { CollabDocument } from '../collab/CollabDocument.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import { planSnapshotOf } from '../iap/planSnapshot.js';
import { AppError } from '../errors.js';
import type { PlanStateService } from '../planStates/PlanStateService.js';
import { assertRunning, assertRuns, type WorkshopCaller } from './callers.js';
import { addDraftAction } from './draftAction.js';
import type { WorkshopService } from './WorkshopService.js';
import type { IdeaRecord, PollRecord, WorkshopRecord } from './WorkshopStore.js';

/**
 * What participants make during a session: ideas, dot votes, and the decisions the facilitator
 * records. The server decides who posts as whom and how many dots anyone has; a client only asks.
 */
export class WorkshopBoard {
  constructor(
    private readonly sessions: WorkshopService,
    private readonly registry: DocumentRegistry,
    private readonly planStates: PlanStateService,
  ) {}

  private get store() {
    return this.sessions.store;
  }

  private now(): string {
    return isoAt(this.sessions.clock());
  }

  /** A new idea on the current agenda item, posted as the caller (never as anyone else). */
  async postIdea(workshop: WorkshopRecord, caller: WorkshopCaller, text: string, anonymous: boolean): Promise<Idea> {
    assertRunning(workshop);
    const participant = await this.sessions.participantOf(workshop, caller);
    const idea = { id: randomUUID(), workshopId: workshop.id, itemIndex: workshop.currentItem, participantId: participant.id, anonymous, text, createdAt: this.now(), actionId: null };
    await this.store.insertIdea(idea);
    this.sessions.events.notify(workshop.id, 'ideas');
    return ideaView({ ...idea, authorName: participant.name, group: null }, caller);
  }

  async ideas(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<Idea[]> {
    return (await this.store.ideas(workshop.id)).map((idea) => ideaView(idea, caller));
  }

  /**
   * Turns an idea into a draft action of the city's plan, through the live document so it is
   * committed before anyone sees it; its description links it back to the session.
   */
  async promote(workshop: WorkshopRecord, caller: WorkshopCaller, ideaId: string): Promise<string> {
    assertRuns(caller);
    if (workshop.status === 'ended') throw new AppError(ErrorCode.conflict, 'This session has ended');
    const idea = await this.store.idea(workshop.id, ideaId);
    if (!idea) throw new AppError(ErrorCode.notFound, 'No such idea in this session');
    if (idea.actionId) throw new AppError(ErrorCode.conflict, 'This idea is already an action');
    const documentName = iapDocumentName(workshop.citySlug);
    await this.planStates.assertWritable(documentName);
    const actionId = `act-${randomUUID().slice(0, 13)}`;
    const note = `Proposed at the workshop “${workshop.title}” (${workshop.startsAt.slice(0, 10)}, session ${workshop.id}).`;
    await addDraftAction(this.registry, documentName, actionId, idea.text, note);
    await this.store.markPromoted(idea.id, actionId);
    this.sessions.events.notify(workshop.id, 'ideas');
    return actionId;
  }

  /**
   * Puts ideas of the session in the group `group`, or out of theirs with null. Every id must be
   * one of the session's ideas, or nothing changes. Allowed after the end too, for the minutes.
   */
  async group(workshop: WorkshopRecord, caller: WorkshopCaller, ideaIds: readonly string[], group: string | null): Promise<Idea[]> {
    assertRuns(caller);
    const known = new Set((await this.store.ideas(workshop.id)).map((idea) => idea.id));
    const unknown = ideaIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw new AppError(ErrorCode.invalidPayload, 'No such idea in this session', `ideaIds.${unknown}`);
    await this.store.groupIdeas(workshop.id, ideaIds, group);
    this.sessions.events.notify(workshop.id, 'ideas');
    return this.ideas(workshop, caller);
  }

  /** The plan's actions in order, with their references (A1, A2…), for the decision form. */
  async planActions(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<PlanActionRef[]> {
    assertRuns(caller);
    const documentName = iapDocumentName(workshop.citySlug);
    let opened: CollabDocument | null = null;
    try {
      const snapshot = await this.registry.attach(documentName, (document) => {
        opened = document;
        return planSnapshotOf(document.doc);
      });
      return snapshot.actions.map((action, index) => ({ id: action.id, reference: actionReference(index), title: action.title }));
    } finally {
      // A read must not pin the document in memory.
      if (opened) this.registry.release(opened);
    }
  }

  async createPoll(workshop: WorkshopRecord, caller: WorkshopCaller, input: CreatePoll): Promise<Poll> {
    assertRuns(caller);
    assertRunning(workshop);
    const ideaIds = new Set((await this.store.ideas(workshop.id)).map((idea) => idea.id));
    input.options.forEach((option, index) => {
      if (option.ideaId && !ideaIds.has(option.ideaId)) throw new AppError(ErrorCode.invalidPayload, 'No such idea in this session', `options.${index}.ideaId`);
    });
    const poll: PollRecord = {
      id: randomUUID(),
      workshopId: workshop.id,
      question: input.question,
      votesPerPerson: input.votesPerPerson,
      closesAt: input.closesAt ? new Date(input.closesAt).toISOString() : null,
      closedAt: null,
      createdAt: this.now(),
      options: input.options.map((option) => ({ id: randomUUID(), label: option.label, ideaId: option.ideaId ?? null, actionId: option.actionId ?? null })),
    };
    await this.store.insertPoll(poll);
    this.sessions.events.notify(workshop.id, 'polls');
    if (poll.closesAt) {
      // Nothing closes a timed poll but the clock: tell the streams when it does, so phones show
      // the results at once. This reminder lives only in this instance; each screen also keeps its
      // own appointment with the closing (client useRefetchWhenPollsClose), so none waits on it.
      const closing = setTimeout(() => this.sessions.events.notify(workshop.id, 'polls'), Math.max(0, Date.parse(poll.closesAt) - this.sessions.clock()));
      closing.unref();
    }
    return this.pollView(poll, []);
  }

  async polls(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<Poll[]> {
    const me = caller.kind === 'guest' ? caller.participant : await this.store.participantByUser(workshop.id, caller.user.id);
    return Promise.all((await this.store.polls(workshop.id)).map(async (poll) => this.pollView(poll, me ? await this.store.votesOf(poll.id, me.id) : [])));
  }

  /** One dot on `optionId`; the budget, the poll being open and the option being its own are checked atomically by the store. */
  async vote(workshop: WorkshopRecord, caller: WorkshopCaller, pollId: string, optionId: string): Promise<Poll> {
    const poll = await this.findPoll(workshop, pollId);
    if (workshop.status === 'ended') throw new AppError(ErrorCode.pollClosed, 'This session has ended; its polls are closed');
    const participant = await this.sessions.participantOf(workshop, caller);
    const outcome = await this.store.castVote({ id: randomUUID(), pollId: poll.id, optionId, participantId: participant.id, at: this.now() });
    if (outcome === 'unknown_option') throw new AppError(ErrorCode.invalidPayload, 'No such option in this poll', 'optionId');
    if (outcome === 'closed') throw new AppError(ErrorCode.pollClosed, 'This poll is closed');
    if (outcome === 'budget_exhausted') {
      throw new AppError(ErrorCode.voteBudgetExhausted, `You have used all ${poll.votesPerPerson} of your votes in this poll`);
    }
    this.sessions.events.notify(workshop.id, 'polls');
    return this.pollView(poll, await this.store.votesOf(poll.id, participant.id));
  }

  async closePoll(workshop: WorkshopRecord, caller: WorkshopCaller, pollId: string): Promise<void> {
    assertRuns(caller);
    const poll = await this.findPoll(workshop, pollId);
    if (!isClosed(poll, this.now())) await this.store.closePoll(poll.id, this.now());
    this.sessions.events.notify(workshop.id, 'polls');
  }

  /** Ranked counts: live for whoever runs the session, for everyone else only once the poll is closed. */
  async results(workshop: WorkshopRecord, caller: WorkshopCaller, pollId: string): Promise<PollResults> {
    const poll = await this.findPoll(workshop, pollId);
    const closed = isClosed(poll, this.now());
    if (!closed && !caller.canRun) throw new AppError(ErrorCode.forbidden, 'Results are shown once the poll is closed');
    return { closed, options: await this.rankedResults(poll) };
  }

  async rankedResults(poll: PollRecord): Promise<PollResults['options']> {
    const counts = await this.store.voteCounts(poll.id);
    // Stable: options with equal votes keep the order they were given in.
    return poll.options.map((option) => ({ id: option.id, label: option.label, votes: counts.get(option.id) ?? 0 })).sort((a, b) => b.votes - a.votes);
  }

  async decide(workshop: WorkshopRecord, caller: WorkshopCaller, text: string, actionIds: string[]): Promise<Decision> {
    assertRuns(caller);
    assertRunning(workshop);
    const decision = { id: randomUUID(), workshopId: workshop.id, text, actionIds, itemIndex: workshop.currentItem, createdAt: this.now() };
    await this.store.insertDecision(decision);
    this.sessions.events.notify(workshop.id, 'decisions');
    return decisionView(decision);
  }

  async decisions(workshop: WorkshopRecord): Promise<Decision[]> {
    return (await this.store.decisions(workshop.id)).map(decisionView);
  }

  /** A poll of this session; another session's poll is as unknown as a made-up id. */
  private async findPoll(workshop: WorkshopRecord, pollId: string): Promise<PollRecord> {
    const poll = await this.store.poll(workshop.id, pollId);
    if (!poll) throw new AppError(ErrorCode.notFound, 'No such poll in this session');
    return poll;
  }

  private pollView(poll: PollRecord, myVotes: string[]): Poll {
    return {
      id: poll.id,
      question: poll.question,
      votesPerPerson: poll.votesPerPerson,
      options: poll.options.map((option) => ({ id: option.id, label: option.label })),
      closesAt: poll.closesAt,
      closed: isClosed(poll, this.now()),
      myVotes,
    };
  }
}

/** Closed by the facilitator, or past its time limit. */
export function isClosed(poll: PollRecord, now: string): boolean {
  return poll.closedAt !== null || (poll.closesAt !== null && poll.closesAt <= now);
}

/** An idea as the caller sees it: the author of an anonymous one only for whoever runs the session. */
export function ideaView(idea: IdeaRecord, caller: { canRun: boolean }): Idea {
  return {
    id: idea.id,
    text: idea.text,
    itemIndex: idea.itemIndex,
    anonymous: idea.anonymous,
    author: idea.anonymous && !caller.canRun ? null : { name: idea.authorName },
    createdAt: idea.createdAt,
    actionId: idea.actionId,
    group: idea.group,
  };
}

function decisionView(decision: { id: string; text: string; actionIds: string[]; itemIndex: number; createdAt: string }): Decision {
  return { id: decision.id, text: decision.text, actionIds: decision.actionIds, itemIndex: decision.itemIndex, createdAt: decision.createdAt };
}
