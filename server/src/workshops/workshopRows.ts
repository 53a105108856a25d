import type { AgendaItem } from '@iap/shared';
import type { DecisionRecord, IdeaRecord, ParticipantRecord, PollRecord, WorkshopRecord, WorkshopStateChange } from './WorkshopStore.js';

/**
 * The SQL and row mappers both workshop stores share. Aliases are quoted (PostgreSQL folds bare
 * ones to lowercase); flags arrive as 0/1 from SQLite and as booleans from PostgreSQL.
 */
type Flag = number | boolean;

export interface WorkshopRow extends Omit<WorkshopRecord, 'allowGuests' | 'agenda' | 'followMe' | 'invitedStakeholderIds'> {
  allowGuests: Flag;
  agenda: string;
  followMe: Flag;
  invitedStakeholderIds: string;
}
export type ParticipantRow = Omit<ParticipantRecord, 'guest'> & { guest: Flag };
export type ParticipantRowWithRemoval = ParticipantRow & { removedAt: string | null };
export type IdeaRow = Omit<IdeaRecord, 'anonymous'> & { anonymous: Flag };
export type PollRow = Omit<PollRecord, 'options'>;
export type DecisionRow = Omit<DecisionRecord, 'actionIds'> & { actionIds: string };

export const WORKSHOP_COLUMNS = `id, city_slug AS "citySlug", title, starts_at AS "startsAt", place, allow_guests AS "allowGuests", agenda,
  status, current_item AS "currentItem", join_code AS "joinCode", timer_ends_at AS "timerEndsAt",
  timer_remaining_ms AS "timerRemainingMs", created_by AS "createdBy", created_at AS "createdAt", started_at AS "startedAt",
  ended_at AS "endedAt", start_version_id AS "startVersionId", end_version_id AS "endVersionId", follow_me AS "followMe",
  invited_stakeholder_ids AS "invitedStakeholderIds"`;

export const PARTICIPANT_COLUMNS =
  'id, workshop_id AS "workshopId", user_id AS "userId", name, guest, joined_at AS "joinedAt", stakeholder_id AS "stakeholderId"';

/** Who is in the attendance: the removed stay in the table (their ideas and votes point at them). */
export const PRESENT = 'removed_at IS NULL';

export const IDEA_COLUMNS = `i.id, i.workshop_id AS "workshopId", i.item_index AS "itemIndex", i.participant_id AS "participantId",
  p.name AS "authorName", i.anonymous, i.text, i.created_at AS "createdAt", i.action_id AS "actionId", i.group_label AS "group"
  FROM workshop_ideas i JOIN workshop_participants p ON p.id = i.participant_id`;

export const POLL_COLUMNS = `id, workshop_id AS "workshopId", question, votes_per_person AS "votesPerPerson", closes_at AS "closesAt",
  closed_at AS "closedAt", created_at AS "createdAt"`;

export const OPTION_COLUMNS = 'id, label, idea_id AS "ideaId", action_id AS "actionId"';

export const DECISION_COLUMNS = `id, workshop_id AS "workshopId", text, action_ids AS "actionIds", item_index AS "itemIndex", created_at AS "createdAt"`;

/** Column of each field a console command may change (WorkshopStateChange). */
export const STATE_COLUMNS: Record<keyof WorkshopStateChange, string> = {
  status: 'status',
  currentItem: 'current_item',
  timerEndsAt: 'timer_ends_at',
  timerRemainingMs: 'timer_remaining_ms',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  startVersionId: 'start_version_id',
  endVersionId: 'end_version_id',
  followMe: 'follow_me',
  invitedStakeholderIds: 'invited_stakeholder_ids',
};

/** A changed field's value as both engines store it: a list as JSON text, as the insert writes it. */
export function storedStateValue(change: WorkshopStateChange, key: keyof WorkshopStateChange): unknown {
  return key === 'invitedStakeholderIds' ? JSON.stringify(change.invitedStakeholderIds) : change[key];
}

export function fromWorkshopRow(row: WorkshopRow): WorkshopRecord {
  return {
    ...row,
    allowGuests: Boolean(row.allowGuests),
    agenda: JSON.parse(row.agenda) as AgendaItem[],
    followMe: Boolean(row.followMe),
    invitedStakeholderIds: JSON.parse(row.invitedStakeholderIds) as string[],
  };
}

export function fromParticipantRow(row: ParticipantRow | ParticipantRowWithRemoval): ParticipantRecord {
  return { id: row.id, workshopId: row.workshopId, userId: row.userId, name: row.name, guest: Boolean(row.guest), joinedAt: row.joinedAt, stakeholderId: row.stakeholderId };
}

export function fromIdeaRow(row: IdeaRow): IdeaRecord {
  return { ...row, anonymous: Boolean(row.anonymous) };
}

export function fromDecisionRow(row: DecisionRow): DecisionRecord {
  return { ...row, actionIds: JSON.parse(row.actionIds) as string[] };
}
