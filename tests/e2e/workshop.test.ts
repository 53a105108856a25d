import fs from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../support/server.js';
import { startWebApp } from '../support/webApp.js';
import { expectNoSeriousA11yViolations, launchBrowser } from '../support/browser.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { addSessionCookie } from '../support/session.js';

const WAIT = { timeout: 15_000, interval: 100 };
const SHOTS_DIR = '/tmp/shots';
const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 1000 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('a workshop in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let facilitator: SignedIn;
  const pageErrors: string[] = [];
  const contexts: { close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    server = await startWebApp();
    facilitator = await addSignedIn(server.app, { name: 'Fiona Facilitator', city: 'barnsley', role: 'facilitator' });
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(who: string, options: BrowserContextOptions, cookie: string | null, url: string): Promise<Page> {
    const context = await browser.newContext(options);
    contexts.push(context);
    if (cookie) await addSessionCookie(context, server.httpUrl, cookie);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
    page.on('console', (message) => {
      // A visitor's page asks who is signed in and is told 401; any other console error is a bug.
      const visitorCheck = !cookie && message.text().includes('status of 401');
      if (message.type() === 'error' && !visitorCheck) pageErrors.push(`${who}: ${message.text()}`);
    });
    await page.goto(`${server.httpUrl}${url}`);
    return page;
  }

  it('a guest joins by code on a phone, posts an idea the facilitator sees live, votes, and sees the results once closed', async () => {
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

    // The idea becomes a draft action, a decision is recorded, the session ends: the minutes say so.
    await consoleIdeas.getByRole('button', { name: 'Make it an action' }).click();
    await consoleIdeas.getByText('In the plan as a proposed action').waitFor(WAIT);
    await console.getByRole('textbox', { name: 'What the group agreed' }).fill('Start with the night market');
    await console.getByRole('button', { name: 'Record the decision' }).click();
    await console.getByRole('region', { name: 'Decisions' }).getByText('Start with the night market').waitFor(WAIT);
    await console.getByRole('textbox', { name: 'Add someone present without a device' }).fill('Mr Ortiz');
    await console.getByRole('button', { name: 'Add', exact: true }).click();
    await console.getByRole('region', { name: 'Attendance: 2 people' }).getByText('Gita Guest (guest), Mr Ortiz').waitFor(WAIT);
    await console.getByRole('button', { name: 'End the session' }).click();
    const minutes = console.getByRole('region', { name: 'Minutes' });
    await minutes.getByRole('heading', { name: 'Attendance: 2 people' }).waitFor(WAIT);
    await minutes.getByText('Added: A covered <b>night</b> market').waitFor(WAIT);
    expect(await minutes.getByText('Gita Guest (guest)').count()).toBe(1);
    await console.screenshot({ path: `${SHOTS_DIR}/workshop-minutes.png`, fullPage: true });
    await expectNoSeriousA11yViolations(console);
    await phone.getByRole('heading', { name: 'The session has ended. Thank you!' }).waitFor(WAIT);
  });
});
