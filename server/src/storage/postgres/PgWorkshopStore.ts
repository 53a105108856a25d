import type { WorkshopStatus } from '@iap/shared';
import type pg from 'pg';
import type {
  DecisionRecord,
  IdeaRecord,
  ParticipantRecord,
  PollOptionRecord,
  PollRecord,
  VoteOutcome,
  WorkshopRecord,
  WorkshopStateChange,
  WorkshopStore,
} from '../../workshops/WorkshopStore.js';
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
} from '../../workshops/workshopRows.js';
import { inTransaction } from './inTransaction.js';

type Vote = { id: string; pollId: string; optionId: string; participantId: string; at: string };

/**
 * WorkshopStore over PostgreSQL. A vote locks its poll's row (`FOR UPDATE`) before its checks,
 * so two votes of one poll are serialised across instances as SQLite's IMMEDIATE transaction
 * serialises them; a member's join relies on the (workshop, user) unique key instead.
 */
export class PgWorkshopStore implements WorkshopStore {
  constructor(private readonly pool: pg.Pool) {}

  async insert(workshop: WorkshopRecord): Promise<boolean> {
    const inserted = await this.pool.query(
      `INSERT INTO workshops (id, city_slug, title, starts_at, place, allow_guests, agenda, status, current_item, join_code,
         timer_ends_at, timer_remaining_ms, created_by, created_at, started_at, ended_at, start_version_id, end_version_id,
         follow_me, invited_stakeholder_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       ON CONFLICT DO NOTHING`,
      [
        workshop.id,
        workshop.citySlug,
        workshop.title,
        workshop.startsAt,
        workshop.place,
        workshop.allowGuests,
        JSON.stringify(workshop.agenda),
        workshop.status,
        workshop.currentItem,
        workshop.joinCode,
        workshop.timerEndsAt,
        workshop.timerRemainingMs,
        workshop.createdBy,
        workshop.createdAt,
        workshop.startedAt,
        workshop.endedAt,
        workshop.startVersionId,
        workshop.endVersionId,
        workshop.followMe,
        JSON.stringify(workshop.invitedStakeholderIds),
      ],
    );
    return inserted.rowCount === 1;
  }

