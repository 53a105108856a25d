import type { WorkshopStatus } from '@iap/shared';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/openDatabase.js';
import type { DecisionRecord, IdeaRecord, ParticipantRecord, PollOptionRecord, PollRecord, VoteOutcome, WorkshopRecord, WorkshopStateChange, WorkshopStore } from './WorkshopStore.js';
import {
  DECISION_COLUMNS,
  IDEA_COLUMNS,
  OPTION_COLUMNS,
  PARTICIPANT_COLUMNS,
  PRESENT,
  POLL_COLUMNS,
  STATE_COLUMNS,
  storedStateValue,
  WORKSHOP_COLUMNS,
  fromDecisionRow,
  fromIdeaRow,
  fromParticipantRow,
  fromWorkshopRow,
  type DecisionRow,
  type IdeaRow,
  type ParticipantRow,
  type ParticipantRowWithRemoval,
  type PollRow,
  type WorkshopRow,
} from './workshopRows.js';

/**
 * WorkshopStore over better-sqlite3. Statements are prepared once; each multi-row write is one
 * transaction, and a vote's checks run inside an IMMEDIATE transaction with its insert, so even
 * a second process on the same file could not slip a vote past the budget. Methods are async so a
 * failing statement rejects, as over PostgreSQL, instead of throwing.
 */
export class SqliteWorkshopStore implements WorkshopStore {
  private readonly statements;
  private readonly insertPollTransaction;
  private readonly voteTransaction;
  private readonly joinMemberTransaction;
  private readonly groupTransaction;
  private readonly removeTransaction;
  private readonly updates = new Map<string, Statement>();

