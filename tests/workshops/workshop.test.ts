import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '@iap/server';
import { iapDocumentName, IAP_YDOC, JOIN_CODE_ALPHABET, type Minutes, type Poll, type PollResults, type Workshop } from '@iap/shared';
import { addSignedIn } from '../access/people.js';
import { pdfText, unzipEntry } from '../export/exportFiles.js';
import { makeDataDir } from '../support/server.js';
import type { ServerProcess } from '../support/serverProcess.js';
import { connectClient, waitForDoc, type TestClient } from '../support/yclient.js';
import { cookiePair, HttpPerson, openEventStream, spawnAccountsServer } from './httpClient.js';

const CITY = 'barnsley';
const MEMBERS = 15;
const GUESTS = 15;
const BUDGET = 3;

describe('a simulated workshop session, across a server crash', () => {
  const processes: ServerProcess[] = [];
  const dirs: string[] = [];
  const cleanups: (() => void)[] = [];

  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    for (const server of processes.splice(0)) server.child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('30 people join, post ideas, vote their budget and no more; a SIGKILL loses nothing; the minutes add up', { timeout: 120_000 }, async () => {
    // Arrange: accounts and their sessions written to the data folder, then the real server process on it.
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const setup = await buildApp({ dataDir, clientDir: null, logLevel: 'warn' });
    const facilitatorAccount = await addSignedIn(setup, { name: 'Fiona Facilitator', city: CITY, role: 'facilitator' });
    const memberAccounts = [];
    for (let i = 0; i < MEMBERS; i++) {
      memberAccounts.push(await addSignedIn(setup, { name: `Member ${i}`, city: CITY, role: i % 3 === 0 ? 'observer' : 'member' }));
    }
    await setup.close();
    let server = await spawnAccountsServer(dataDir);
    processes.push(server);

    const facilitator = new HttpPerson(server.httpUrl, facilitatorAccount.cookie, 'Fiona Facilitator');
    const members = memberAccounts.map((account) => new HttpPerson(server.httpUrl, account.cookie, account.name));
    const guests = Array.from({ length: GUESTS }, (_unused, i) => new HttpPerson(server.httpUrl, null, `Guest ${i}`));
    const everyone = [...members, ...guests];

    // Prepare and start.
    const created = await facilitator.post<Workshop>(`/api/cities/${CITY}/workshops`, {
      title: 'ULG meeting: <b>priorities</b>',
      startsAt: '2026-12-01T17:00:00Z',
      place: 'Town library',
      allowGuests: true,
      agenda: [
        { title: 'Welcome', minutes: 5 },
        { title: 'Ideas for actions', minutes: 20, sectionId: 'actions' },
        { title: 'Vote', minutes: 10 },
      ],
    });
    expect(created.status).toBe(201);
    const workshop = created.body;
    expect(workshop.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(workshop.status).toBe('planned');
    const started = await facilitator.post<Workshop>(`/api/workshops/${workshop.id}/start`);
    expect(started.body).toMatchObject({ status: 'running', currentItem: 0, timer: { running: false, remainingMs: 5 * 60_000 } });

    // Everyone joins: members as themselves (one typing the code in lower case with a dash), guests by name.
    const joins = await Promise.all(
      everyone.map((person, i) => {
        const code = i === 0 ? `${workshop.joinCode.slice(0, 3).toLowerCase()}-${workshop.joinCode.slice(3)}` : workshop.joinCode;
        return person.post<{ workshopId: string; participant: { name: string; guest: boolean } }>('/api/workshops/join', {
          code,
          ...(person.cookie ? {} : { name: person.name }),
        });
      }),
    );
    joins.forEach((join, i) => {
      expect(join.status, JSON.stringify(join.body)).toBe(200);
      expect(join.body.workshopId).toBe(workshop.id);
      expect(join.body.participant).toMatchObject({ name: everyone[i]!.name, guest: i >= MEMBERS });
      if (i >= MEMBERS) everyone[i]!.cookie = cookiePair(join.setCookie);
    });
    expect((await facilitator.get<Workshop>(`/api/workshops/${workshop.id}`)).body.attendance).toBe(MEMBERS + GUESTS);

    // Move to the ideas item and run its countdown.
    await facilitator.post(`/api/workshops/${workshop.id}/advance`, {});
    const timed = await facilitator.post<Workshop>(`/api/workshops/${workshop.id}/timer`, { action: 'start' });
    expect(timed.body.timer.running).toBe(true);
    expect(timed.body.currentItem).toBe(1);
    const endsAt = timed.body.timer.endsAt!;
    // What a client shows is endsAt minus the server's now, whatever its own clock says.
    expect(Date.parse(endsAt) - Date.parse(timed.body.serverNow)).toBe(timed.body.timer.remainingMs);
    expect(timed.body.timer.remainingMs).toBeGreaterThan(20 * 60_000 - 5_000);
    expect(timed.body.timer.remainingMs).toBeLessThanOrEqual(20 * 60_000);

    // Ideas, one each; the facilitator's event stream hears of them live.
    const stream = await openEventStream(facilitator, workshop.id);
    cleanups.push(() => stream.close());
    const heard = stream.waitFor('ideas');
    const posted = await Promise.all(
      everyone.map((person, i) => person.post<{ id: string }>(`/api/workshops/${workshop.id}/ideas`, { text: `Idea ${i}: <script>alert(${i})</script>`, anonymous: i % 2 === 1 })),
    );
    expect(posted.map((answer) => answer.status)).toEqual(everyone.map(() => 201));
    await heard;
    const seenByGuest = (await guests[0]!.get<{ ideas: { text: string; author: { name: string } | null; itemIndex: number }[] }>(`/api/workshops/${workshop.id}/ideas`)).body.ideas;
    const seenByFacilitator = (await facilitator.get<{ ideas: { author: { name: string } | null }[] }>(`/api/workshops/${workshop.id}/ideas`)).body.ideas;
    expect(seenByGuest).toHaveLength(30);
    expect(seenByGuest.every((idea) => idea.itemIndex === 1)).toBe(true);
    expect(seenByGuest.filter((idea) => idea.author === null)).toHaveLength(15);
    expect(seenByFacilitator.filter((idea) => idea.author === null)).toHaveLength(0);

    // One idea becomes a draft action in the live plan: a connected client sees it.
    const plan: TestClient = connectClient(server.wsUrl, iapDocumentName(CITY), { headers: { cookie: facilitator.cookie! } });
    cleanups.push(() => plan.destroy());
    await plan.synced;
    const promoted = await facilitator.post<{ actionId: string }>(`/api/workshops/${workshop.id}/ideas/${posted[4]!.body.id}/promote`);
    expect(promoted.status).toBe(201);
    const actions = plan.doc.getArray<import('yjs').Map<unknown>>(IAP_YDOC.actions);
    await waitForDoc(plan.doc, () => actions.toArray().some((action) => action.get('id') === promoted.body.actionId));
    const action = actions.toArray().find((candidate) => candidate.get('id') === promoted.body.actionId)!;
    expect(action.get('title')).toBe('Idea 4: <script>alert(4)</script>');
    expect(action.get('status')).toBe('proposed');
    expect(String(action.get('description'))).toContain(workshop.id);
    plan.destroy();
    // A participant cannot promote.
    expect((await members[1]!.post(`/api/workshops/${workshop.id}/ideas/${posted[5]!.body.id}/promote`)).status).toBe(403);

    // A dot vote: three dots each.
    const pollAnswer = await facilitator.post<Poll>(`/api/workshops/${workshop.id}/polls`, {
      question: 'Which first?',
      votesPerPerson: BUDGET,
      options: [{ label: 'Green roofs', ideaId: posted[0]!.body.id }, { label: 'Maker space' }, { label: 'Night market' }],
    });
    expect(pollAnswer.status).toBe(201);
    const poll = pollAnswer.body;
    const votesPath = `/api/workshops/${workshop.id}/polls/${poll.id}/votes`;
    // The last guest sends all four at once: three count, one is refused.
    const burst = await Promise.all(Array.from({ length: BUDGET + 1 }, () => guests.at(-1)!.post(votesPath, { optionId: poll.options[2]!.id })));
    expect(burst.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 409]);
    expect(burst.find((answer) => answer.status === 409)!.body).toMatchObject({ error: { code: 'vote_budget_exhausted' } });
    // Everyone else: person i puts their dots on options i, i+1, i+2 (mod 3), in parallel across people.
    const others = everyone.slice(0, -1);
    await Promise.all(
      others.map(async (person, i) => {
        for (let dot = 0; dot < BUDGET; dot++) {
          const answer = await person.post(votesPath, { optionId: poll.options[(i + dot) % 3]!.id });
          expect(answer.status, JSON.stringify(answer.body)).toBe(201);
        }
      }),
    );
    // A 4th vote, and two more sent at once, are refused.
    const fourth = await members[0]!.post(votesPath, { optionId: poll.options[0]!.id });
    expect(fourth).toMatchObject({ status: 409, body: { error: { code: 'vote_budget_exhausted' } } });
    const twoAtOnce = await Promise.all([members[1]!.post(votesPath, { optionId: poll.options[0]!.id }), members[1]!.post(votesPath, { optionId: poll.options[1]!.id })]);
    expect(twoAtOnce.map((answer) => answer.status)).toEqual([409, 409]);
    // Results: hidden from participants while open, live for the facilitator.
    expect((await guests[0]!.get(`/api/workshops/${workshop.id}/polls/${poll.id}/results`)).status).toBe(403);
    const live = (await facilitator.get<PollResults>(`/api/workshops/${workshop.id}/polls/${poll.id}/results`)).body;
    expect(live.options.reduce((sum, option) => sum + option.votes, 0)).toBe(30 * BUDGET);

    // The server is killed mid-session and started again on the same data.
    server.child.kill('SIGKILL');
    await server.exited;
    server = await spawnAccountsServer(dataDir);
    processes.push(server);
    for (const person of [facilitator, ...everyone]) person.baseUrl = server.httpUrl;

    const afterCrash = (await guests[3]!.get<Workshop>(`/api/workshops/${workshop.id}`)).body;
    expect(afterCrash).toMatchObject({ status: 'running', currentItem: 1, timer: { running: true, endsAt } });
    // The countdown kept running on the wall clock: what is left is exactly endsAt minus the server's now.
    expect(afterCrash.timer.remainingMs).toBe(Date.parse(endsAt) - Date.parse(afterCrash.serverNow));
    expect(afterCrash.timer.remainingMs).toBeLessThan(20 * 60_000);
    expect((await facilitator.get<{ ideas: unknown[] }>(`/api/workshops/${workshop.id}/ideas`)).body.ideas).toHaveLength(30);
    const kept = (await facilitator.get<PollResults>(`/api/workshops/${workshop.id}/polls/${poll.id}/results`)).body;
    expect(kept).toEqual(live);
    // Budgets still hold after the restart.
    expect((await guests[2]!.post(votesPath, { optionId: poll.options[0]!.id })).status).toBe(409);

    // Pause and add time after the restart: the countdown stays consistent.
    const pausedTimer = (await facilitator.post<Workshop>(`/api/workshops/${workshop.id}/timer`, { action: 'pause' })).body.timer;
    const added = (await facilitator.post<Workshop>(`/api/workshops/${workshop.id}/timer`, { action: 'add', seconds: 60 })).body.timer;
    expect(pausedTimer.running).toBe(false);
    expect(added).toEqual({ running: false, endsAt: null, remainingMs: pausedTimer.remainingMs + 60_000 });

    // Close: everyone sees the ranked results; a vote after the close is refused.
    expect((await facilitator.post(`/api/workshops/${workshop.id}/polls/${poll.id}/close`)).status).toBe(200);
    const results = await guests[0]!.get<PollResults>(`/api/workshops/${workshop.id}/polls/${poll.id}/results`);
    expect(results.status).toBe(200);
    const counts = results.body.options.map((option) => option.votes);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((sum, votes) => sum + votes, 0)).toBe(30 * BUDGET);
    const late = await members[4]!.post(votesPath, { optionId: poll.options[0]!.id });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'poll_closed' } } });

    const decision = await facilitator.post(`/api/workshops/${workshop.id}/decisions`, { text: 'Prioritise the night market', actionIds: [promoted.body.actionId] });
    expect(decision.status).toBe(201);

    // End: the code stops working, ideas are refused.
    const ended = await facilitator.post<Workshop>(`/api/workshops/${workshop.id}/end`);
    expect(ended.body.status).toBe('ended');
    const lateJoin = await new HttpPerson(server.httpUrl, null, 'Late').post('/api/workshops/join', { code: workshop.joinCode, name: 'Late' });
    expect(lateJoin).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const lateIdea = await guests[1]!.post(`/api/workshops/${workshop.id}/ideas`, { text: 'Too late' });
    expect(lateIdea).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });

    // The minutes hold the right counts and the new action under what changed.
    const minutes = (await facilitator.get<Minutes>(`/api/workshops/${workshop.id}/minutes`)).body;
    expect(minutes.attendance).toHaveLength(30);
    expect(minutes.attendance.filter((person) => person.guest)).toHaveLength(GUESTS);
    expect(minutes.agenda).toHaveLength(3);
    expect(minutes.ideas).toHaveLength(30);
    expect(minutes.polls).toHaveLength(1);
    expect(minutes.polls[0]!.results.reduce((sum, option) => sum + option.votes, 0)).toBe(30 * BUDGET);
    expect(minutes.decisions.map((entry) => entry.text)).toEqual(['Prioritise the night market']);
    expect(minutes.planChanges!.actions).toEqual([expect.objectContaining({ id: promoted.body.actionId, kind: 'added', title: 'Idea 4: <script>alert(4)</script>' })]);

    const html = await facilitator.get<string>(`/api/workshops/${workshop.id}/minutes?format=html`);
    expect(html.status).toBe(200);
    expect(html.body).not.toContain('<script>');
    expect(html.body).not.toContain('<b>');
    expect(html.body).toContain('Idea 4: &lt;script&gt;alert(4)&lt;/script&gt;');
    const docx = await facilitator.bytes(`/api/workshops/${workshop.id}/minutes?format=docx`);
    expect(docx.type).toContain('wordprocessingml');
    const words = unzipEntry(docx.body, 'word/document.xml');
    expect(words).toContain('Prioritise the night market');
    expect(words).toContain('Action added: Idea 4: &lt;script&gt;alert(4)&lt;/script&gt;');
    const pdf = await facilitator.bytes(`/api/workshops/${workshop.id}/minutes?format=pdf`);
    expect(pdf.type).toBe('application/pdf');
    const printed = pdfText(pdf.body);
    expect(printed).toContain('Attendance (30)');
    expect(printed).toContain('Prioritise the night market');
  });
});