  async find(id: string): Promise<WorkshopRecord | null> {
    const row = (await this.pool.query<WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = $1`, [id])).rows[0];
    return row ? fromWorkshopRow(row) : null;
  }

  async findActiveByCode(code: string): Promise<WorkshopRecord | null> {
    const row = (await this.pool.query<WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = $1 AND status <> 'ended'`, [code])).rows[0];
    return row ? fromWorkshopRow(row) : null;
  }

  async listByCity(citySlug: string): Promise<WorkshopRecord[]> {
    const rows = await this.pool.query<WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE city_slug = $1 ORDER BY starts_at DESC, created_at DESC`, [citySlug]);
    return rows.rows.map(fromWorkshopRow);
  }

  async update(id: string, expected: WorkshopStatus[], change: WorkshopStateChange): Promise<boolean> {
    const keys = Object.keys(change) as (keyof WorkshopStateChange)[];
    // The columns come from a fixed table, never from the request: safe to put in the SQL.
    const sets = keys.map((key, index) => `${STATE_COLUMNS[key]} = $${index + 3}`).join(', ');
    const updated = await this.pool.query(`UPDATE workshops SET ${sets} WHERE id = $1 AND status = ANY($2::text[])`, [
      id,
      expected,
      ...keys.map((key) => storedStateValue(change, key)),
    ]);
    return updated.rowCount === 1;
  }

  async joinMember(participant: ParticipantRecord): Promise<ParticipantRecord> {
    // Two joins at once: one inserts, the other waits for it on the unique key, then finds its
    // row. A member removed from the attendance who joins again is back in it.
    const inserted = await this.pool.query(
      `INSERT INTO workshop_participants (id, workshop_id, user_id, name, guest, token_hash, joined_at, stakeholder_id)
       VALUES ($1, $2, $3, $4, false, NULL, $5, $6) ON CONFLICT (workshop_id, user_id) DO NOTHING`,
      [participant.id, participant.workshopId, participant.userId, participant.name, participant.joinedAt, participant.stakeholderId],
    );
    if (inserted.rowCount === 1) return participant;
    const existing = (
      await this.pool.query<ParticipantRow>(
        `UPDATE workshop_participants SET removed_at = NULL WHERE workshop_id = $1 AND user_id = $2 RETURNING ${PARTICIPANT_COLUMNS}`,
        [participant.workshopId, participant.userId],
      )
    ).rows[0];
    if (!existing) throw new Error(`participant of ${participant.userId} in ${participant.workshopId} vanished`);
    return fromParticipantRow(existing);
  }

  async addParticipant(participant: ParticipantRecord, tokenHash: string | null): Promise<void> {
    await this.pool.query(
      `INSERT INTO workshop_participants (id, workshop_id, user_id, name, guest, token_hash, joined_at, stakeholder_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [participant.id, participant.workshopId, participant.userId, participant.name, participant.guest, tokenHash, participant.joinedAt, participant.stakeholderId],
    );
  }

  async participantByUser(workshopId: string, userId: string): Promise<ParticipantRecord | null> {
    const row = (
      await this.pool.query<ParticipantRowWithRemoval>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM workshop_participants WHERE workshop_id = $1 AND user_id = $2 AND ${PRESENT}`,
        [workshopId, userId],
      )
    ).rows[0];
    return row ? fromParticipantRow(row) : null;
  }

  async participantByToken(tokenHash: string): Promise<ParticipantRecord | null> {
    const row = (
      await this.pool.query<ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM workshop_participants WHERE token_hash = $1 AND ${PRESENT}`, [tokenHash])
    ).rows[0];
    return row ? fromParticipantRow(row) : null;
  }

  async participants(workshopId: string): Promise<ParticipantRecord[]> {
    const rows = await this.pool.query<ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM workshop_participants WHERE workshop_id = $1 AND ${PRESENT} ORDER BY joined_at, insert_order`,
      [workshopId],
    );
    return rows.rows.map(fromParticipantRow);
  }

  async removeParticipant(workshopId: string, participantId: string, at: string): Promise<ParticipantRecord | null> {
    const row = (
      await this.pool.query<ParticipantRow>(
        `UPDATE workshop_participants SET removed_at = $3 WHERE workshop_id = $1 AND id = $2 AND ${PRESENT} RETURNING ${PARTICIPANT_COLUMNS}`,
        [workshopId, participantId, at],
      )
    ).rows[0];
    return row ? fromParticipantRow(row) : null;
  }

  async countParticipants(workshopIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.pool.query<{ workshopId: string; n: string }>(
      `SELECT workshop_id AS "workshopId", count(*) AS n FROM workshop_participants WHERE workshop_id = ANY($1::text[]) AND ${PRESENT} GROUP BY workshop_id`,
      [workshopIds],
    );
    const counts = new Map(rows.rows.map((row) => [row.workshopId, Number(row.n)]));
    return new Map(workshopIds.map((id) => [id, counts.get(id) ?? 0]));
  }

  async insertIdea(idea: Omit<IdeaRecord, 'authorName' | 'group'>): Promise<void> {
    await this.pool.query(
      `INSERT INTO workshop_ideas (id, workshop_id, item_index, participant_id, anonymous, text, created_at, action_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [idea.id, idea.workshopId, idea.itemIndex, idea.participantId, idea.anonymous, idea.text, idea.createdAt, idea.actionId],
    );
  }

  async ideas(workshopId: string): Promise<IdeaRecord[]> {
    const rows = await this.pool.query<IdeaRow>(`SELECT ${IDEA_COLUMNS} WHERE i.workshop_id = $1 ORDER BY i.created_at, i.insert_order`, [workshopId]);
    return rows.rows.map(fromIdeaRow);
  }

  async idea(workshopId: string, ideaId: string): Promise<IdeaRecord | null> {
    const row = (await this.pool.query<IdeaRow>(`SELECT ${IDEA_COLUMNS} WHERE i.workshop_id = $1 AND i.id = $2`, [workshopId, ideaId])).rows[0];
    return row ? fromIdeaRow(row) : null;
  }

  async markPromoted(ideaId: string, actionId: string): Promise<boolean> {
    const updated = await this.pool.query('UPDATE workshop_ideas SET action_id = $1 WHERE id = $2 AND action_id IS NULL', [actionId, ideaId]);
    return updated.rowCount === 1;
  }

  async groupIdeas(workshopId: string, ideaIds: readonly string[], group: string | null): Promise<number> {
    const updated = await this.pool.query('UPDATE workshop_ideas SET group_label = $1 WHERE workshop_id = $2 AND id = ANY($3::text[])', [group, workshopId, ideaIds]);
    return updated.rowCount ?? 0;
  }

  insertPoll(poll: PollRecord): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO workshop_polls (id, workshop_id, question, votes_per_person, closes_at, closed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [poll.id, poll.workshopId, poll.question, poll.votesPerPerson, poll.closesAt, poll.closedAt, poll.createdAt],
      );
      for (const [position, option] of poll.options.entries()) {
        await client.query('INSERT INTO workshop_poll_options (id, poll_id, position, label, idea_id, action_id) VALUES ($1, $2, $3, $4, $5, $6)', [
          option.id,
          poll.id,
          position,
          option.label,
          option.ideaId,
          option.actionId,
        ]);
      }
    });
  }

  async polls(workshopId: string): Promise<PollRecord[]> {
    const polls = (await this.pool.query<PollRow>(`SELECT ${POLL_COLUMNS} FROM workshop_polls WHERE workshop_id = $1 ORDER BY created_at, insert_order`, [workshopId])).rows;
    return this.withOptions(polls);
  }

  async poll(workshopId: string, pollId: string): Promise<PollRecord | null> {
    const polls = (await this.pool.query<PollRow>(`SELECT ${POLL_COLUMNS} FROM workshop_polls WHERE workshop_id = $1 AND id = $2`, [workshopId, pollId])).rows;
    return (await this.withOptions(polls))[0] ?? null;
  }

  castVote(vote: Vote): Promise<VoteOutcome> {
    return inTransaction(this.pool, async (client) => {
      const poll = (
        await client.query<{ votesPerPerson: number; closesAt: string | null; closedAt: string | null }>(
          'SELECT votes_per_person AS "votesPerPerson", closes_at AS "closesAt", closed_at AS "closedAt" FROM workshop_polls WHERE id = $1 FOR UPDATE',
          [vote.pollId],
        )
      ).rows[0];
      const option = await client.query('SELECT 1 FROM workshop_poll_options WHERE id = $1 AND poll_id = $2', [vote.optionId, vote.pollId]);
      if (!poll || option.rowCount === 0) return 'unknown_option';
      if (poll.closedAt !== null || (poll.closesAt !== null && poll.closesAt <= vote.at)) return 'closed';
      const used = (await client.query<{ n: string }>('SELECT count(*) AS n FROM workshop_votes WHERE poll_id = $1 AND participant_id = $2', [vote.pollId, vote.participantId]))
        .rows[0]!;
      if (Number(used.n) >= poll.votesPerPerson) return 'budget_exhausted';
      await client.query('INSERT INTO workshop_votes (id, poll_id, option_id, participant_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
        vote.id,
        vote.pollId,
        vote.optionId,
        vote.participantId,
        vote.at,
      ]);
      return 'counted';
    });
  }

  async closePoll(pollId: string, at: string): Promise<void> {
    await this.pool.query('UPDATE workshop_polls SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL', [at, pollId]);
  }

  async voteCounts(pollId: string): Promise<Map<string, number>> {
    const rows = await this.pool.query<{ optionId: string; n: string }>(
      'SELECT option_id AS "optionId", count(*) AS n FROM workshop_votes WHERE poll_id = $1 GROUP BY option_id',
      [pollId],
    );
    return new Map(rows.rows.map((row) => [row.optionId, Number(row.n)]));
  }

  async votesOf(pollId: string, participantId: string): Promise<string[]> {
    const rows = await this.pool.query<{ optionId: string }>(
      'SELECT option_id AS "optionId" FROM workshop_votes WHERE poll_id = $1 AND participant_id = $2 ORDER BY insert_order',
      [pollId, participantId],
    );
    return rows.rows.map((row) => row.optionId);
  }

  async insertDecision(decision: DecisionRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO workshop_decisions (id, workshop_id, text, action_ids, item_index, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [decision.id, decision.workshopId, decision.text, JSON.stringify(decision.actionIds), decision.itemIndex, decision.createdAt],
    );
  }

  async decisions(workshopId: string): Promise<DecisionRecord[]> {
    const rows = await this.pool.query<DecisionRow>(`SELECT ${DECISION_COLUMNS} FROM workshop_decisions WHERE workshop_id = $1 ORDER BY created_at, insert_order`, [
      workshopId,
    ]);
    return rows.rows.map(fromDecisionRow);
  }

  /** The options of each poll, in their order, in one query. */
  private async withOptions(polls: PollRow[]): Promise<PollRecord[]> {
    if (polls.length === 0) return [];
    const options = await this.pool.query<PollOptionRecord & { pollId: string }>(
      `SELECT ${OPTION_COLUMNS}, poll_id AS "pollId" FROM workshop_poll_options WHERE poll_id = ANY($1::text[]) ORDER BY position`,
      [polls.map((poll) => poll.id)],
    );
    return polls.map((poll) => ({
      ...poll,
      options: options.rows.filter((option) => option.pollId === poll.id).map(({ pollId: _pollId, ...option }) => option),
    }));
  }
}
