import * as z from 'zod/mini';
import { IAP_SECTION_IDS } from './iap/sections.js';
import { downloadLanguageSchema } from './network.js';
import { versionDiffSchema } from './versions.js';

/** Workshop sessions of a ULG (issue 15, docs/API.md "Workshops"). */
export const WORKSHOP_LIMITS = {
  titleLength: 200,
  placeLength: 200,
  agendaItems: 30,
  itemMinutes: 480,
  ideaLength: 500,
  questionLength: 300,
  optionLabelLength: 200,
  options: 30,
  votesPerPerson: 20,
  decisionLength: 1000,
  nameLength: 80,
  groupLength: 80,
  invitedStakeholders: 200,
  /** Seconds the facilitator may add to (or start) the countdown in one request: a day. */
  timerSeconds: 24 * 60 * 60,
} as const;

/** Letters and digits that cannot be mistaken for one another when read aloud or off a screen (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

/** The cookie of a guest: allows that one session's participant actions, nothing else. */
export const WORKSHOP_GUEST_COOKIE = 'iap_workshop_guest';

/** The one event of `GET /api/workshops/:id/events`: something changed, refetch what `data.what` names. */
export const WORKSHOP_CHANGED_EVENT = 'changed';
export const WORKSHOP_CHANGE_TOPICS = ['session', 'ideas', 'polls', 'decisions', 'attendance'] as const;
export const workshopChangeSchema = z.object({ what: z.enum(WORKSHOP_CHANGE_TOPICS) });
export type WorkshopChange = z.infer<typeof workshopChangeSchema>;

export const WORKSHOP_STATUSES = ['planned', 'running', 'ended'] as const;
export const workshopStatusSchema = z.enum(WORKSHOP_STATUSES);
export type WorkshopStatus = z.infer<typeof workshopStatusSchema>;

const plainText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const agendaItemSchema = z.strictObject({
  title: plainText(WORKSHOP_LIMITS.titleLength),
  minutes: z.int().check(z.gte(1), z.lte(WORKSHOP_LIMITS.itemMinutes)),
  sectionId: z.optional(z.enum(IAP_SECTION_IDS)),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Ids of the city's stakeholder register invited to a session (the server checks each is in it). */
const invitedStakeholderIdsSchema = z
  .array(z.string().check(z.minLength(1), z.maxLength(64)))
  .check(z.maxLength(WORKSHOP_LIMITS.invitedStakeholders));

/** `POST /api/cities/:slug/workshops`. */
export const createWorkshopSchema = z.strictObject({
  title: plainText(WORKSHOP_LIMITS.titleLength),
  startsAt: z.iso.datetime({ offset: true }),
  place: z.optional(z.string().check(z.trim(), z.maxLength(WORKSHOP_LIMITS.placeLength))),
  allowGuests: z.optional(z.boolean()),
  agenda: z.array(agendaItemSchema).check(z.minLength(1), z.maxLength(WORKSHOP_LIMITS.agendaItems)),
  /** Ids of the city's stakeholder register invited to the session. */
  invitedStakeholderIds: z.optional(invitedStakeholderIdsSchema),
});
export type CreateWorkshop = z.infer<typeof createWorkshopSchema>;

/** `PATCH /api/workshops/:id`: who of the register is invited, changed while the session is planned or running. */
export const updateWorkshopSchema = z.strictObject({ invitedStakeholderIds: invitedStakeholderIdsSchema });
export type UpdateWorkshop = z.infer<typeof updateWorkshopSchema>;

export const workshopTimerSchema = z.object({
  running: z.boolean(),
  /** When a running countdown reaches zero; null while stopped. */
  endsAt: z.nullable(z.string()),
  remainingMs: z.number(),
});
export type WorkshopTimer = z.infer<typeof workshopTimerSchema>;

export const workshopParticipantSchema = z.object({ id: z.string(), name: z.string(), guest: z.boolean() });
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>;

export const workshopSummarySchema = z.object({
  id: z.string(),
  citySlug: z.string(),
  title: z.string(),
  startsAt: z.string(),
  place: z.nullable(z.string()),
  status: workshopStatusSchema,
  attendance: z.number(),
});
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;

/** A stakeholder of the register invited to the session, and whether they came. */
export const invitedStakeholderSchema = z.object({ id: z.string(), name: z.string(), attended: z.boolean() });
export type InvitedStakeholder = z.infer<typeof invitedStakeholderSchema>;

/** `GET /api/workshops/:id`: the session as the caller may see it. */
export const workshopSchema = z.extend(workshopSummarySchema, {
  allowGuests: z.boolean(),
  agenda: z.array(agendaItemSchema),
  currentItem: z.number(),
  timer: workshopTimerSchema,
  /** Follow me: while true, every participant's plan view shows the current item's section. */
  followMe: z.boolean(),
  /**
   * The register's stakeholders invited, with whether they attended: every one for whoever runs
   * the session, those who consented to be listed for other members, none for guests.
   */
  invited: z.array(invitedStakeholderSchema),
  /** The server's clock when it answered: a client shows `endsAt - serverNow` of countdown, whatever its own clock says. */
  serverNow: z.string(),
  joinCode: z.string(),
  startedAt: z.nullable(z.string()),
  endedAt: z.nullable(z.string()),
  /** Whether the caller runs the session (the console) or takes part. */
  canRun: z.boolean(),
  /** The caller as a participant, once joined. */
  me: z.nullable(workshopParticipantSchema),
});
export type Workshop = z.infer<typeof workshopSchema>;

export const workshopListSchema = z.object({ workshops: z.array(workshopSummarySchema) });
export type WorkshopList = z.infer<typeof workshopListSchema>;

export const advanceWorkshopSchema = z.strictObject({ to: z.optional(z.int().check(z.gte(0))) });
/** `POST /api/workshops/:id/follow`: Follow me on or off. */
export const followWorkshopSchema = z.strictObject({ on: z.boolean() });
export const workshopTimerRequestSchema = z.strictObject({
  action: z.enum(['start', 'pause', 'add']),
  seconds: z.optional(z.int().check(z.gte(1), z.lte(WORKSHOP_LIMITS.timerSeconds))),
});
export type WorkshopTimerRequest = z.infer<typeof workshopTimerRequestSchema>;

/** `POST /api/workshops/join`: a signed-in member needs no name; a guest must give one. */
export const joinWorkshopSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(32)),
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(WORKSHOP_LIMITS.nameLength))),
});
export const joinWorkshopResultSchema = z.object({ workshopId: z.string(), participant: workshopParticipantSchema });
export type JoinWorkshopResult = z.infer<typeof joinWorkshopResultSchema>;

