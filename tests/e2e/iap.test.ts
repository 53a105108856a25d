import path from 'node:path';
import * as Y from 'yjs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { IAP_YDOC, newAction, readStoredAction, type Action } from '@iap/shared';
import { ARTIFACTS_DIR } from '../support/webApp.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { connectClient } from '../support/yclient.js';
import { browserTest } from '../support/pages.js';
import { PlanPages } from '../support/planPage.js';

const DOCUMENT = 'iap.obidos';
const WAIT = { timeout: 15_000, interval: 50 };
const WIDE: BrowserContextOptions = { viewport: { width: 1440, height: 1000 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const XSS = '<img src=x onerror="window.__commentXss = 1"> & <b>not bold</b>';

/** The file's web app with two members of Óbidos, and the plan's actions as the server holds and takes them. */
const it = browserTest
  .extend('people', { scope: 'file' }, async ({ webServer: server }) => {
    const marta = await addSignedIn(server.app, { name: 'Marta Member', city: 'obidos', role: 'member' });
    const nuno = await addSignedIn(server.app, { name: 'Nuno Neves', city: 'obidos', role: 'member' });

    /** The actions the server holds, read from the store as a restart would. */
    async function storedActions(): Promise<Action[]> {
      const stored = await server.app.documentStore.load(DOCUMENT);
      if (!stored) return [];
      const doc = new Y.Doc();
      try {
        Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
        return doc
          .getArray<Y.Map<unknown>>(IAP_YDOC.actions)
          .toArray()
          .map((map) => readStoredAction(map.toJSON()))
          .filter((action): action is Action => action !== null);
      } finally {
        doc.destroy();
      }
    }

    /** Adds an action as another client would, through the collab endpoint. */
    async function addActionAs(person: SignedIn, id: string, title: string): Promise<void> {
      const client = connectClient(server.wsUrl, DOCUMENT, { headers: { cookie: person.cookie } });
      try {
        await client.synced;
        client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push([new Y.Map<unknown>(Object.entries(newAction(id, title)))]);
        await client.whenSaved();
      } finally {
        client.destroy();
      }
    }

    return { marta, nuno, storedActions, addActionAs };
  })
  /** A browser profile signed in as `person` (their session cookie), on the city's IAP. */
  .extend('openIapAs', ({ webServer: server, newPage }) => {
    const pages = new PlanPages(newPage, DOCUMENT);
    return (person: SignedIn, options: BrowserContextOptions = WIDE): Promise<Page> => pages.open(person, server.httpUrl, options);
  });

describe('a city IAP in the browser', () => {
  it('opens with nine protected sections, guidance and an outline', async ({ openIapAs, people: { marta } }) => {
    const page = await openIapAs(marta);
    await expect.poll(() => page.locator('h2.iap-section-heading').count(), WAIT).toBe(9);
    const outline = page.getByRole('navigation', { name: 'Plan outline' });
    await expect.poll(() => outline.getByRole('listitem').count(), WAIT).toBe(9);
    await page.locator('p.iap-section-guidance').first().waitFor();

    // Jump to the vision: Backspace at the start of its first line must not take the heading.
    await outline.getByRole('button', { name: /Go to section 2, Vision/ }).click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('A creative town all year round.');
    await page.locator('.ProseMirror p', { hasText: 'A creative town all year round.' }).waitFor();
    expect(await page.locator('h2.iap-section-heading', { hasText: 'Vision' }).count()).toBe(1);
    expect(await page.locator('h2.iap-section-heading').count()).toBe(9);
    // The vision now has text: its guidance is gone, and the outline counts it.
    await expect.poll(() => page.locator('p.iap-section-guidance').count(), WAIT).toBe(8);
    await outline.getByRole('button', { name: /Go to section 2, Vision, 10% complete/ }).waitFor();
  });

  it('an action card refuses an end before its start and a negative cost, then saves a valid action', async ({ openIapAs, people: { marta, storedActions } }) => {
    const page = await openIapAs(marta);
    await page.getByRole('button', { name: 'Add action' }).click();
    const card = page.getByRole('dialog', { name: 'New action' });
    await card.getByRole('textbox', { name: 'Title' }).fill('Creative residencies in empty shops');
    await card.getByLabel('Start').fill('2025-06-01');
    await card.getByLabel('End').fill('2025-05-01');
    await card.getByRole('textbox', { name: 'Estimated cost (EUR)' }).fill('-100');
    await card.getByRole('button', { name: 'Save action' }).click();

    await card.getByText('The end cannot be before the start.').waitFor();
    await card.getByText('Enter a cost of 0 or more.').waitFor();
    await card.getByRole('alert').waitFor();
    expect(await storedActions()).toEqual([]);

    await card.getByLabel('End').fill('2025-12-31');
    await card.getByRole('textbox', { name: 'Estimated cost (EUR)' }).fill('45000');
    await card.getByRole('button', { name: 'Add funding source' }).click();
    await card.getByRole('textbox', { name: 'Funding source 1' }).fill('City budget');
    await card.getByRole('textbox', { name: 'Amount (EUR)' }).fill('20000');
    await card.getByRole('button', { name: 'Save action' }).click();
    await card.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Open action A1: Creative residencies in empty shops' }).waitFor();
    await expect.poll(async () => (await storedActions()).map((action) => [action.title, action.estimatedCost, action.end]), WAIT).toEqual([
      ['Creative residencies in empty shops', 45_000, '2025-12-31'],
    ]);
    // The derived views follow: the budget shows the gap, the timeline the bar.
    await page.locator('.iap-timeline__bar').first().waitFor();
  });

  it('a member comments on an action, markup stays text, another member sees it live, and it is resolved', async ({ openIapAs, people: { marta, nuno, addActionAs } }) => {
    await addActionAs(nuno, 'act-festival', 'Night of the makers');
    const page = await openIapAs(marta);
    const other = await openIapAs(nuno);
    await page.getByRole('button', { name: /Open action A\d+: Night of the makers/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Comments' }).click();

    const panel = page.getByRole('complementary', { name: 'Comments' });
    await panel.getByText(/New comment on action A\d+ · Night of the makers/).waitFor();
    await panel.getByRole('textbox', { name: 'Your comment' }).fill(XSS);
    await panel.getByRole('button', { name: 'Post comment' }).click();

    const thread = panel.getByRole('article');
    await thread.getByText(XSS, { exact: true }).waitFor();
    expect(await page.evaluate('window.__commentXss')).toBeUndefined();
    expect(await panel.locator('img').count()).toBe(0);

    // Pushed to the other member without a reload.
    const otherPanel = other.getByRole('complementary', { name: 'Comments' });
    await otherPanel.getByRole('article').getByText(XSS, { exact: true }).waitFor();
    expect(await other.evaluate('window.__commentXss')).toBeUndefined();

    await thread.getByRole('button', { name: 'Resolve' }).click();
    await panel.getByText('No open comment.', { exact: false }).waitFor();
    await panel.getByText('Resolved (1)', { exact: true }).click();
    await panel.getByRole('article').getByText('Resolved', { exact: true }).waitFor();

    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'iap.png') });
  });

  it('a comment on selected text mentions a member, marks the text, and survives as detached when the text goes', async ({ openIapAs, people: { marta } }) => {
    const page = await openIapAs(marta);
    const outline = page.getByRole('navigation', { name: 'Plan outline' });
    await outline.getByRole('button', { name: /Go to section 1, Context/ }).click();
    await page.keyboard.type('Empty shops in the old town.');
    await page.keyboard.down('Shift');
    for (let i = 0; i < 'old town.'.length; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.up('Shift');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();

    const panel = page.getByRole('complementary', { name: 'Comments' });
    const box = panel.getByRole('textbox', { name: 'Your comment' });
    await box.pressSequentially('Ask @Nun');
    await page.getByRole('option', { name: 'Nuno Neves' }).click();
    await box.pressSequentially('for the figures');
    await panel.getByRole('button', { name: 'Post comment' }).click();

    const thread = panel.getByRole('article').filter({ hasText: 'Ask @Nuno Neves for the figures' });
    await thread.waitFor();
    await page.locator('.iap-comment-anchor', { hasText: 'old town.' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // Someone deletes the commented words: the thread stays, marked detached, with its quote.
    await page.locator('.ProseMirror p', { hasText: 'Empty shops in the old town.' }).click();
    await page.keyboard.press('End');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Home');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Backspace');
    await thread.getByText('Detached: the text was deleted').waitFor();
    await thread.getByText('old town.', { exact: true }).waitFor();
    expect(await page.locator('.iap-comment-anchor').count()).toBe(0);
  });

  it('works at phone width: outline and comments open in drawers', async ({ openIapAs, people: { marta } }) => {
    const page = await openIapAs(marta, PHONE);
    await page.getByRole('button', { name: /Outline/ }).click();
    await page.getByRole('dialog', { name: 'Plan outline' }).getByRole('button', { name: /Go to section 5, Actions/ }).click();
    await page.getByRole('dialog', { name: 'Plan outline' }).waitFor({ state: 'detached' });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'iap-phone.png') });

    await page.getByRole('button', { name: /Comments \(/ }).click();
    await page.getByRole('dialog', { name: 'Comments' }).getByRole('button', { name: 'Comment on selection' }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });
});
