import { describe, expect, it } from 'vitest';
import type { ParticipantRecord, PollRecord, WorkshopRecord } from '@iap/server/workshops/WorkshopStore';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { AT, people } from './rows.js';

const at = (ms: number) => new Date(T0 + ms).toISOString();

const workshop = (id: string, overrides: Partial<WorkshopRecord> = {}): WorkshopRecord => ({
  id,
  citySlug: 'porto',
  title: `Workshop ${id}`,
  startsAt: at(3_600_000),
  place: null,
  allowGuests: false,
  agenda: [{ title: 'Ideas', minutes: 20 }],
  status: 'planned',
  currentItem: 0,
  joinCode: `CODE-${id}`,
  timerEndsAt: null,
  timerRemainingMs: 1_200_000,
  createdBy: 'ana',
  createdAt: AT,
  startedAt: null,
  endedAt: null,
  startVersionId: null,
  endVersionId: null,
  followMe: false,
  invitedStakeholderIds: [],
  ...overrides,
});

const participant = (id: string, overrides: Partial<ParticipantRecord> = {}): ParticipantRecord => ({
  id,
  workshopId: 'w1',
  userId: null,
  name: `Guest ${id}`,
  guest: true,
  joinedAt: AT,
  stakeholderId: null,
  ...overrides,
});

const poll = (id: string, overrides: Partial<PollRecord> = {}): PollRecord => ({
  id,
  workshopId: 'w1',
  question: 'Which first?',
  votesPerPerson: 2,
  closesAt: null,
  closedAt: null,
  createdAt: AT,
  options: [
    { id: `${id}-a`, label: 'A', ideaId: null, actionId: null },
    { id: `${id}-b`, label: 'B', ideaId: 'idea-1', actionId: 'act-1' },
  ],
  ...overrides,
});

