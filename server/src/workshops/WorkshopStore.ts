import type { AgendaItem, WorkshopStatus } from '@iap/shared';

/** A workshop session as stored. Times are ISO-8601 UTC strings. */
export interface WorkshopRecord {
  id: string;
  citySlug: string;
  title: string;
  startsAt: string;
  place: string | null;
  allowGuests: boolean;
  agenda: AgendaItem[];
  status: WorkshopStatus;
  currentItem: number;
  joinCode: string;
  /** While the countdown runs: when it reaches zero. Null while stopped. */
  timerEndsAt: string | null;
  /** While stopped: what is left. */
  timerRemainingMs: number;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  startVersionId: string | null;
  endVersionId: string | null;
  /** Follow me: participants' plan views show the current item's section. */
  followMe: boolean;
  /** Ids of the city's stakeholder register invited (when the session was prepared, or changed since). */
  invitedStakeholderIds: string[];
}

/** The fields of the session a console command changes. */
export type WorkshopStateChange = Partial<
  Pick<
    WorkshopRecord,
    'status' | 'currentItem' | 'timerEndsAt' | 'timerRemainingMs' | 'startedAt' | 'endedAt' | 'startVersionId' | 'endVersionId' | 'followMe' | 'invitedStakeholderIds'
  >
>;

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  userId: string | null;
  name: string;
  guest: boolean;
  joinedAt: string;
  /** The register's entry of an invited stakeholder marked present by the facilitator. */
  stakeholderId: string | null;
}

export interface IdeaRecord {
  id: string;
  workshopId: string;
  itemIndex: number;
  participantId: string;
  authorName: string;
  anonymous: boolean;
  text: string;
  createdAt: string;
  actionId: string | null;
  /** The facilitator's group label; null while ungrouped. */
  group: string | null;
}

export interface PollOptionRecord {
  id: string;
  label: string;
  ideaId: string | null;
  actionId: string | null;
}

export interface PollRecord {
  id: string;
  workshopId: string;
  question: string;
  votesPerPerson: number;
  closesAt: string | null;
  closedAt: string | null;
  createdAt: string;
  options: PollOptionRecord[];
}

export interface DecisionRecord {
  id: string;
  workshopId: string;
  text: string;
  actionIds: string[];
  itemIndex: number;
  createdAt: string;
}

/** Why a vote was refused, decided inside the store's transaction. */
export type VoteOutcome = 'counted' | 'closed' | 'budget_exhausted' | 'unknown_option';

/**
 * Storage of workshop sessions. Every method is async so a PostgreSQL implementation can follow
 * the SQLite one (SqliteWorkshopStore); `castVote` and `join` are the two steps that must be
 * atomic there too (a transaction with the poll's votes, or the join code, locked).
 */
export interface WorkshopStore {
  /** Inserts the session; false when its join code is already taken by a session not ended. */
  insert(workshop: WorkshopRecord): Promise<boolean>;
  find(id: string): Promise<WorkshopRecord | null>;
  /** The session not ended whose join code is `code`. */
  findActiveByCode(code: string): Promise<WorkshopRecord | null>;
  listByCity(citySlug: string): Promise<WorkshopRecord[]>;
  /** Applies `change` if the session is still in `expected` status; false otherwise (a concurrent end, say). */
  update(id: string, expected: WorkshopStatus[], change: WorkshopStateChange): Promise<boolean>;

  /** The participant of a signed-in account, added if absent (a second join is the same person, back in the attendance if removed). */
  joinMember(participant: ParticipantRecord): Promise<ParticipantRecord>;
  /** A guest (with the hash of their cookie's token) or someone present without a device (no token). */
  addParticipant(participant: ParticipantRecord, tokenHash: string | null): Promise<void>;
  /** A signed-in participant still in the attendance (not removed). */
  participantByUser(workshopId: string, userId: string): Promise<ParticipantRecord | null>;
  /** A guest still in the attendance: a removed guest's pass opens nothing. */
  participantByToken(tokenHash: string): Promise<ParticipantRecord | null>;
  /** The attendance: everyone who joined or was added, less those removed. */
  participants(workshopId: string): Promise<ParticipantRecord[]>;
  countParticipants(workshopIds: readonly string[]): Promise<Map<string, number>>;
  /**
   * Takes a participant out of the attendance at `at` (their ideas and votes stay); null when
   * there is no such participant in the session, or they were removed already. A signed-in
   * person who joins or takes part again is back (`joinMember`).
   */
  removeParticipant(workshopId: string, participantId: string, at: string): Promise<ParticipantRecord | null>;

  insertIdea(idea: Omit<IdeaRecord, 'authorName' | 'group'>): Promise<void>;
  ideas(workshopId: string): Promise<IdeaRecord[]>;
  idea(workshopId: string, ideaId: string): Promise<IdeaRecord | null>;
  /** Records the action an idea became; false when it already became one. */
  markPromoted(ideaId: string, actionId: string): Promise<boolean>;
  /** Puts the session's ideas `ideaIds` in group `group` (null: out of any); how many it changed. */
  groupIdeas(workshopId: string, ideaIds: readonly string[], group: string | null): Promise<number>;

  insertPoll(poll: PollRecord): Promise<void>;
  polls(workshopId: string): Promise<PollRecord[]>;
  poll(workshopId: string, pollId: string): Promise<PollRecord | null>;
  /**
   * Counts one vote, in one transaction with the checks: the poll is open at `at`, the option
   * is one of its own, and the participant has a dot left. Two votes at the same instant are
   * serialised, so neither passes a check the other has already used up.
   */
  castVote(vote: { id: string; pollId: string; optionId: string; participantId: string; at: string }): Promise<VoteOutcome>;
  closePoll(pollId: string, at: string): Promise<void>;
  /** Votes per option of the poll (options with none are absent). */
  voteCounts(pollId: string): Promise<Map<string, number>>;
  votesOf(pollId: string, participantId: string): Promise<string[]>;

  insertDecision(decision: DecisionRecord): Promise<void>;
  decisions(workshopId: string): Promise<DecisionRecord[]>;
}
