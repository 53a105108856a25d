import path from 'node:path';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { CloseCode, iapDocumentName, MESSAGE_HEARTBEAT } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { DEMO_PASSWORD, seedDemo } from '@iap/server/seed/demoSeed';
import type { RunningServer } from '../support/server.js';
import { GatedDocumentStore } from '../support/gatedDocumentStore.js';
import { ARTIFACTS_DIR, startWebApp } from '../support/webApp.js';
import { expectNoSeriousA11yViolations, recordAttributeChanges } from '../support/browser.js';
import { addSessionCookie, submitSignInForm } from '../support/session.js';
import { browserTest, FAILED_REQUEST_LOG, type PageOptions } from '../support/pages.js';
import { PHONE } from '../support/planPage.js';
import { signIn } from '../access/people.js';

const WAIT = { timeout: 15_000, interval: 50 };
// Failed requests are logged by the browser itself; the test asserts on what the page shows instead.
const BROWSER_LOG = { ignoreConsole: FAILED_REQUEST_LOG };

describe('the live editor in the browser', () => {
  let server: RunningServer;
  let store!: GatedDocumentStore;

  beforeAll(async () => {
    server = await startWebApp({ documents: (stored) => (store = new GatedDocumentStore(stored)) });
    await seedDemo(server.app.storage, systemClock);
  });

  afterAll(async () => {
    await server?.close();
  });

  /** A new browser profile signed in as the demo account `email`, on the IAP of `city`. */
  const it = browserTest.extend('openIapAs', async ({ newPage }) => {
    return async (email: string, city: string, options: PageOptions = {}, beforeOpening?: (page: Page) => void): Promise<Page> => {
      const page = await newPage(email, { ...BROWSER_LOG, ...options });
      beforeOpening?.(page);
      await addSessionCookie(page.context(), server.httpUrl, await signIn(server.app, email, DEMO_PASSWORD));
      await page.goto(`${server.httpUrl}/doc/${iapDocumentName(city)}`);
      await editorOf(page).waitFor();
      return page;
    };
  });

  /**
   * Waits for the page's heartbeats (type 102), which the server answers at once even while
   * commits wait. The page sends one per heartbeat interval (1.5 s) of its own clock, so
   * each answer heard marks that much of the page's time gone by, with no sleep in the test.
   * Call before the page opens its socket.
   */
  function listenForHeartbeats(page: Page): () => Promise<void> {
    let heard = 0;
    const waiters: { after: number; resolve: () => void }[] = [];
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (typeof payload === 'string' || payload.length !== 1 || payload[0] !== MESSAGE_HEARTBEAT) return;
        heard += 1;
        for (const waiter of waiters.splice(0)) {
          if (heard > waiter.after) waiter.resolve();
          else waiters.push(waiter);
        }
      }),
    );
    return () => new Promise<void>((resolve) => waiters.push({ after: heard, resolve }));
  }

  /** Puts the caret into the first section (context and baseline): its empty first paragraph. */
  async function writeInFirstSection(page: Page, text: string): Promise<void> {
    await page.locator('.ProseMirror h2[data-iap-section="context"] + p').click();
    await page.keyboard.type(text);
  }

  const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
  const badgeText = (page: Page) => page.getByTestId('save-status').innerText();
  const peopleIn = (page: Page) => page.getByRole('list', { name: 'People in this document' }).getByRole('listitem');

  /** What the database holds of the document's text, read from the store as a restart would. */
  async function storedXml(city: string): Promise<string> {
    const name = iapDocumentName(city);
    const stored = await server.app.documentStore.load(name);
    if (!stored) return '';
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
      return doc.getXmlFragment('default').toString();
    } finally {
      doc.destroy();
    }
  }

  it('a visitor opening a document is sent to sign in, and comes back to it signed in', async ({ newPage }) => {
    const page = await newPage('visitor', BROWSER_LOG);
    await page.goto(`${server.httpUrl}/doc/iap.mizil`);
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/doc/iap.mizil');
    expect(await editorOf(page).count()).toBe(0);

    await submitSignInForm(page, 'member@mizil.demo', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/doc/iap.mizil');
    await editorOf(page).waitFor();
    await page.getByRole('button', { name: 'Mizil member (your account)' }).waitFor();
  });

  it('two people of one city write together: each sees the other’s text, caret and presence, and both are told it is saved', async ({ openIapAs }) => {
    const city = 'hodmezovasarhely';
    const coordinator = await openIapAs('coordinator@hodmezovasarhely.demo', city);
    const member = await openIapAs('member@hodmezovasarhely.demo', city);

    await writeInFirstSection(coordinator, 'Hello from the coordinator');
    expect(['Saving…', 'Saved']).toContain(await badgeText(coordinator));

    await member.locator('.ProseMirror', { hasText: 'Hello from the coordinator' }).waitFor();
    await member.locator('.collaboration-carets__label', { hasText: 'Hódmezővásárhely coordinator' }).waitFor();

    await member.locator('.ProseMirror p', { hasText: 'Hello from the coordinator' }).click();
    await member.keyboard.press('End');
    await member.keyboard.press('Enter');
    await member.keyboard.type('Szia from the member');
    await coordinator.locator('.ProseMirror', { hasText: 'Szia from the member' }).waitFor();
    await coordinator.locator('.collaboration-carets__label', { hasText: 'Hódmezővásárhely member' }).waitFor();

    await expect.poll(() => badgeText(coordinator), WAIT).toBe('Saved');
    await expect.poll(() => badgeText(member), WAIT).toBe('Saved');
    const stored = await storedXml(city);
    // Both paragraphs sit in the first section, in the order written, before the vision's heading.
    expect(stored).toMatch(/sectionId="context"[^]*Hello from the coordinator[^]*Szia from the member[^]*sectionId="vision"/);

    await expect.poll(() => peopleIn(coordinator).count(), WAIT).toBe(2);
    await expect.poll(() => peopleIn(member).count(), WAIT).toBe(2);
    await expect.poll(() => coordinator.getByText('2 people here').count(), WAIT).toBe(1);
    await peopleIn(coordinator).getByRole('img', { name: 'Hódmezővásárhely member' }).waitFor();

    await expectNoSeriousA11yViolations(coordinator);
    await coordinator.screenshot({ path: path.join(ARTIFACTS_DIR, 'collab-editor-desktop.png') });
  });

  it('the badge says Saved only once the database has committed the edit', async ({ openIapAs }) => {
    const city = 'enguera';
    let nextHeartbeat!: () => Promise<void>;
    const page = await openIapAs('facilitator@enguera.demo', city, {}, (opening) => (nextHeartbeat = listenForHeartbeats(opening)));
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
    const readStatusLog = await recordAttributeChanges(page, '[data-testid="save-status"]', 'data-status');

    // Hold every commit at the storage edge, as a slow disk would.
    const releaseCommits = store.holdCommits();
    let releasedAt: number;
    try {
      await writeInFirstSection(page, 'Committed before Saved');
      await expect.poll(() => badgeText(page), WAIT).toBe('Saving…');
      // Two heartbeat intervals of the page's clock, three times the badge's settle delay: a
      // badge that trusted the send would say Saved by the second check. (The log read below
      // also holds every change in between.)
      for (let check = 0; check < 2; check++) {
        await nextHeartbeat();
        expect(await badgeText(page)).toBe('Saving…');
      }
      expect(await storedXml(city)).not.toContain('Committed before Saved');

      releasedAt = Date.now();
      releaseCommits();
      await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
      expect(await storedXml(city)).toContain('Committed before Saved');
    } finally {
      releaseCommits();
    }

    const savedTimes = (await readStatusLog()).filter((change) => change.value === 'saved').map((change) => change.at);
    expect(savedTimes.length).toBeGreaterThan(0);
    for (const at of savedTimes) expect(at).toBeGreaterThanOrEqual(releasedAt);
  });

  it('an edit committed while its acknowledgement was lost with the socket shows Saved after the reconnect', async ({ openIapAs }) => {
    const city = 'jyvaskyla';
    const name = iapDocumentName(city);
    const page = await openIapAs('member@jyvaskyla.demo', city);
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
    const readStatusLog = await recordAttributeChanges(page, '[data-testid="save-status"]', 'data-status');
    const connectionsTo = () => [...server.app.collab.connections].filter((connection) => connection.document.name === name);

    const releaseCommits = store.holdCommits();
    try {
      await writeInFirstSection(page, 'Kept through a reconnect');
      // The server holds the edit in memory, its commit (and so its acknowledgement) pending.
      await expect
        .poll(() => connectionsTo()[0]?.document.doc.getXmlFragment('default').toString() ?? '', WAIT)
        .toContain('Kept through a reconnect');
      // The socket drops before the acknowledgement can be sent; 45xx makes the client come back.
      for (const connection of connectionsTo()) connection.close(CloseCode.serverShuttingDown, 'test: socket lost');
      await expect.poll(async () => (await readStatusLog()).some((change) => change.value === 'offlineUnsaved'), WAIT).toBe(true);
    } finally {
      releaseCommits();
    }

    // The reconnecting client has nothing new to send, so no acknowledgement comes: only the
    // server's committed state at the new sync can tell it the edit is safe.
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
    expect(await storedXml(city)).toContain('Kept through a reconnect');
    expect(connectionsTo()).toHaveLength(1);
  });

  it('the editor works on a 390 px phone screen without sideways scrolling', async ({ openIapAs }) => {
    const page = await openIapAs('member@catanzaro.demo', 'catanzaro', PHONE);
    await writeInFirstSection(page, 'Written on a phone in the workshop room');
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');

    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Insert table' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'collab-editor-phone.png') });
  });
});
