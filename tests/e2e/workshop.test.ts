import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import * as Y from 'yjs';
import { iapDocumentName, IAP_NODE, type Workshop } from '@iap/shared';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { browserTest } from '../support/pages.js';
import { addSignedIn } from '../access/people.js';
import { addSessionCookie } from '../support/session.js';

const WAIT = { timeout: 15_000, interval: 100 };
const SHOTS_DIR = '/tmp/shots';
const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 1000 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** One app for the file, with the facilitator of Barnsley. */
const it = browserTest
  .extend('facilitator', { scope: 'file' }, async ({ webServer: server }) => {
    const facilitator = await addSignedIn(server.app, { name: 'Fiona Facilitator', city: 'barnsley', role: 'facilitator' });
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    return facilitator;
  })
  /** A page in a new profile, signed in with `cookie` (or a visitor's), opened at `url`. */
  .extend('open', ({ webServer: server, newPage }) => async (who: string, options: BrowserContextOptions, cookie: string | null, url: string): Promise<Page> => {
    // A visitor's page asks who is signed in and is told 401; any other console error is a bug.
    const page = await newPage(who, { ...options, ...(cookie ? {} : { ignoreConsole: /status of 401/ }) });
    // Playwright's own default, which these walks were written against (newPage sets 15 s).
    page.context().setDefaultTimeout(30_000);
    if (cookie) await addSessionCookie(page.context(), server.httpUrl, cookie);
    await page.goto(`${server.httpUrl}${url}`);
    return page;
  });

