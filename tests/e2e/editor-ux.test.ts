import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { RunningServer } from '../support/server.js';
import { startWebApp } from '../support/webApp.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { landmarkViolations, PHONE, PlanPages, SHOTS_DIR, scheduledAction, seedPlan } from '../support/planPage.js';
import { startSilentNetwork, type SilentNetwork } from '../support/silentNetwork.js';
import { browserTest } from '../support/pages.js';

const CITY = 'mizil';
const DOCUMENT = `iap.${CITY}`;
const WAIT = { timeout: 15_000, interval: 50 };

describe('writing a plan: the habits people bring from other editors', () => {
  let server: RunningServer;
  let network: SilentNetwork;
  let marta: SignedIn;
  let nuno: SignedIn;
  const it = browserTest.extend('pages', async ({ newPage }) => new PlanPages(newPage, DOCUMENT));

  beforeAll(async () => {
    server = await startWebApp();
    network = await startSilentNetwork(server.httpUrl);
    marta = await addSignedIn(server.app, { name: 'Marta Member', city: CITY, role: 'member' });
    nuno = await addSignedIn(server.app, { name: 'Nuno Neves', city: CITY, role: 'member' });
    await seedPlan(server.wsUrl, DOCUMENT, marta, {
      objectives: [{ id: 'obj-1', title: 'Fewer empty shops', description: '', indicators: [] }],
      actions: [
        scheduledAction('act-1', 'Creative residencies in empty shops', 'obj-1'),
        scheduledAction('act-2', 'Night of the makers', 'obj-1'),
      ],
    });
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
  });

  afterEach(async () => {
    network.restore();
  });

  afterAll(async () => {
    await network?.close();
    await server?.close();
  });

  const badge = (page: Page) => page.getByTestId('save-status');
  const peopleIn = (page: Page) => page.getByRole('list', { name: 'People in this document' }).getByRole('listitem');

  async function storedText(): Promise<string> {
    const stored = await server.app.documentStore.load(DOCUMENT);
    const doc = new Y.Doc();
    try {
      if (stored) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
      return doc.getXmlFragment('default').toString();
    } finally {
      doc.destroy();
    }
  }

  /** Which element the user sees at the centre of `selector` (what a click there would hit). */
  function topmostAt(page: Page, selector: string): Promise<{ inBar: boolean; inViewport: boolean }> {
    return page.evaluate(`(() => {
      const target = document.querySelector(${JSON.stringify(selector)});
      const box = target.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      return {
        inBar: Boolean(hit && hit.closest('[data-testid="editor-bar"]')),
        inViewport: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    })()`);
  }

  it('the toolbar, presence and save status stay in view, drawn above the plan tables, while scrolling', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl);
    await page.locator('.iap-timeline__bar').first().waitFor();
    const blocks = await page.locator('.iap-plan-block').count();
    expect(blocks).toBeGreaterThanOrEqual(4);

    for (let index = 0; index < blocks; index += 1) {
      // Put the block's top right under the top of the bar: it now lies beneath the bar.
      await page.evaluate(`(() => {
        const bar = document.querySelector('[data-testid="editor-bar"]').getBoundingClientRect();
        const block = document.querySelectorAll('.iap-plan-block')[${index}].getBoundingClientRect();
        window.scrollBy(0, block.top - bar.top - 4);
      })()`);
      for (const control of ['[aria-label="Bold"]', '[aria-label="Undo"]', '[data-testid="save-status"]', '.presence__list']) {
        expect({ block: index, control, ...(await topmostAt(page, control)) }).toEqual({ block: index, control, inBar: true, inViewport: true });
      }
    }
    // At the very end of the plan, too.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    expect(await topmostAt(page, '[data-testid="save-status"]')).toEqual({ inBar: true, inViewport: true });
    await expectNoSeriousA11yViolations(page);
  });

  it('shows “Offline, not saved yet” within 5 s of the network going silent, drops the others from presence, and saves once it is back', async ({ pages }) => {
    const page = await pages.open(marta, network.url);
    await pages.open(nuno, server.httpUrl);
    await expect.poll(() => peopleIn(page).count(), WAIT).toBe(2);
    await page.locator('.ProseMirror h2[data-iap-section="vision"] + p').click();
    await page.keyboard.type('Written before the drop. ');
    await expect.poll(() => badge(page).getAttribute('data-status'), WAIT).toBe('saved');

    network.goSilent();
    const silentAt = Date.now();
    await page.keyboard.type('Written during the drop.');
    await expect.poll(() => badge(page).getAttribute('data-status'), { timeout: 5_000, interval: 50 }).toBe('offlineUnsaved');
    expect(Date.now() - silentAt).toBeLessThanOrEqual(5_000);
    expect(await badge(page).innerText()).toBe('Offline, not saved yet');
    // Nobody else is known to be here any more.
    expect(await peopleIn(page).count()).toBe(1);

    network.restore();
    await expect.poll(() => badge(page).getAttribute('data-status'), WAIT).toBe('saved');
    expect(await storedText()).toContain('Written during the drop.');
  });

  it('the browser going offline shows Offline at once', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl);
    await expect.poll(() => badge(page).getAttribute('data-status'), WAIT).toBe('saved');
    await page.context().setOffline(true);
    await expect.poll(() => badge(page).getAttribute('data-status'), { timeout: 5_000, interval: 50 }).toMatch(/^offline/);
    await page.context().setOffline(false);
    await expect.poll(() => badge(page).getAttribute('data-status'), WAIT).toBe('saved');
  });

  it('Enter picks the highlighted person in a mention, Tab too, and the comment shows each as a tag', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl);
    await page.locator('.ProseMirror h2[data-iap-section="context"] + p').click();
    await page.keyboard.type('Empty shops in the old town.');
    await page.keyboard.down('Shift');
    for (let i = 0; i < 'old town.'.length; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.up('Shift');
    // Ctrl+Alt+M comments on the selection, as in Google Docs.
    await page.keyboard.press('Control+Alt+KeyM');

    const panel = page.getByRole('complementary', { name: 'Comments' });
    const box = panel.getByRole('textbox', { name: 'Your comment' });
    await panel.getByText('New comment on “old town.”').waitFor();
    await box.pressSequentially('Ask @Nu');
    await page.locator('[data-combobox-selected]', { hasText: 'Nuno Neves' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue(), WAIT).toBe('Ask @Nuno Neves ');
    await box.pressSequentially('and @Mar');
    await page.locator('[data-combobox-selected]', { hasText: 'Marta Member' }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => box.inputValue(), WAIT).toBe('Ask @Nuno Neves and @Marta Member ');
    await panel.getByRole('button', { name: 'Post comment' }).click();

    const thread = panel.getByRole('article').filter({ hasText: 'Ask @Nuno Neves and @Marta Member' });
    await thread.locator('.iap-mention', { hasText: '@Nuno Neves' }).waitFor();
    await thread.locator('.iap-mention', { hasText: '@Marta Member' }).waitFor();
    // The reply box opens on demand.
    expect(await thread.getByRole('textbox', { name: 'Reply' }).count()).toBe(0);
    await thread.getByRole('button', { name: /^Reply to the thread/ }).click();
    await thread.getByRole('textbox', { name: 'Reply' }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('undo and redo are in the toolbar, and a pressed Comment on selection stays readable', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl);
    await page.locator('.ProseMirror h2[data-iap-section="monitoring"] + p').click();
    await page.keyboard.type('Counted every spring');
    await page.locator('.ProseMirror p', { hasText: 'Counted every spring' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.ProseMirror p', { hasText: 'Counted every spring' }).count(), WAIT).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.locator('.ProseMirror p', { hasText: 'Counted every spring' }).waitFor();

    // "Comment on selection" held down (pressed) keeps a readable label.
    await page.locator('.ProseMirror p', { hasText: 'Counted every spring' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    const commentOnSelection = page.getByRole('button', { name: 'Comment on selection' });
    await expect.poll(() => commentOnSelection.isEnabled(), WAIT).toBe(true);
    await commentOnSelection.hover();
    await page.mouse.down();
    await expectNoSeriousA11yViolations(page);
    await page.mouse.up();
    await page.getByRole('complementary', { name: 'Comments' }).getByText('New comment on “Counted every spring”').waitFor();
  });

  it('a pasted H1 and H2 become headings below the section level', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl);
    await page.locator('.ProseMirror h2[data-iap-section="participation"] + p').click();
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<h1>Pasted title</h1><p>Pasted text</p><h2>Pasted part</h2>');
      data.setData('text/plain', 'Pasted title Pasted text Pasted part');
      document.querySelector('.ProseMirror').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    await page.locator('.ProseMirror h3', { hasText: 'Pasted title' }).waitFor();
    await page.locator('.ProseMirror h4', { hasText: 'Pasted part' }).waitFor();
    expect(await page.locator('.ProseMirror h1, .ProseMirror h2:not(.iap-section-heading)').count()).toBe(0);
    // The toolbar of a plan offers no heading that looks like a section either.
    expect(await page.getByRole('button', { name: 'Heading 1' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Heading 2' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Heading 4' }).waitFor();
  });

  it('the action card lists the existing objectives, and closing it returns the focus to what opened it', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl);
    const addAction = page.getByRole('button', { name: 'Add action' });
    await addAction.click();
    const card = page.getByRole('dialog', { name: 'New action' });
    const objective = card.getByLabel('Objective it serves');
    expect(await objective.getAttribute('placeholder')).toBe('Choose the objective it serves');
    await objective.click();
    await page.getByRole('option', { name: 'O1 · Fewer empty shops' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await expect.poll(() => addAction.evaluate((element) => element === element.ownerDocument.activeElement), WAIT).toBe(true);

    const open = page.getByRole('button', { name: 'Open action A2: Night of the makers' });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'A2 · Night of the makers' }).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => open.evaluate((element) => element === element.ownerDocument.activeElement), WAIT).toBe(true);
  });

  it('one person in two tabs counts once in presence', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl);
    await pages.openIn(page.context(), 'Marta, second tab', server.httpUrl);
    await pages.open(nuno, server.httpUrl);
    await expect.poll(() => page.getByText('2 people here').count(), WAIT).toBe(1);
    expect(await peopleIn(page).count()).toBe(2);
  });

  it('on a phone each action is a card with its dates, cost and status, and comment hints name no Ctrl+Enter', async ({ pages }) => {
    const page = await pages.open(marta, server.httpUrl, PHONE);
    const cards = page.getByRole('list', { name: '2 actions' }).getByRole('listitem');
    await expect.poll(() => cards.count(), WAIT).toBe(2);
    const first = cards.first();
    await first.getByRole('button', { name: 'Open action A1: Creative residencies in empty shops' }).waitFor();
    await first.getByText('Mar 2026 – Nov 2026').waitFor();
    await first.getByText('€12,500').waitFor();
    await first.getByText('Agreed').waitFor();
    expect(await page.locator('table[aria-labelledby="iap-action-table-caption"]').count()).toBe(0);
    // Nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await first.scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'phone-action-cards.png') });

    await first.getByRole('button', { name: /^Open action A1/ }).click();
    await page.getByRole('dialog', { name: /^A1 · / }).getByRole('button', { name: 'Comments' }).click();
    const hint = page.getByRole('dialog', { name: 'Comments' }).getByText(/^Type @ to mention a member of the ULG\./);
    await hint.waitFor();
    expect(await hint.innerText()).not.toContain('Ctrl+Enter');
    await expectNoSeriousA11yViolations(page);
    expect(await landmarkViolations(page)).toEqual([]);
  });
});