describe.each(ENGINES)('WorkshopStore on %s', (name) => {
  const engine = useEngine(name);
  const start = async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { workshops } = engine().storage;
    expect(await workshops.insert(workshop('w1', { allowGuests: true, place: 'Room 2', agenda: [{ title: 'Ideas', minutes: 20, sectionId: 'vision' }] }))).toBe(true);
    return workshops;
  };

  it('stores a session field for field; a join code is taken until its session ends', async () => {
    const workshops = await start();
    expect(await workshops.find('w1')).toEqual(workshop('w1', { allowGuests: true, place: 'Room 2', agenda: [{ title: 'Ideas', minutes: 20, sectionId: 'vision' }] }));
    expect(await workshops.find('none')).toBeNull();
    expect(await workshops.insert(workshop('w2', { joinCode: 'CODE-w1' }))).toBe(false);
    expect(await workshops.find('w2')).toBeNull();
    expect((await workshops.findActiveByCode('CODE-w1'))?.id).toBe('w1');
    expect(await workshops.update('w1', ['planned', 'running'], { status: 'ended', endedAt: at(9) })).toBe(true);
    expect(await workshops.findActiveByCode('CODE-w1')).toBeNull();
    expect(await workshops.insert(workshop('w2', { joinCode: 'CODE-w1' }))).toBe(true);
    expect((await workshops.findActiveByCode('CODE-w1'))?.id).toBe('w2');
  });

  it('listByCity: latest start first, then latest created', async () => {
    const workshops = await start();
    await workshops.insert(workshop('w2', { startsAt: at(7_200_000) }));
    await workshops.insert(workshop('w3', { createdAt: at(1) }));
    await workshops.insert(workshop('w4', { citySlug: 'turku' }));
    expect((await workshops.listByCity('porto')).map((listed) => listed.id)).toEqual(['w2', 'w3', 'w1']);
  });

  it('update applies the change only from the expected statuses', async () => {
    const workshops = await start();
    expect(await workshops.update('w1', ['running'], { currentItem: 1 })).toBe(false);
    const change = { status: 'running' as const, startedAt: at(5), timerEndsAt: at(1_200_005), timerRemainingMs: 0, startVersionId: null, currentItem: 0 };
    expect(await workshops.update('w1', ['planned'], change)).toBe(true);
    expect(await workshops.find('w1')).toMatchObject(change);
    expect(await workshops.update('none', ['planned', 'running'], { currentItem: 1 })).toBe(false);
  });

  it('update changes who is invited (a list, stored as the insert stores it) and Follow me', async () => {
    const workshops = await start();
    expect(await workshops.update('w1', ['planned', 'running'], { invitedStakeholderIds: ['s-2', 's-1'], followMe: true })).toBe(true);
    expect(await workshops.find('w1')).toMatchObject({ invitedStakeholderIds: ['s-2', 's-1'], followMe: true });
    expect(await workshops.update('w1', ['planned'], { invitedStakeholderIds: [] })).toBe(true);
    expect((await workshops.find('w1'))?.invitedStakeholderIds).toEqual([]);
  });

  it('participants: a member joins once; guests are found by their token hash; listed by joining order; counted per session', async () => {
    const workshops = await start();
    await workshops.insert(workshop('w2'));
    const member = participant('p-ana', { userId: 'ana', name: 'Ana', guest: false });
    expect(await workshops.joinMember(member)).toEqual(member);
    expect(await workshops.joinMember({ ...member, id: 'p-ana-again', joinedAt: at(5) })).toEqual(member);
    await workshops.addParticipant(participant('p-z'), 'token-z');
    await workshops.addParticipant(participant('p-a', { guest: false }), null);
    expect(await workshops.participantByToken('token-z')).toEqual(participant('p-z'));
    expect(await workshops.participantByToken('none')).toBeNull();
    expect(await workshops.participantByUser('w1', 'ana')).toEqual(member);
    expect(await workshops.participantByUser('w2', 'ana')).toBeNull();
    expect((await workshops.participants('w1')).map((listed) => [listed.id, listed.guest])).toEqual([
      ['p-ana', false],
      ['p-z', true],
      ['p-a', false],
    ]);
    expect(await workshops.countParticipants(['w1', 'w2', 'none'])).toEqual(
      new Map([
        ['w1', 3],
        ['w2', 0],
        ['none', 0],
      ]),
    );
    await expect(workshops.addParticipant(participant('p-dup'), 'token-z')).rejects.toThrow();
  });

  it('members joining at once make one participant', async () => {
    const workshops = await start();
    const joined = await Promise.all(
      ['j1', 'j2', 'j3', 'j4'].map((id) => workshops.joinMember(participant(id, { userId: 'bo', name: 'Bo', guest: false }))),
    );
    expect(new Set(joined.map((one) => one.id)).size).toBe(1);
    expect(await workshops.countParticipants(['w1'])).toEqual(new Map([['w1', 1]]));
  });

  it('ideas come with their author, in writing order; one is promoted to an action once', async () => {
    const workshops = await start();
    await workshops.addParticipant(participant('p1', { name: 'Rita' }), 'token-1');
    for (const [id, anonymous] of [
      ['i-3', false],
      ['i-1', true],
    ] as const) {
      await workshops.insertIdea({ id, workshopId: 'w1', itemIndex: 0, participantId: 'p1', anonymous, text: `idea ${id}`, createdAt: AT, actionId: null });
    }
    const ideas = await workshops.ideas('w1');
    expect(ideas.map((idea) => [idea.id, idea.authorName, idea.anonymous])).toEqual([
      ['i-3', 'Rita', false],
      ['i-1', 'Rita', true],
    ]);
    expect(await workshops.idea('w1', 'i-1')).toEqual(ideas[1]);
    expect(await workshops.idea('w2', 'i-1')).toBeNull();
    expect(await workshops.markPromoted('i-1', 'act-9')).toBe(true);
    expect(await workshops.markPromoted('i-1', 'act-10')).toBe(false);
    expect((await workshops.idea('w1', 'i-1'))?.actionId).toBe('act-9');
  });

  it('polls keep their options in order; decisions keep their actions', async () => {
    const workshops = await start();
    await workshops.insertPoll(poll('q2'));
    await workshops.insertPoll(poll('q1', { closesAt: at(60_000) }));
    expect((await workshops.polls('w1')).map((listed) => listed.id)).toEqual(['q2', 'q1']);
    expect(await workshops.poll('w1', 'q1')).toEqual(poll('q1', { closesAt: at(60_000) }));
    expect(await workshops.poll('w2', 'q1')).toBeNull();
    await expect(workshops.insertPoll(poll('q3', { options: [{ id: 'q1-a', label: 'clash', ideaId: null, actionId: null }] }))).rejects.toThrow();
    expect(await workshops.poll('w1', 'q3')).toBeNull();
    await workshops.insertDecision({ id: 'd2', workshopId: 'w1', text: 'Go', actionIds: ['act-1', 'act-2'], itemIndex: 0, createdAt: AT });
    await workshops.insertDecision({ id: 'd1', workshopId: 'w1', text: 'Later', actionIds: [], itemIndex: 1, createdAt: AT });
    expect(await workshops.decisions('w1')).toEqual([
      { id: 'd2', workshopId: 'w1', text: 'Go', actionIds: ['act-1', 'act-2'], itemIndex: 0, createdAt: AT },
      { id: 'd1', workshopId: 'w1', text: 'Later', actionIds: [], itemIndex: 1, createdAt: AT },
    ]);
  });

  it('castVote counts dots within the budget of an open poll and says why it refuses one', async () => {
    const workshops = await start();
    await workshops.addParticipant(participant('p1'), 'token-1');
    await workshops.insertPoll(poll('q1', { closesAt: at(60_000) }));
    await workshops.insertPoll(poll('q2'));
    const vote = (id: string, optionId: string, ms = 0, pollId = 'q1') => workshops.castVote({ id, pollId, optionId, participantId: 'p1', at: at(ms) });
    expect(await vote('v1', 'q1-b')).toBe('counted');
    expect(await vote('v2', 'q2-a')).toBe('unknown_option');
    expect(await vote('v3', 'q1-a', 0, 'none')).toBe('unknown_option');
    expect(await vote('v4', 'q1-b')).toBe('counted');
    expect(await vote('v5', 'q1-a')).toBe('budget_exhausted');
    expect(await vote('v6', 'q2-a', 60_000, 'q2')).toBe('counted');
    await workshops.closePoll('q2', at(1));
    expect(await vote('v7', 'q2-b', 2, 'q2')).toBe('closed');
    expect(await workshops.insertPoll(poll('q3', { closesAt: at(10) }))).toBeUndefined();
    expect(await vote('v8', 'q3-a', 10, 'q3')).toBe('closed');
    expect(await workshops.voteCounts('q1')).toEqual(new Map([['q1-b', 2]]));
    expect(await workshops.votesOf('q1', 'p1')).toEqual(['q1-b', 'q1-b']);
    expect(await workshops.votesOf('q2', 'p1')).toEqual(['q2-a']);
  });

  it('votes cast at once never pass the budget', async () => {
    const workshops = await start();
    await workshops.addParticipant(participant('p1'), 'token-1');
    await workshops.insertPoll(poll('q1', { votesPerPerson: 3 }));
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, index) => workshops.castVote({ id: `v${index}`, pollId: 'q1', optionId: index % 2 ? 'q1-a' : 'q1-b', participantId: 'p1', at: AT })),
    );
    expect(outcomes.filter((outcome) => outcome === 'counted')).toHaveLength(3);
    expect(await workshops.votesOf('q1', 'p1')).toHaveLength(3);
  });
});