describe('a workshop in the browser', () => {
  it('a guest joins by code on a phone, posts an idea the facilitator sees live, votes, and sees the results once closed', async ({ webServer: server, facilitator, open }) => {
    // The city's stakeholder register holds someone to invite.
    const registered = await fetch(`${server.httpUrl}/api/cities/barnsley/stakeholders`, {
      method: 'POST',
      headers: { cookie: facilitator.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ana Alves', organisation: 'Market traders', sector: 'business', importance: 4, influence: 3, consentToBeListed: true }),
    });
    expect(registered.status).toBe(201);

    // The facilitator prepares the session from the city's workshop list and starts it.
    const console = await open('facilitator', DESKTOP, facilitator.cookie, '/');
    await console.getByRole('link', { name: 'Workshops of Barnsley' }).click();
    await console.getByRole('button', { name: 'New session' }).click();
    await console.getByRole('textbox', { name: 'Title' }).fill('ULG meeting: priorities');
    await console.getByLabel('Date and time').fill('2026-12-01T18:00');
    await console.getByRole('textbox', { name: 'Place' }).fill('Town library');
    await console.getByRole('textbox', { name: 'Item 1', exact: true }).fill('Ideas for the market square');
    await console.getByRole('combobox', { name: 'Plan section of item 1' }).click();
    await console.getByRole('option', { name: 'Actions', exact: true }).click();
    await console.getByRole('combobox', { name: 'Invited stakeholders' }).click();
    await console.getByRole('option', { name: 'Ana Alves (Market traders)' }).click();
    await console.keyboard.press('Escape');
    await console.getByRole('button', { name: 'Create the session' }).click();
    await console.getByRole('button', { name: 'Start the session' }).click();
    await console.getByRole('timer').waitFor();
    const code = (await console.locator('.workshop-join-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await console.getByRole('img', { name: /QR code/ }).waitFor();

    // A guest joins on a phone, typing the code.
    const phone = await open('guest', PHONE, null, '/join');
    await phone.getByRole('textbox', { name: 'Session code' }).fill(code.toLowerCase());
    await phone.getByRole('textbox', { name: 'Your name' }).fill('Gita Guest');
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByRole('heading', { name: 'Ideas for the market square' }).waitFor();
    await phone.getByRole('timer').waitFor();
    await phone.getByText('This item works on the plan section Actions.').waitFor();

    // The facilitator starts the countdown and adds a minute: the phone follows, from the server's clock.
    await console.getByRole('button', { name: 'Start', exact: true }).click();
    await console.getByRole('button', { name: '+1 min' }).click();
    const phoneTimer = phone.getByRole('timer');
    await expect.poll(() => phoneTimer.getAttribute('aria-label'), WAIT).toMatch(/^Time left: 15:[45]\d$/);
    await phone.getByText('Running', { exact: true }).waitFor(WAIT);

    // The idea appears on the console without a reload.
    await phone.getByRole('textbox', { name: 'Idea for this item' }).fill('A covered <b>night</b> market');
    await phone.getByRole('button', { name: 'Post the idea' }).click();
    const consoleIdeas = console.getByRole('list', { name: 'Ideas for this item' });
    await consoleIdeas.getByText('A covered <b>night</b> market').waitFor(WAIT);
    await expect.poll(() => consoleIdeas.getByText('Gita Guest').count(), WAIT).toBe(1);

    // A dot vote over the item's ideas and one more option.
    await console.getByRole('textbox', { name: 'Question' }).fill('Which first?');
    await console.getByRole('button', { name: "Use this item's ideas" }).click();
    const options = console.getByRole('textbox', { name: 'Options' });
    await options.fill(`${await options.inputValue()}\nMaker space`);
    await console.getByRole('button', { name: 'Start the vote' }).click();

    const poll = phone.getByRole('region', { name: 'Which first?' });
    await poll.waitFor(WAIT);
    const nightMarket = poll.getByRole('button', { name: /Vote for A covered/ });
    const makerSpace = poll.getByRole('button', { name: /Vote for Maker space/ });
    await nightMarket.click();
    await expect.poll(() => poll.getByText('2 of your 3 dots left').count(), WAIT).toBe(1);
    await nightMarket.click();
    await expect.poll(() => poll.getByText('1 of your 3 dots left').count(), WAIT).toBe(1);
    await makerSpace.click();
    await expect.poll(() => poll.getByText('0 of your 3 dots left').count(), WAIT).toBe(1);
    expect(await makerSpace.isDisabled()).toBe(true);
    expect(await poll.getByText('Results are shown when the vote closes.').count()).toBe(1);
    const box = await makerSpace.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await phone.screenshot({ path: `${SHOTS_DIR}/workshop-phone-voting.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone);

    // The facilitator sees the counts live, then closes the vote.
    const results = console.getByRole('list', { name: 'Results of Which first?' });
    await expect.poll(() => results.getByText(/A covered <b>night<\/b> market · 2 votes/).count(), WAIT).toBe(1);
    await console.screenshot({ path: `${SHOTS_DIR}/workshop-console.png`, fullPage: true });
    await expectNoSeriousA11yViolations(console);
    await console.getByRole('button', { name: 'Close the vote' }).click();

    // The phone shows the ranked results.
    const phoneResults = phone.getByRole('list', { name: 'Results of Which first?' });
    await phoneResults.waitFor(WAIT);
    expect(await phoneResults.getByRole('listitem').allTextContents()).toEqual(['A covered <b>night</b> market · 2 votes', 'Maker space · 1 vote']);
    await phone.screenshot({ path: `${SHOTS_DIR}/workshop-phone-results.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone);
    // Nothing is wider than the phone.
    expect(await phone.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The facilitator groups the idea, with the keyboard: the phone sees the group.
    await consoleIdeas.getByRole('checkbox', { name: /Select the idea: A covered/ }).press('Space');
    await console.getByRole('combobox', { name: 'Group name' }).fill('Market square');
    await console.getByRole('button', { name: 'Group 1 selected idea' }).press('Enter');
    await phone.getByRole('heading', { name: 'Market square (1 idea)' }).waitFor(WAIT);

    // The idea becomes a draft action; the decision picks it from the plan's actions; the session ends: the minutes say so.
    await consoleIdeas.getByRole('button', { name: 'Make it an action' }).click();
    await consoleIdeas.getByText('In the plan as a proposed action').waitFor(WAIT);
    await console.getByRole('textbox', { name: 'What the group agreed' }).fill('Start with the night market');
    await console.getByRole('combobox', { name: 'Plan actions concerned' }).click();
    await console.getByRole('option', { name: 'A1 · A covered <b>night</b> market' }).click();
    await console.keyboard.press('Escape');
    await console.getByRole('button', { name: 'Record the decision' }).click();
    const decisions = console.getByRole('region', { name: 'Decisions' });
    // The recorded decision in the list (the text box may still hold the words until the request returns).
    await decisions.getByRole('listitem').filter({ hasText: 'Start with the night market' }).waitFor(WAIT);
    await decisions.getByText('Concerns: A1 · A covered <b>night</b> market').waitFor(WAIT);
    // Attendance: someone added by mistake is removed; the invited stakeholder is marked present.
    const addPresent = async (name: string) => {
      await console.getByRole('textbox', { name: 'Add someone present without a device' }).fill(name);
      await console.getByRole('button', { name: 'Add', exact: true }).click();
    };
    await addPresent('Mr Ortz');
    await console.getByRole('button', { name: 'Remove Mr Ortz from the attendance' }).click();
    await addPresent('Mr Ortiz');
    const attendancePanel = console.getByRole('region', { name: /^Attendance/ });
    await attendancePanel.getByRole('heading', { name: 'Invited stakeholders: 0 of 1 came' }).waitFor(WAIT);
    await console.getByRole('button', { name: 'Mark present: Ana Alves' }).click();
    await attendancePanel.getByRole('heading', { name: 'Invited stakeholders: 1 of 1 came' }).waitFor(WAIT);
    const present = console.getByRole('list', { name: 'People present' });
    await expect.poll(() => present.getByRole('listitem').allTextContents(), WAIT).toEqual(['Gita Guest (guest)Remove', 'Mr OrtizRemove', 'Ana AlvesRemove']);
    await console.getByRole('button', { name: 'End the session' }).click();
    const minutes = console.getByRole('region', { name: 'Minutes' });
    await minutes.getByRole('heading', { name: 'Attendance: 3 people' }).waitFor(WAIT);
    await minutes.getByText('Added: A covered <b>night</b> market').waitFor(WAIT);
    await minutes.getByText('Ana Alves: came').waitFor(WAIT);
    await minutes.getByRole('heading', { name: 'Market square (1 idea)' }).waitFor(WAIT);
    await minutes.getByText('Concerns: A1 · A covered <b>night</b> market').waitFor(WAIT);
    expect(await minutes.getByText('Gita Guest (guest)').count()).toBe(1);
    await console.screenshot({ path: `${SHOTS_DIR}/workshop-minutes.png`, fullPage: true });
    await expectNoSeriousA11yViolations(console);
    await phone.getByRole('heading', { name: 'The session has ended. Thank you!' }).waitFor(WAIT);
  });

  /** Where the heading of plan section `sectionId` is on the page's screen: its top, in CSS pixels from the viewport's top. */
  const headingTop = (page: Page, sectionId: string): Promise<number | null> =>
    page.evaluate((id) => {
      const heading = (globalThis as unknown as { document: { getElementById: (id: string) => { getBoundingClientRect: () => { top: number } } | null } }).document.getElementById(id);
      return heading ? Math.round(heading.getBoundingClientRect().top) : null;
    }, `iap-section-${sectionId}`);
  /** On screen near the top (below the header and the editor's bar), where following puts it. */
  const nearTop = (top: number | null): boolean => top !== null && top >= 0 && top < 320;

  it("Follow me: a guest's phone and a member's plan page jump to the current item's section and follow the next item; a participant can step out and back", async ({ webServer: server, facilitator, open, connect }) => {
    // A long plan, so that every section is far from the others.
    const writer = connect(server.wsUrl, iapDocumentName('barnsley'), { headers: { cookie: facilitator.cookie } });
    await writer.synced;
    const text = writer.doc.getXmlFragment('default');
    const headings = text.toArray().flatMap((block, index) => (block instanceof Y.XmlElement && block.nodeName === IAP_NODE.sectionHeading ? [index] : []));
    for (const index of headings.reverse()) {
      text.insert(
        index + 1,
        Array.from({ length: 14 }, (_unused, n) => {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(`Notes of the group, line ${n + 1}.`)]);
          return paragraph;
        }),
      );
    }
    await writer.whenSaved();
    writer.destroy();

    const created = await fetch(`${server.httpUrl}/api/cities/barnsley/workshops`, {
      method: 'POST',
      headers: { cookie: facilitator.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'ULG meeting: the plan',
        startsAt: '2026-12-02T18:00:00Z',
        allowGuests: true,
        agenda: [
          { title: 'Our vision', minutes: 10, sectionId: 'vision' },
          { title: 'Monitoring', minutes: 10, sectionId: 'monitoring' },
        ],
      }),
    });
    const workshop = (await created.json()) as Workshop;
    const console = await open('facilitator', DESKTOP, facilitator.cookie, `/workshops/${workshop.id}`);
    await console.getByRole('button', { name: 'Start the session' }).click();
    await console.getByRole('timer').waitFor();

    // A guest on a phone and a member at a desk join.
    const phone = await open('guest', PHONE, null, `/join?code=${workshop.joinCode}`);
    await phone.getByRole('textbox', { name: 'Your name' }).fill('Gita Guest');
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByRole('heading', { name: 'Our vision' }).waitFor(WAIT);
    const member = await addSignedIn(server.app, { name: 'Mo Member', city: 'barnsley', role: 'member' });
    await fetch(`${server.httpUrl}/api/workshops/join`, { method: 'POST', headers: { cookie: member.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ code: workshop.joinCode }) });
    const desk = await open('member', DESKTOP, member.cookie, `/doc/${iapDocumentName('barnsley')}`);
    await desk.locator('#iap-section-monitoring').waitFor(WAIT);

    // The facilitator turns Follow me on: the phone offers the plan, opened at the item's section.
    // The switch shows the server's state: it turns on once the server has it on.
    const followMe = console.getByRole('switch', { name: 'Follow me' });
    await followMe.click();
    await expect.poll(() => followMe.isChecked(), WAIT).toBe(true);
    await phone.getByRole('link', { name: 'Open the plan and follow' }).click();
    const status = phone.getByTestId('follow-status');
    await expect.poll(() => status.textContent(), WAIT).toBe('Following the facilitator: Vision');
    await expect.poll(() => headingTop(phone, 'vision').then(nearTop), WAIT).toBe(true);
    expect(nearTop(await headingTop(phone, 'monitoring'))).toBe(false);
    await expect.poll(() => desk.getByTestId('follow-status').textContent(), WAIT).toBe('Following the facilitator: Vision');
    await expect.poll(() => headingTop(desk, 'vision').then(nearTop), WAIT).toBe(true);

    // Next item: both follow, without a reload.
    await console.getByRole('button', { name: 'Next item' }).click();
    await expect.poll(() => status.textContent(), WAIT).toBe('Following the facilitator: Monitoring');
    await expect.poll(() => headingTop(phone, 'monitoring').then(nearTop), WAIT).toBe(true);
    await expect.poll(() => headingTop(desk, 'monitoring').then(nearTop), WAIT).toBe(true);
    // Read-only for the guest: no toolbar, and the text takes no typing.
    expect(await phone.getByRole('textbox', { name: /./ }).first().getAttribute('contenteditable')).toBe('false');
    await phone.screenshot({ path: `${SHOTS_DIR}/workshop-phone-following.png` });
    await expectNoSeriousA11yViolations(phone);
    expect(await phone.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The guest steps out: the facilitator's next move leaves them where they are, until they follow again.
    await phone.getByRole('button', { name: 'Stop following' }).click();
    await expect.poll(() => status.textContent(), WAIT).toBe('You are reading the plan on your own.');
    await console.getByRole('button', { name: 'Previous item' }).click();
    await expect.poll(() => headingTop(desk, 'vision').then(nearTop), WAIT).toBe(true);
    expect(nearTop(await headingTop(phone, 'monitoring'))).toBe(true);
    await phone.getByRole('button', { name: 'Follow again' }).click();
    await expect.poll(() => status.textContent(), WAIT).toBe('Following the facilitator: Vision');
    await expect.poll(() => headingTop(phone, 'vision').then(nearTop), WAIT).toBe(true);
    await console.screenshot({ path: `${SHOTS_DIR}/workshop-console-follow.png`, fullPage: true });
    await expectNoSeriousA11yViolations(console);

    // Follow me off: the bar goes; the session's end closes the guest's plan.
    await followMe.click();
    await expect.poll(() => followMe.isChecked(), WAIT).toBe(false);
    await expect.poll(() => status.count(), WAIT).toBe(0);
    await console.getByRole('button', { name: 'End the session' }).click();
    await phone.getByText('The plan opens here while the session runs.').waitFor(WAIT);
  });

  it('the facilitator changes who is invited from the console while the session is planned', async ({ webServer: server, facilitator, open }) => {
    const register = async (name: string): Promise<string> => {
      const response = await fetch(`${server.httpUrl}/api/cities/barnsley/stakeholders`, {
        method: 'POST',
        headers: { cookie: facilitator.cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ name, sector: 'public_authority', importance: 3, influence: 3, consentToBeListed: true }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const first = await register('Irene Invited');
    await register('Luis Later');
    const created = await fetch(`${server.httpUrl}/api/cities/barnsley/workshops`, {
      method: 'POST',
      headers: { cookie: facilitator.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'ULG meeting: invitations', startsAt: '2026-12-03T18:00:00Z', agenda: [{ title: 'Welcome', minutes: 5 }], invitedStakeholderIds: [first] }),
    });
    const workshop = (await created.json()) as Workshop;
    const console = await open('facilitator', DESKTOP, facilitator.cookie, `/workshops/${workshop.id}`);
    const attendancePanel = console.getByRole('region', { name: /^Attendance/ });
    await attendancePanel.getByRole('heading', { name: 'Invited stakeholders: 0 of 1 came' }).waitFor(WAIT);

    await attendancePanel.getByRole('button', { name: 'Change who is invited' }).click();
    await attendancePanel.getByRole('combobox', { name: 'Invited stakeholders' }).click();
    await console.getByRole('option', { name: 'Luis Later' }).click();
    await console.keyboard.press('Escape');
    await expectNoSeriousA11yViolations(console);
    await attendancePanel.getByRole('button', { name: 'Save invitations' }).click();
    // Saved: the picker closes (only then is its chip gone, so the name is the list's alone; the
    // live event can redraw the heading before the save's answer closes the picker).
    await attendancePanel.getByRole('button', { name: 'Change who is invited' }).waitFor(WAIT);
    await attendancePanel.getByRole('heading', { name: 'Invited stakeholders: 0 of 2 came' }).waitFor(WAIT);
    await attendancePanel.getByText('Luis Later').waitFor(WAIT);
    const stored = await fetch(`${server.httpUrl}/api/workshops/${workshop.id}`, { headers: { cookie: facilitator.cookie } });
    expect(((await stored.json()) as Workshop).invited.map((invitee) => invitee.name)).toEqual(['Irene Invited', 'Luis Later']);
  });

  it('a timed poll shows as closed on time even when no instance announces it', async ({ webServer: server, facilitator, open }) => {
    const created = await fetch(`${server.httpUrl}/api/cities/barnsley/workshops`, {
      method: 'POST',
      headers: { cookie: facilitator.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'ULG meeting: timed vote', startsAt: '2026-12-04T18:00:00Z', agenda: [{ title: 'Vote', minutes: 5 }] }),
    });
    const workshop = (await created.json()) as Workshop;
    const started = await fetch(`${server.httpUrl}/api/workshops/${workshop.id}/start`, {
      method: 'POST',
      headers: { cookie: facilitator.cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(started.status).toBe(200);
    // Written straight to the store, as if the instance that created it (and set the reminder
    // on the event stream) had gone away: only the screen's own clock can notice the closing.
    // Far enough ahead that the console (a busy machine's cold page load) shows it open first.
    const closesAt = new Date(Date.now() + 15_000).toISOString();
    await server.app.storage.workshops.insertPoll({
      id: randomUUID(),
      workshopId: workshop.id,
      question: 'Which square first?',
      votesPerPerson: 1,
      closesAt,
      closedAt: null,
      createdAt: new Date().toISOString(),
      options: ['Market square', 'Station square'].map((label) => ({ id: randomUUID(), label, ideaId: null, actionId: null })),
    });
    const console = await open('facilitator', DESKTOP, facilitator.cookie, `/workshops/${workshop.id}`);
    const poll = console.getByRole('region', { name: 'Which square first?' });
    await poll.getByText('Open', { exact: true }).waitFor(WAIT);
    await poll.getByText('Closed', { exact: true }).waitFor({ ...WAIT, timeout: 25_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(closesAt));
  });
});
