import { randomBytes, randomUUID } from 'node:crypto';
import {
  ErrorCode,
  iapDocumentName,
  versionKindOf,
  versionLabelOf,
  type CreateWorkshop,
  type InvitedStakeholder,
  type Workshop,
  type WorkshopChange,
  type WorkshopSummary,
  type WorkshopTimerRequest,
} from '@iap/shared';
import { isoAt, type Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { VersionService } from '../versions/VersionService.js';
import { assertRunning, assertRuns, guestTokenHash, type WorkshopCaller } from './callers.js';
import { extended, itemBoxMs, paused, started, timerView, type Countdown } from './countdown.js';
import { newJoinCode, normalizeJoinCode } from './joinCode.js';
import type { WorkshopEvents } from './WorkshopEvents.js';
import type { ParticipantRecord, WorkshopRecord, WorkshopStateChange, WorkshopStore } from './WorkshopStore.js';

/** Drawing a code already used by a session not ended is rare (1 in millions); a few tries settle it. */
const JOIN_CODE_TRIES = 10;
const DEFAULT_ADD_SECONDS = 60;

/** What the sessions read of the city's stakeholder register (the register's repository, in the app). */
export interface StakeholderRegister {
  listCity(citySlug: string): Promise<{ id: string; name: string; consentToBeListed: boolean; linkedUserId: string | null }[]>;
}

/**
 * Ends what a guest's pass opened outside the workshop routes (their read-only sockets on the
 * plan), when the session ends or the guest is removed. The app closes the sockets opened with
 * `guestSessionKey(participantId)`.
 */
export type GuestRevoker = (participantId: string) => void;

/** A successful join: the session, the participant, and the guest's cookie token when one was made. */
export interface Joined {
  workshop: WorkshopRecord;
  participant: ParticipantRecord;
  guestToken: string | null;
}

/**
 * Workshop sessions and their console: create, start, move through the agenda, run the
 * countdown, end; and who joins. Every change is stored before it is announced on the
 * session's event stream, so what anyone sees survives a restart.
 */
export class WorkshopService {
  constructor(
    readonly store: WorkshopStore,
    private readonly versions: VersionService,
    readonly events: WorkshopEvents,
    readonly clock: Clock,
    private readonly register: StakeholderRegister,
    private readonly revokeGuest: GuestRevoker,
  ) {}

  async create(citySlug: string, createdBy: string, input: CreateWorkshop): Promise<WorkshopRecord> {
    const now = isoAt(this.clock());
    const invited = await this.registered(citySlug, input.invitedStakeholderIds ?? []);
    for (let attempt = 0; attempt < JOIN_CODE_TRIES; attempt++) {
      const record: WorkshopRecord = {
        id: randomUUID(),
        citySlug,
        title: input.title,
        startsAt: new Date(input.startsAt).toISOString(),
        place: input.place ? input.place : null,
        allowGuests: input.allowGuests ?? false,
        agenda: input.agenda,
        status: 'planned',
        currentItem: 0,
        joinCode: newJoinCode(),
        timerEndsAt: null,
        timerRemainingMs: itemBoxMs(input.agenda[0]),
        createdBy,
        createdAt: now,
        startedAt: null,
        endedAt: null,
        startVersionId: null,
        endVersionId: null,
        followMe: false,
        invitedStakeholderIds: invited,
      };
      if (await this.store.insert(record)) return record;
    }
    throw new AppError(ErrorCode.unavailable, 'No free join code could be drawn; try again');
  }

  async list(citySlug: string): Promise<WorkshopSummary[]> {
    const records = await this.store.listByCity(citySlug);
    const counts = await this.store.countParticipants(records.map((record) => record.id));
    return records.map((record) => summaryOf(record, counts.get(record.id) ?? 0));
  }

  async get(id: string): Promise<WorkshopRecord> {
    const workshop = await this.store.find(id);
    if (!workshop) throw new AppError(ErrorCode.notFound, 'No such workshop');
    return workshop;
  }

  async view(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<Workshop> {
    const now = this.clock();
    const counts = await this.store.countParticipants([workshop.id]);
    const me = caller.kind === 'guest' ? caller.participant : await this.store.participantByUser(workshop.id, caller.user.id);
    return {
      ...summaryOf(workshop, counts.get(workshop.id) ?? 0),
      allowGuests: workshop.allowGuests,
      agenda: workshop.agenda,
      currentItem: workshop.currentItem,
      timer: timerView(countdownOf(workshop), now),
      followMe: workshop.followMe,
      invited: caller.kind === 'guest' ? [] : await this.invited(workshop, caller.canRun),
      serverNow: isoAt(now),
      joinCode: workshop.joinCode,
      startedAt: workshop.startedAt,
      endedAt: workshop.endedAt,
      canRun: caller.canRun,
      me: me ? { id: me.id, name: me.name, guest: me.guest } : null,
    };
  }

  /** Opens the session: the plan's version now is what "what changed today" compares with. */
  async start(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<void> {
    assertRuns(caller);
    if (workshop.status !== 'planned') throw new AppError(ErrorCode.conflict, 'This session has already started');
    const version = await this.versions.capture(iapDocumentName(workshop.citySlug), {
      kind: versionKindOf({ event: 'workshopStarted', title: workshop.title }),
      label: versionLabelOf({ event: 'workshopStarted', title: workshop.title }),
      authorId: caller.kind === 'member' ? caller.user.id : null,
    });
    await this.change(workshop, ['planned'], {
      status: 'running',
      startedAt: isoAt(this.clock()),
      startVersionId: version?.id ?? null,
      currentItem: 0,
      timerEndsAt: null,
      timerRemainingMs: itemBoxMs(workshop.agenda[0]),
    });
  }

  /**
   * The register's stakeholders invited, in the register's order, each with whether they came:
   * marked present by the facilitator, or joined with the account the register links them to.
   * Readers who do not run the session see only those who consented to be listed.
   */
  async invited(workshop: WorkshopRecord, complete: boolean): Promise<InvitedStakeholder[]> {
    if (workshop.invitedStakeholderIds.length === 0) return [];
    const invited = new Set(workshop.invitedStakeholderIds);
    const participants = await this.store.participants(workshop.id);
    const present = new Set(participants.map((participant) => participant.stakeholderId));
    const accounts = new Set(participants.map((participant) => participant.userId));
    return (await this.register.listCity(workshop.citySlug))
      .filter((stakeholder) => invited.has(stakeholder.id) && (complete || stakeholder.consentToBeListed))
      .map((stakeholder) => ({
        id: stakeholder.id,
        name: stakeholder.name,
        attended: present.has(stakeholder.id) || (stakeholder.linkedUserId !== null && accounts.has(stakeholder.linkedUserId)),
      }));
  }

  /**
   * Changes who of the register is invited, while the session is planned or running (after the
   * end the minutes are a record). Someone marked present who is no longer invited stays in the
   * attendance, just not among the invited.
   */
  async invite(workshop: WorkshopRecord, caller: WorkshopCaller, stakeholderIds: readonly string[]): Promise<void> {
    assertRuns(caller);
    if (workshop.status === 'ended') throw new AppError(ErrorCode.conflict, 'This session has ended; its invitations are part of the minutes');
    const invitedStakeholderIds = await this.registered(workshop.citySlug, stakeholderIds);
    // Who is invited shows beside who came: the attendance's readers refetch.
    await this.change(workshop, ['planned', 'running'], { invitedStakeholderIds }, 'attendance');
  }

  /** `ids` without repeats, each in the city's register; 400 naming the first that is not (`invitedStakeholderIds.<i>`). */
  private async registered(citySlug: string, ids: readonly string[]): Promise<string[]> {
    const registered = new Set((await this.register.listCity(citySlug)).map((stakeholder) => stakeholder.id));
    const unknown = ids.findIndex((id) => !registered.has(id));
    if (unknown >= 0) throw new AppError(ErrorCode.invalidPayload, 'No such stakeholder in the city\'s register', `invitedStakeholderIds.${unknown}`);
    return [...new Set(ids)];
  }

  /** Follow me on or off: participants' plan views follow the current item's section while it is on. */
  async follow(workshop: WorkshopRecord, caller: WorkshopCaller, on: boolean): Promise<void> {
    assertRuns(caller);
    assertRunning(workshop);
    await this.change(workshop, ['running'], { followMe: on });
  }

  /** Moves to item `to` (the next one by default); its countdown waits, stopped, at its full time box. */
  async advance(workshop: WorkshopRecord, caller: WorkshopCaller, to: number | undefined): Promise<void> {
    assertRuns(caller);
    assertRunning(workshop);
    const target = to ?? workshop.currentItem + 1;
    if (target >= workshop.agenda.length) throw new AppError(ErrorCode.invalidPayload, `The agenda has ${workshop.agenda.length} items`, 'to');
    await this.change(workshop, ['running'], { currentItem: target, timerEndsAt: null, timerRemainingMs: itemBoxMs(workshop.agenda[target]) });
  }

  async timer(workshop: WorkshopRecord, caller: WorkshopCaller, request: WorkshopTimerRequest): Promise<void> {
    assertRuns(caller);
    assertRunning(workshop);
    const now = this.clock();
    const current = countdownOf(workshop);
    const next =
      request.action === 'start'
        ? started(current, now, itemBoxMs(workshop.agenda[workshop.currentItem]), request.seconds)
        : request.action === 'pause'
          ? paused(current, now)
          : extended(current, now, request.seconds ?? DEFAULT_ADD_SECONDS);
    await this.change(workshop, ['running'], { timerEndsAt: next.endsAt === null ? null : isoAt(next.endsAt), timerRemainingMs: next.remainingMs });
  }

  /** Ends the session: its code stops working, open polls close, and the plan's version now closes "what changed today". */
  async end(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<void> {
    assertRuns(caller);
    if (workshop.status === 'ended') throw new AppError(ErrorCode.conflict, 'This session has already ended');
    const now = isoAt(this.clock());
    const version =
      workshop.status === 'running'
        ? await this.versions.capture(iapDocumentName(workshop.citySlug), {
            kind: versionKindOf({ event: 'workshopEnded', title: workshop.title }),
            label: versionLabelOf({ event: 'workshopEnded', title: workshop.title }),
            authorId: caller.kind === 'member' ? caller.user.id : null,
          })
        : null;
    for (const poll of await this.store.polls(workshop.id)) {
      if (!poll.closedAt) await this.store.closePoll(poll.id, now);
    }
    await this.change(workshop, ['planned', 'running'], {
      status: 'ended',
      endedAt: now,
      endVersionId: version?.id ?? null,
      timerEndsAt: null,
      timerRemainingMs: 0,
      followMe: false,
    });
    this.events.notify(workshop.id, 'polls');
    // A guest read the plan only while the session ran.
    for (const participant of await this.store.participants(workshop.id)) if (participant.guest) this.revokeGuest(participant.id);
  }

  /**
   * Joins by code. A signed-in person of the session's city joins as themselves (again and
   * again, as one participant); anyone else only when the session takes guests, by a name, and
   * gets a guest token. Another city's session answers like an unknown code.
   */
  async join(typedCode: string, account: { userId: string; name: string; mayJoin: (citySlug: string) => boolean } | null, name: string | undefined): Promise<Joined> {
    const workshop = await this.store.findActiveByCode(normalizeJoinCode(typedCode));
    if (!workshop || (account && !account.mayJoin(workshop.citySlug))) {
      throw new AppError(ErrorCode.notFound, 'No session is open with this code', 'code');
    }
    const joinedAt = isoAt(this.clock());
    if (account) {
      const participant = await this.store.joinMember({
        id: randomUUID(),
        workshopId: workshop.id,
        userId: account.userId,
        name: account.name,
        guest: false,
        joinedAt,
        stakeholderId: null,
      });
      this.events.notify(workshop.id, 'attendance');
      return { workshop, participant, guestToken: null };
    }
    if (!workshop.allowGuests) throw new AppError(ErrorCode.forbidden, 'This session is for signed-in members only; sign in to join', 'code');
    if (!name) throw new AppError(ErrorCode.invalidPayload, 'Give your name to join as a guest', 'name');
    const participant: ParticipantRecord = { id: randomUUID(), workshopId: workshop.id, userId: null, name, guest: true, joinedAt, stakeholderId: null };
    const guestToken = randomBytes(32).toString('base64url');
    await this.store.addParticipant(participant, guestTokenHash(guestToken));
    this.events.notify(workshop.id, 'attendance');
    return { workshop, participant, guestToken };
  }

  /** Someone in the room without a device, added to the attendance by whoever runs the session (also after the end, for the minutes). */
  async addAttendee(workshop: WorkshopRecord, caller: WorkshopCaller, name: string, stakeholderId: string | undefined): Promise<ParticipantRecord> {
    assertRuns(caller);
    if (stakeholderId !== undefined && !workshop.invitedStakeholderIds.includes(stakeholderId)) {
      throw new AppError(ErrorCode.invalidPayload, 'This stakeholder was not invited to the session', 'stakeholderId');
    }
    const participant: ParticipantRecord = {
      id: randomUUID(),
      workshopId: workshop.id,
      userId: null,
      name,
      guest: false,
      joinedAt: isoAt(this.clock()),
      stakeholderId: stakeholderId ?? null,
    };
    await this.store.addParticipant(participant, null);
    this.events.notify(workshop.id, 'attendance');
    return participant;
  }

  /**
   * Takes someone out of the attendance (joined by mistake, added twice, not really there); also
   * after the end, for the minutes. What they posted stays; a removed guest's pass stops working.
   */
  async removeAttendee(workshop: WorkshopRecord, caller: WorkshopCaller, participantId: string): Promise<void> {
    assertRuns(caller);
    const removed = await this.store.removeParticipant(workshop.id, participantId, isoAt(this.clock()));
    if (!removed) throw new AppError(ErrorCode.notFound, 'No such person in the attendance');
    if (removed.guest) this.revokeGuest(removed.id);
    this.events.notify(workshop.id, 'attendance');
  }

  async attendance(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<ParticipantRecord[]> {
    assertRuns(caller);
    return this.store.participants(workshop.id);
  }

  /** The caller as a participant: a guest is one already; a signed-in person joins on their first idea or vote. */
  async participantOf(workshop: WorkshopRecord, caller: WorkshopCaller): Promise<ParticipantRecord> {
    if (caller.kind === 'guest') return caller.participant;
    const known = await this.store.participantByUser(workshop.id, caller.user.id);
    if (known) return known;
    const participant = await this.store.joinMember({
      id: randomUUID(),
      workshopId: workshop.id,
      userId: caller.user.id,
      name: caller.user.name,
      guest: false,
      joinedAt: isoAt(this.clock()),
      stakeholderId: null,
    });
    this.events.notify(workshop.id, 'attendance');
    return participant;
  }

  private async change(
    workshop: WorkshopRecord,
    expected: WorkshopRecord['status'][],
    change: WorkshopStateChange,
    what: WorkshopChange['what'] = 'session',
  ): Promise<void> {
    if (!(await this.store.update(workshop.id, expected, change))) {
      throw new AppError(ErrorCode.conflict, 'The session changed meanwhile; reload and try again');
    }
    this.events.notify(workshop.id, what);
  }
}

function countdownOf(workshop: WorkshopRecord): Countdown {
  return { endsAt: workshop.timerEndsAt === null ? null : Date.parse(workshop.timerEndsAt), remainingMs: workshop.timerRemainingMs };
}

export function summaryOf(workshop: WorkshopRecord, attendance: number): WorkshopSummary {
  return {
    id: workshop.id,
    citySlug: workshop.citySlug,
    title: workshop.title,
    startsAt: workshop.startsAt,
    place: workshop.place,
    status: workshop.status,
    attendance,
  };
}