  constructor(private readonly db: Db) {
    this.statements = {
      insertWorkshop: db.prepare(
        `INSERT INTO workshops (id, city_slug, title, starts_at, place, allow_guests, agenda, status, current_item, join_code,
           timer_ends_at, timer_remaining_ms, created_by, created_at, started_at, ended_at, start_version_id, end_version_id,
           follow_me, invited_stakeholder_ids)
         VALUES (@id, @citySlug, @title, @startsAt, @place, @allowGuests, @agenda, @status, @currentItem, @joinCode,
           @timerEndsAt, @timerRemainingMs, @createdBy, @createdAt, @startedAt, @endedAt, @startVersionId, @endVersionId,
           @followMe, @invitedStakeholderIds)
         ON CONFLICT DO NOTHING`,
      ),
      findWorkshop: db.prepare<[string], WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = ?`),
      findByCode: db.prepare<[string], WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = ? AND status <> 'ended'`),
      listByCity: db.prepare<[string], WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE city_slug = ? ORDER BY starts_at DESC, created_at DESC`),
      insertParticipant: db.prepare(
        `INSERT INTO workshop_participants (id, workshop_id, user_id, name, guest, token_hash, joined_at, stakeholder_id)
         VALUES (@id, @workshopId, @userId, @name, @guest, @tokenHash, @joinedAt, @stakeholderId)`,
      ),
      participantByUser: db.prepare<[string, string], ParticipantRowWithRemoval>(
        `SELECT ${PARTICIPANT_COLUMNS}, removed_at AS removedAt FROM workshop_participants WHERE workshop_id = ? AND user_id = ?`,
      ),
      participantByToken: db.prepare<[string], ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM workshop_participants WHERE token_hash = ? AND ${PRESENT}`),
      participant: db.prepare<[string, string], ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM workshop_participants WHERE workshop_id = ? AND id = ? AND ${PRESENT}`,
      ),
      removeParticipant: db.prepare<[string, string, string]>(`UPDATE workshop_participants SET removed_at = ? WHERE workshop_id = ? AND id = ? AND ${PRESENT}`),
      rejoin: db.prepare<[string]>('UPDATE workshop_participants SET removed_at = NULL WHERE id = ?'),
      participants: db.prepare<[string], ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM workshop_participants WHERE workshop_id = ? AND ${PRESENT} ORDER BY joined_at, insert_order`,
      ),
      countParticipants: db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM workshop_participants WHERE workshop_id = ? AND ${PRESENT}`),
      insertIdea: db.prepare(
        `INSERT INTO workshop_ideas (id, workshop_id, item_index, participant_id, anonymous, text, created_at, action_id)
         VALUES (@id, @workshopId, @itemIndex, @participantId, @anonymous, @text, @createdAt, @actionId)`,
      ),
      ideas: db.prepare<[string], IdeaRow>(
        `SELECT ${IDEA_COLUMNS} WHERE i.workshop_id = ? ORDER BY i.created_at, i.insert_order`,
      ),
      idea: db.prepare<[string, string], IdeaRow>(`SELECT ${IDEA_COLUMNS} WHERE i.workshop_id = ? AND i.id = ?`),
      markPromoted: db.prepare<[string, string]>('UPDATE workshop_ideas SET action_id = ? WHERE id = ? AND action_id IS NULL'),
      groupIdea: db.prepare<[string | null, string, string]>('UPDATE workshop_ideas SET group_label = ? WHERE workshop_id = ? AND id = ?'),
      insertPoll: db.prepare(
        `INSERT INTO workshop_polls (id, workshop_id, question, votes_per_person, closes_at, closed_at, created_at)
         VALUES (@id, @workshopId, @question, @votesPerPerson, @closesAt, @closedAt, @createdAt)`,
      ),
      insertOption: db.prepare(
        `INSERT INTO workshop_poll_options (id, poll_id, position, label, idea_id, action_id) VALUES (@id, @pollId, @position, @label, @ideaId, @actionId)`,
      ),
      polls: db.prepare<[string], PollRow>(
        `SELECT ${POLL_COLUMNS} FROM workshop_polls WHERE workshop_id = ? ORDER BY created_at, insert_order`,
      ),
      poll: db.prepare<[string, string], PollRow>(`SELECT ${POLL_COLUMNS} FROM workshop_polls WHERE workshop_id = ? AND id = ?`),
      options: db.prepare<[string], PollOptionRecord>(
        `SELECT ${OPTION_COLUMNS} FROM workshop_poll_options WHERE poll_id = ? ORDER BY position`,
      ),
      pollForVote: db.prepare<[string], { votesPerPerson: number; closesAt: string | null; closedAt: string | null }>(
        'SELECT votes_per_person AS votesPerPerson, closes_at AS closesAt, closed_at AS closedAt FROM workshop_polls WHERE id = ?',
      ),
      optionOfPoll: db.prepare<[string, string], { id: string }>('SELECT id FROM workshop_poll_options WHERE id = ? AND poll_id = ?'),
      countVotesOf: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM workshop_votes WHERE poll_id = ? AND participant_id = ?'),
      insertVote: db.prepare(
        'INSERT INTO workshop_votes (id, poll_id, option_id, participant_id, created_at) VALUES (@id, @pollId, @optionId, @participantId, @at)',
      ),
      closePoll: db.prepare<[string, string]>('UPDATE workshop_polls SET closed_at = ? WHERE id = ? AND closed_at IS NULL'),
      voteCounts: db.prepare<[string], { optionId: string; n: number }>(
        'SELECT option_id AS optionId, count(*) AS n FROM workshop_votes WHERE poll_id = ? GROUP BY option_id',
      ),
      votesOf: db.prepare<[string, string], { optionId: string }>(
        'SELECT option_id AS optionId FROM workshop_votes WHERE poll_id = ? AND participant_id = ? ORDER BY insert_order',
      ),
      insertDecision: db.prepare(
        `INSERT INTO workshop_decisions (id, workshop_id, text, action_ids, item_index, created_at)
         VALUES (@id, @workshopId, @text, @actionIds, @itemIndex, @createdAt)`,
      ),
      decisions: db.prepare<[string], DecisionRow>(`SELECT ${DECISION_COLUMNS} FROM workshop_decisions WHERE workshop_id = ? ORDER BY created_at, insert_order`,
      ),
    };
    const s = this.statements;
    this.insertPollTransaction = db.transaction((poll: PollRecord) => {
      s.insertPoll.run({ ...poll });
      poll.options.forEach((option, position) => s.insertOption.run({ ...option, pollId: poll.id, position }));
    });
    this.voteTransaction = db.transaction((vote: { id: string; pollId: string; optionId: string; participantId: string; at: string }): VoteOutcome => {
      const poll = s.pollForVote.get(vote.pollId);
      if (!poll || !s.optionOfPoll.get(vote.optionId, vote.pollId)) return 'unknown_option';
      if (poll.closedAt !== null || (poll.closesAt !== null && poll.closesAt <= vote.at)) return 'closed';
      if (s.countVotesOf.get(vote.pollId, vote.participantId)!.n >= poll.votesPerPerson) return 'budget_exhausted';
      s.insertVote.run(vote);
      return 'counted';
    });
    this.joinMemberTransaction = db.transaction((participant: ParticipantRecord): ParticipantRecord => {
      const existing = s.participantByUser.get(participant.workshopId, participant.userId!);
      if (existing) {
        if (existing.removedAt !== null) s.rejoin.run(existing.id);
        return fromParticipantRow(existing);
      }
      s.insertParticipant.run({ ...participant, guest: 0, tokenHash: null });
      return participant;
    });
    this.groupTransaction = db.transaction(
      (workshopId: string, ideaIds: readonly string[], group: string | null): number =>
        ideaIds.reduce((changed, ideaId) => changed + s.groupIdea.run(group, workshopId, ideaId).changes, 0),
    );
    this.removeTransaction = db.transaction((workshopId: string, participantId: string, at: string): ParticipantRecord | null => {
      const row = s.participant.get(workshopId, participantId);
      if (!row) return null;
      s.removeParticipant.run(at, workshopId, participantId);
      return fromParticipantRow(row);
    });
  }

  async insert(workshop: WorkshopRecord): Promise<boolean> {
    const result = this.statements.insertWorkshop.run({
      ...workshop,
      allowGuests: workshop.allowGuests ? 1 : 0,
      agenda: JSON.stringify(workshop.agenda),
      followMe: workshop.followMe ? 1 : 0,
      invitedStakeholderIds: JSON.stringify(workshop.invitedStakeholderIds),
    });
    return result.changes === 1;
  }

  async find(id: string): Promise<WorkshopRecord | null> {
    const row = this.statements.findWorkshop.get(id);
    return row ? fromWorkshopRow(row) : null;
  }

  async findActiveByCode(code: string): Promise<WorkshopRecord | null> {
    const row = this.statements.findByCode.get(code);
    return row ? fromWorkshopRow(row) : null;
  }

  async listByCity(citySlug: string): Promise<WorkshopRecord[]> {
    return this.statements.listByCity.all(citySlug).map(fromWorkshopRow);
  }

  async update(id: string, expected: WorkshopStatus[], change: WorkshopStateChange): Promise<boolean> {
    const keys = Object.keys(change) as (keyof WorkshopStateChange)[];
    // The columns come from a fixed table, never from the request: safe to put in the SQL.
    const sets = keys.map((key) => `${STATE_COLUMNS[key]} = @${key}`).join(', ');
    const statuses = expected.map((_status, index) => `@expected${index}`).join(', ');
    const params: Record<string, unknown> = { id, ...Object.fromEntries(keys.map((key) => [key, storedStateValue(change, key)])) };
    if (change.followMe !== undefined) params.followMe = change.followMe ? 1 : 0;
    expected.forEach((status, index) => (params[`expected${index}`] = status));
    const sql = `UPDATE workshops SET ${sets} WHERE id = @id AND status IN (${statuses})`;
    // A handful of shapes (one per console command): each is prepared once.
    let statement = this.updates.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.updates.set(sql, statement);
    }
    const result = statement.run(params);
    return result.changes === 1;
  }

  async joinMember(participant: ParticipantRecord): Promise<ParticipantRecord> {
    return this.joinMemberTransaction(participant);
  }

  async addParticipant(participant: ParticipantRecord, tokenHash: string | null): Promise<void> {
    this.statements.insertParticipant.run({ ...participant, guest: participant.guest ? 1 : 0, tokenHash });
  }

  async participantByUser(workshopId: string, userId: string): Promise<ParticipantRecord | null> {
    const row = this.statements.participantByUser.get(workshopId, userId);
    return row && row.removedAt === null ? fromParticipantRow(row) : null;
  }

  async participantByToken(tokenHash: string): Promise<ParticipantRecord | null> {
    const row = this.statements.participantByToken.get(tokenHash);
    return row ? fromParticipantRow(row) : null;
  }

  async participants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.statements.participants.all(workshopId).map(fromParticipantRow);
  }

  async removeParticipant(workshopId: string, participantId: string, at: string): Promise<ParticipantRecord | null> {
    return this.removeTransaction(workshopId, participantId, at);
  }

  async countParticipants(workshopIds: readonly string[]): Promise<Map<string, number>> {
    return new Map(workshopIds.map((id) => [id, this.statements.countParticipants.get(id)!.n]));
  }

  async insertIdea(idea: Omit<IdeaRecord, 'authorName' | 'group'>): Promise<void> {
    this.statements.insertIdea.run({ ...idea, anonymous: idea.anonymous ? 1 : 0 });
  }

  async ideas(workshopId: string): Promise<IdeaRecord[]> {
    return this.statements.ideas.all(workshopId).map(fromIdeaRow);
  }

  async idea(workshopId: string, ideaId: string): Promise<IdeaRecord | null> {
    const row = this.statements.idea.get(workshopId, ideaId);
    return row ? fromIdeaRow(row) : null;
  }

  async markPromoted(ideaId: string, actionId: string): Promise<boolean> {
    return this.statements.markPromoted.run(actionId, ideaId).changes === 1;
  }

  async groupIdeas(workshopId: string, ideaIds: readonly string[], group: string | null): Promise<number> {
    return this.groupTransaction(workshopId, ideaIds, group);
  }

  async insertPoll(poll: PollRecord): Promise<void> {
    this.insertPollTransaction(poll);
  }

  async polls(workshopId: string): Promise<PollRecord[]> {
    return this.statements.polls.all(workshopId).map((row) => ({ ...row, options: this.statements.options.all(row.id) }));
  }

  async poll(workshopId: string, pollId: string): Promise<PollRecord | null> {
    // One poll, not every poll of the session: each vote of a 40-phone dot vote reads it.
    const row = this.statements.poll.get(workshopId, pollId);
    return row ? { ...row, options: this.statements.options.all(row.id) } : null;
  }

  async castVote(vote: { id: string; pollId: string; optionId: string; participantId: string; at: string }): Promise<VoteOutcome> {
    return this.voteTransaction.immediate(vote);
  }

  async closePoll(pollId: string, at: string): Promise<void> {
    this.statements.closePoll.run(at, pollId);
  }

  async voteCounts(pollId: string): Promise<Map<string, number>> {
    return new Map(this.statements.voteCounts.all(pollId).map((row) => [row.optionId, row.n]));
  }

  async votesOf(pollId: string, participantId: string): Promise<string[]> {
    return this.statements.votesOf.all(pollId, participantId).map((row) => row.optionId);
  }

  async insertDecision(decision: DecisionRecord): Promise<void> {
    this.statements.insertDecision.run({ ...decision, actionIds: JSON.stringify(decision.actionIds) });
  }

  async decisions(workshopId: string): Promise<DecisionRecord[]> {
    return this.statements.decisions.all(workshopId).map(fromDecisionRow);
  }
}