/** `POST /api/workshops/:id/attendance`: someone present without a device, added by whoever runs the session. */
export const addAttendeeSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(WORKSHOP_LIMITS.nameLength)),
  /** An invited stakeholder of the register marked present. */
  stakeholderId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export const attendeeSchema = z.extend(workshopParticipantSchema, { stakeholderId: z.nullable(z.string()) });
export const attendanceSchema = z.object({ attendance: z.array(attendeeSchema) });
export type Attendance = z.infer<typeof attendanceSchema>;

export const createIdeaSchema = z.strictObject({ text: plainText(WORKSHOP_LIMITS.ideaLength), anonymous: z.optional(z.boolean()) });
export const ideaSchema = z.object({
  id: z.string(),
  text: z.string(),
  itemIndex: z.number(),
  anonymous: z.boolean(),
  /** Null for an anonymous idea, except for whoever runs the session. */
  author: z.nullable(z.object({ name: z.string() })),
  createdAt: z.string(),
  /** The draft action it became, if it did. */
  actionId: z.nullable(z.string()),
  /** The label of the group the facilitator put it in; null while ungrouped. */
  group: z.nullable(z.string()),
});
export type Idea = z.infer<typeof ideaSchema>;
/** Ideas (or anything with a facilitator's `group`) under one label. */
export interface IdeaGroup<T extends { group: string | null } = Idea> {
  /** The facilitator's label; null for the ideas in no group. */
  label: string | null;
  ideas: T[];
}

/**
 * Ideas by group, groups in the order of their first idea, the ungrouped last: how the board,
 * the in-app minutes and the minutes downloads all show them.
 */
