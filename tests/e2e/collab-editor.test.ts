import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@iap/shared';
import { openAccess } from '@iap/server/collab/access';
import { startServer, type RunningServer } from '../support/server.js';
import { expectNoSeriousA11yViolations, launchBrowser, recordAttributeChanges } from '../support/browser.js';

const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT_DIST = path.join(REPO_DIR, 'client', 'dist');
const ARTIFACTS_DIR = path.join(REPO_DIR, 'tests', 'artifacts');
const WAIT = { timeout: 15_000, interval: 50 };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('the live editor in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  const contexts: { close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
      throw new Error(`The client is not built (${CLIENT_DIST} has no index.html): run \`pnpm --filter @iap/client build\` first.`);
    }
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    // The realtime core on its own: anyone may open any document (accounts are tested elsewhere).
    server = await startServer({ clientDir: CLIENT_DIST, collabAccess: openAccess });
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    // Errors thrown in a page (React, Tiptap, the provider) fail the test that caused them.
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * A new browser profile (its own localStorage) on document `name`, where it picks
   * `displayName` in the first-visit dialog. Documents open without signing in when the
   * server runs with open access, as here.
   */
  async function openDocumentAs(displayName: string, name: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${displayName}: ${error.message}`));
    page.on('console', (message) => {
      // Failed requests are logged by the browser itself; the test asserts on what the page shows instead.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(`${displayName}: ${message.text()}`);
      }
    });
    await page.goto(`${server.httpUrl}/doc/${name}`);
    await page.getByLabel('Display name').fill(displayName);
    await page.getByRole('button', { name: 'Continue' }).click();
    await editorOf(page).waitFor();
    return page;
  }

  const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
  const badgeText = (page: Page) => page.getByTestId('save-status').innerText();
  const peopleIn = (page: Page) => page.getByRole('list', { name: 'People in this document' }).getByRole('listitem');

  /** What the database holds of the document's text, read from the store as a restart would. */
  async function storedXml(name: string): Promise<string> {
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

  it('a first-time visitor is asked for a display name before writing, accessibly', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.httpUrl}/doc/e2e-first-visit`);

    await page.getByRole('dialog', { name: 'What should others call you?' }).waitFor();
    expect(await editorOf(page).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Enter a name of 1 to 40 characters.').waitFor();
    await page.getByLabel('Display name').fill('Gabriella');
    await page.getByRole('button', { name: 'Continue' }).click();
    await editorOf(page).waitFor();
    await page.getByRole('button', { name: 'Gabriella (change your display name)' }).waitFor();
  });

  it('two people write together: each sees the other’s text, caret and presence, and both are told it is saved', async () => {
    const name = 'e2e-two-writers';
    const ana = await openDocumentAs('Ana', name);
    const bela = await openDocumentAs('Béla', name);

    await editorOf(ana).click();
    await ana.keyboard.type('Hello from Ana');
    expect(['Saving…', 'Saved']).toContain(await badgeText(ana));

    await bela.locator('.ProseMirror', { hasText: 'Hello from Ana' }).waitFor();
    await bela.locator('.collaboration-carets__label', { hasText: 'Ana' }).waitFor();

    await editorOf(bela).click();
    await bela.keyboard.press('ControlOrMeta+End');
    await bela.keyboard.press('Enter');
    await bela.keyboard.type('Szia from Béla');
    await ana.locator('.ProseMirror', { hasText: 'Szia from Béla' }).waitFor();
    await ana.locator('.collaboration-carets__label', { hasText: 'Béla' }).waitFor();

    await expect.poll(() => badgeText(ana), WAIT).toBe('Saved');
    await expect.poll(() => badgeText(bela), WAIT).toBe('Saved');
    const stored = await storedXml(name);
    expect(stored).toContain('Hello from Ana');
    expect(stored).toContain('Szia from Béla');

    await expect.poll(() => peopleIn(ana).count(), WAIT).toBe(2);
    await expect.poll(() => peopleIn(bela).count(), WAIT).toBe(2);
    await expect.poll(() => ana.getByText('2 people here').count(), WAIT).toBe(1);
    await peopleIn(ana).getByRole('img', { name: 'Béla' }).waitFor();

    await expectNoSeriousA11yViolations(ana);
    await ana.screenshot({ path: path.join(ARTIFACTS_DIR, 'collab-editor-desktop.png') });
  });

  it('the badge says Saved only once the database has committed the edit', async () => {
    const name = 'e2e-honest-badge';
    const page = await openDocumentAs('Chiara', name);
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
    const readStatusLog = await recordAttributeChanges(page, '[data-testid="save-status"]', 'data-status');

    // Hold every commit at the storage edge, as a slow disk would.
    const store = server.app.documentStore;
    const appendUpdates = store.appendUpdates.bind(store);
    let releaseCommits!: () => void;
    const commitsHeld = new Promise<void>((resolve) => (releaseCommits = resolve));
    let releasedAt: number;
    store.appendUpdates = async (documentName, updates) => {
      await commitsHeld;
      return appendUpdates(documentName, updates);
    };
    try {
      await editorOf(page).click();
      await page.keyboard.type('Committed before Saved');
      await expect.poll(() => badgeText(page), WAIT).toBe('Saving…');
      // Longer than the badge's settle delay: a badge that trusted the send would say Saved by now.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await badgeText(page)).toBe('Saving…');
      expect(await storedXml(name)).not.toContain('Committed before Saved');

      releasedAt = Date.now();
      releaseCommits();
      await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
      expect(await storedXml(name)).toContain('Committed before Saved');
    } finally {
      releaseCommits();
      store.appendUpdates = appendUpdates;
    }

    const savedTimes = (await readStatusLog()).filter((change) => change.value === 'saved').map((change) => change.at);
    expect(savedTimes.length).toBeGreaterThan(0);
    for (const at of savedTimes) expect(at).toBeGreaterThanOrEqual(releasedAt);
  });

  it('an edit committed while its acknowledgement was lost with the socket shows Saved after the reconnect', async () => {
    const name = 'e2e-lost-ack';
    const page = await openDocumentAs('Eeva', name);
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
    const readStatusLog = await recordAttributeChanges(page, '[data-testid="save-status"]', 'data-status');
    const connectionsTo = () => [...server.app.collab.connections].filter((connection) => connection.document.name === name);

    const store = server.app.documentStore;
    const appendUpdates = store.appendUpdates.bind(store);
    let releaseCommits!: () => void;
    const commitsHeld = new Promise<void>((resolve) => (releaseCommits = resolve));
    store.appendUpdates = async (documentName, updates) => {
      await commitsHeld;
      return appendUpdates(documentName, updates);
    };
    try {
      await editorOf(page).click();
      await page.keyboard.type('Kept through a reconnect');
      // The server holds the edit in memory, its commit (and so its acknowledgement) pending.
      await expect
        .poll(() => connectionsTo()[0]?.document.doc.getXmlFragment('default').toString() ?? '', WAIT)
        .toContain('Kept through a reconnect');
      // The socket drops before the acknowledgement can be sent; 45xx makes the client come back.
      for (const connection of connectionsTo()) connection.close(CloseCode.serverShuttingDown, 'test: socket lost');
      await expect.poll(async () => (await readStatusLog()).some((change) => change.value === 'offlineUnsaved'), WAIT).toBe(true);
    } finally {
      releaseCommits();
      store.appendUpdates = appendUpdates;
    }

    // The reconnecting client has nothing new to send, so no acknowledgement comes: only the
    // server's committed state at the new sync can tell it the edit is safe.
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
    expect(await storedXml(name)).toContain('Kept through a reconnect');
    expect(connectionsTo()).toHaveLength(1);
  });

  it('the editor works on a 390 px phone screen without sideways scrolling', async () => {
    const name = 'e2e-phone';
    const page = await openDocumentAs('Dorottya', name, PHONE);
    await editorOf(page).click();
    await page.keyboard.type('Written on a phone in the workshop room');
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');

    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Insert table' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'collab-editor-phone.png') });
  });
});