export function groupIdeas<T extends { group: string | null }>(ideas: readonly T[]): IdeaGroup<T>[] {
  const groups = new Map<string, T[]>();
  const loose: T[] = [];
  for (const idea of ideas) {
    if (idea.group === null) loose.push(idea);
    else groups.set(idea.group, [...(groups.get(idea.group) ?? []), idea]);
  }
  const labelled = [...groups].map(([label, members]): IdeaGroup<T> => ({ label, ideas: members }));
  return loose.length > 0 ? [...labelled, { label: null, ideas: loose }] : labelled;
}
/** `POST /api/workshops/:id/ideas/group`: puts ideas in a group (`group` null takes them out of theirs). */
export const groupIdeasSchema = z.strictObject({
  ideaIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(200)),
  group: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(WORKSHOP_LIMITS.groupLength))),
});
export type GroupIdeas = z.infer<typeof groupIdeasSchema>;
export const ideaListSchema = z.object({ ideas: z.array(ideaSchema) });
export type IdeaList = z.infer<typeof ideaListSchema>;
export const promoteIdeaResultSchema = z.object({ actionId: z.string() });

export const createPollSchema = z.strictObject({
  question: plainText(WORKSHOP_LIMITS.questionLength),
  votesPerPerson: z.int().check(z.gte(1), z.lte(WORKSHOP_LIMITS.votesPerPerson)),
  options: z
    .array(
      z.strictObject({
        label: plainText(WORKSHOP_LIMITS.optionLabelLength),
        ideaId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
        actionId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      }),
    )
    .check(z.minLength(2), z.maxLength(WORKSHOP_LIMITS.options)),
  closesAt: z.optional(z.iso.datetime({ offset: true })),
});
export type CreatePoll = z.infer<typeof createPollSchema>;

export const pollOptionSchema = z.object({ id: z.string(), label: z.string() });
export const pollSchema = z.object({
  id: z.string(),
  question: z.string(),
  votesPerPerson: z.number(),
  options: z.array(pollOptionSchema),
  closesAt: z.nullable(z.string()),
  closed: z.boolean(),
  /** How many of their dots the caller has used, and on which options. */
  myVotes: z.array(z.string()),
});
export type Poll = z.infer<typeof pollSchema>;
export const pollListSchema = z.object({ polls: z.array(pollSchema) });
export type PollList = z.infer<typeof pollListSchema>;

export const castVoteSchema = z.strictObject({ optionId: z.string().check(z.minLength(1), z.maxLength(64)) });

export const pollResultsSchema = z.object({
  closed: z.boolean(),
  /** Ranked, most votes first. */
  options: z.array(z.extend(pollOptionSchema, { votes: z.number() })),
});
export type PollResults = z.infer<typeof pollResultsSchema>;

export const createDecisionSchema = z.strictObject({
  text: plainText(WORKSHOP_LIMITS.decisionLength),
  actionIds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(50))),
});
/** `GET /api/workshops/:id/actions`: the plan's actions to pick from when recording a decision. */
export const planActionRefSchema = z.object({ id: z.string(), reference: z.string(), title: z.string() });
export type PlanActionRef = z.infer<typeof planActionRefSchema>;
export const planActionListSchema = z.object({ actions: z.array(planActionRefSchema) });

export const decisionSchema = z.object({
  id: z.string(),
  text: z.string(),
  actionIds: z.array(z.string()),
  itemIndex: z.number(),
  createdAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionListSchema = z.object({ decisions: z.array(decisionSchema) });

/** `GET /api/workshops/:id/minutes`. */
export const minutesSchema = z.object({
  workshop: workshopSummarySchema,
  attendance: z.array(z.object({ name: z.string(), guest: z.boolean() })),
  agenda: z.array(agendaItemSchema),
  ideas: z.array(ideaSchema),
  polls: z.array(z.object({ question: z.string(), results: z.array(z.extend(pollOptionSchema, { votes: z.number() })) })),
  decisions: z.array(decisionSchema),
  /** The register's stakeholders invited, each with whether they came (readers who do not run the session: only those listed publicly). */
  invited: z.array(invitedStakeholderSchema),
  /** What changed in the plan between the versions taken at start and at end (or now, while running); null before start. */
  planChanges: z.nullable(versionDiffSchema),
});
export type Minutes = z.infer<typeof minutesSchema>;
export const minutesQuerySchema = z.strictObject({
  ...downloadLanguageSchema.shape,
  format: z._default(z.enum(['json', 'html', 'docx', 'pdf']), 'json'),
});
