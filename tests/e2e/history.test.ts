import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { IAP_YDOC, type PlanState } from '@iap/shared';
import type { RunningServer } from '../support/server.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { PHONE, PlanPages, SHOTS_DIR, scheduledAction, seedPlan } from '../support/planPage.js';
import { connectClient } from '../support/yclient.js';
import { browserTest } from '../support/pages.js';

const WAIT = { timeout: 15_000, interval: 50 };

/** The file's web app, the screenshots' folder made beside it. */
const it = browserTest.extend('web', { scope: 'file' }, ({ webServer }) => {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  return webServer;
});

describe('the History panel and the plan state', () => {
  const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
  const badgeText = (page: Page) => page.getByTestId('save-status').innerText();
  const historyOf = (page: Page) => page.getByRole('dialog', { name: 'Version history' });

  /** Types at the end of the first section's first paragraph and waits until the server has it. */
  async function writeInFirstSection(page: Page, text: string): Promise<void> {
    await page.locator('.ProseMirror h2[data-iap-section="context"] + p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
    await expect.poll(() => badgeText(page), WAIT).toBe('Saved');
  }

  /** Changes one field of an action as another client would, and waits for the commit. */
  async function changeAction(server: RunningServer, person: SignedIn, documentName: string, actionId: string, field: string, value: unknown): Promise<void> {
    const client = connectClient(server.wsUrl, documentName, { headers: { cookie: person.cookie } });
    try {
      await client.synced;
      const actions = client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).toArray();
      const action = actions.find((map) => map.get('id') === actionId);
      if (!action) throw new Error(`no action ${actionId}`);
      action.set(field, value);
      await client.whenSaved();
    } finally {
      client.destroy();
    }
  }

  /** Moves the plan through the REST API as `person`, as another tab would. */
  async function movePlan(server: RunningServer, person: SignedIn, documentName: string, to: PlanState): Promise<void> {
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/documents/${documentName}/state`,
      headers: { cookie: person.cookie },
      payload: { to },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  it('a coordinator names a version, sees what was written since, restores it and sends the plan for review', async ({ web: server, newPage }) => {
    const document = 'iap.obidos';
    const pages = new PlanPages(newPage, document);
    const coordinator = await addSignedIn(server.app, { name: 'Carla Coordinator', city: 'obidos', role: 'coordinator' });
    await seedPlan(server.wsUrl, document, coordinator, { actions: [scheduledAction('act-popup', 'Pop-up shop trial')] });
    const page = await pages.open(coordinator, server.httpUrl);
    await page.getByTestId('plan-state-badge').getByText('Draft').waitFor();

    await writeInFirstSection(page, 'Half the shops on the main street are empty.');
    const historyButton = page.getByRole('button', { name: 'History' });
    await historyButton.click();
    const history = historyOf(page);
    await history.getByRole('textbox', { name: 'Name the current version' }).fill('Draft for ULG meeting 3');
    await history.getByRole('button', { name: 'Save version' }).click();
    await history.getByRole('button', { name: /Draft for ULG meeting 3/ }).waitFor();
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
    // Closing the drawer gives the focus back to the button that opened it.
    await expect.poll(() => historyButton.evaluate((button) => button === button.ownerDocument.activeElement), WAIT).toBe(true);

    await writeInFirstSection(page, ' The ULG proposes pop-up shops.');
    await changeAction(server, coordinator, document, 'act-popup', 'estimatedCost', 15_000);
    await historyButton.click();
    await history.getByRole('button', { name: /Draft for ULG meeting 3/ }).click();
    await history.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'The current plan' });
    const inserted = history.locator('ins', { hasText: 'pop-up shops' });
    await inserted.waitFor();
    expect(await inserted.innerText()).toMatch(/inserted:?\s*The ULG proposes pop-up shops/);
    expect(await history.locator('section[data-section="context"] h5').innerText()).toBe('Context and baseline');
    // The action table: the changed field, old → new, in euros.
    const changedAction = history.locator('.version-diff__action[data-kind="changed"]', { hasText: 'Pop-up shop trial' });
    await changedAction.getByText('Estimated cost (EUR)').waitFor();
    expect(await changedAction.locator('del').innerText()).toMatch(/12,500/);
    expect(await changedAction.locator('ins').innerText()).toMatch(/15,000/);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'history-diff.png') });
    await expectNoSeriousA11yViolations(page);

    await history.getByRole('button', { name: 'Restore this version' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this version?' });
    await confirm.getByRole('button', { name: 'Yes, restore' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => editorOf(page).innerText(), WAIT).not.toContain('pop-up shops');
    expect(await editorOf(page).innerText()).toContain('Half the shops on the main street are empty.');
    // The list is fetched again: the restore is itself a version.
    await history.locator('[data-version-id]', { hasText: 'Restore' }).first().waitFor();
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Change state' }).click();
    await page.getByRole('menuitem', { name: 'Send to the ULG for review' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS_DIR, 'plan-state-menu.png') });
    await page.getByRole('menuitem', { name: 'Send to the ULG for review' }).click();
    const move = page.getByRole('dialog', { name: 'Send to the ULG for review' });
    await move.getByRole('textbox', { name: 'Note (optional)' }).fill('Please read before Thursday.');
    await move.getByRole('button', { name: 'Confirm' }).click();
    await page.getByTestId('plan-state-badge').getByText('In review').waitFor();
    await page.getByText('The plan is now In review.').waitFor();
    const changeState = page.getByRole('button', { name: 'Change state' });
    await expect.poll(() => changeState.evaluate((button) => button === button.ownerDocument.activeElement), WAIT).toBe(true);

    // The state history in the panel names the move and its note.
    await historyButton.click();
    await history.locator('.plan-state-history').getByText('Draft → In review').waitFor();
    // The version the move made is named in words too, not by the state ids.
    await history.locator('[data-version-id]', { hasText: 'Draft → In review' }).waitFor();
    await history.getByText('Please read before Thursday.').waitFor();
    await history.locator('[data-version-id]', { hasText: 'Restored Draft for ULG meeting 3' }).waitFor();

    // In Portuguese, the versions the server took are named in Portuguese, not in the English they are stored in.
    const chose = await server.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: coordinator.cookie }, payload: { locale: 'pt' } });
    expect(chose.statusCode).toBe(200);
    await page.reload();
    await page.getByRole('button', { name: 'Histórico' }).click();
    const historico = page.getByRole('dialog', { name: 'Histórico de versões' });
    await historico.locator('[data-version-id]', { hasText: 'Reposta: Draft for ULG meeting 3' }).waitFor();
    await historico.locator('[data-version-id]', { hasText: 'Antes da reposição: Draft for ULG meeting 3' }).waitFor();
    await historico.locator('[data-version-id]', { hasText: 'Rascunho → Em revisão' }).waitFor();
    expect(await historico.innerText()).not.toMatch(/Restored|Before restoring/);
  });

  it('the lead partner finalizes a submitted plan: it shows Final and the editor is read-only with the final banner', async ({ web: server, newPage }) => {
    const document = 'iap.mizil';
    const pages = new PlanPages(newPage, document);
    const coordinator = await addSignedIn(server.app, { name: 'Mihai Coordinator', city: 'mizil', role: 'coordinator' });
    const lead = await addSignedIn(server.app, { name: 'Lena Lead', networkRole: 'lead_partner' });
    for (const to of ['in_review', 'validated', 'submitted'] as const) await movePlan(server, coordinator, document, to);
    // The coordinator has the plan open while the lead partner finalizes it.
    const openBefore = await pages.open(coordinator, server.httpUrl);

    const page = await pages.open(lead, server.httpUrl);
    await page.getByTestId('plan-state-badge').getByText('Submitted').waitFor();
    // Sending it back needs a word for the city: without one nothing moves.
    await page.getByRole('button', { name: 'Change state' }).click();
    await page.getByRole('menuitem', { name: 'Send back to draft' }).click();
    const sendBack = page.getByRole('dialog', { name: 'Send back to draft' });
    await sendBack.getByRole('button', { name: 'Confirm' }).click();
    await sendBack.getByText('Say why the plan goes back to draft.').waitFor();
    await sendBack.getByRole('button', { name: 'Cancel' }).click();
    await sendBack.waitFor({ state: 'detached' });
    expect(await page.getByTestId('plan-state-badge').getAttribute('data-state')).toBe('submitted');

    await page.getByRole('button', { name: 'Change state' }).click();
    await page.getByRole('menuitem', { name: 'Finalize the plan' }).click();
    const move = page.getByRole('dialog', { name: 'Finalize the plan' });
    await move.getByText('A final plan is read-only for everyone').waitFor();
    await move.getByRole('button', { name: 'Confirm' }).click();
    await move.waitFor({ state: 'detached' });

    await page.getByTestId('plan-state-badge').getByText('Final').waitFor();
    const banner = page.getByTestId('read-only-notice');
    await banner.getByText('This plan is final').waitFor();
    expect(await editorOf(page).getAttribute('contenteditable')).toBe('false');
    await page.screenshot({ path: path.join(SHOTS_DIR, 'plan-final.png') });

    // The coordinator's open tab: the server refuses what they type, and the banner says why.
    await openBefore.locator('.ProseMirror h2[data-iap-section="context"] + p').click();
    await openBefore.keyboard.type('Too late');
    await openBefore.getByTestId('read-only-notice').getByText('This plan is final').waitFor();
    await openBefore.getByTestId('plan-state-badge').getByText('Final').waitFor();

    // The coordinator, arriving now, finds it locked too, for the same reason.
    const coordinatorPage = await pages.open(coordinator, server.httpUrl);
    await coordinatorPage.getByTestId('read-only-notice').getByText('This plan is final').waitFor();
    expect(await editorOf(coordinatorPage).getAttribute('contenteditable')).toBe('false');
    expect(await coordinatorPage.getByRole('button', { name: 'Change state' }).count()).toBe(0);
  });

  it('on a phone the history opens full width and shows a version change without sideways scrolling', async ({ web: server, newPage }) => {
    const document = 'iap.barnsley';
    const pages = new PlanPages(newPage, document);
    const member = await addSignedIn(server.app, { name: 'Bea Member', city: 'barnsley', role: 'member' });
    const page = await pages.open(member, server.httpUrl, PHONE);
    await writeInFirstSection(page, 'Footfall fell by a third since 2019.');
    await page.screenshot({ path: path.join(SHOTS_DIR, 'plan-bar-phone.png') });
    await page.getByRole('button', { name: 'History' }).click();
    const history = historyOf(page);
    await history.getByRole('textbox', { name: 'Name the current version' }).fill('Baseline written');
    await history.getByRole('button', { name: 'Save version' }).click();
    await history.getByRole('button', { name: /Baseline written/ }).click();
    await history.getByTestId('version-detail').waitFor();
    expect(await history.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth)).toBeLessThanOrEqual(0);
    expect((await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'history-phone.png') });
    await expectNoSeriousA11yViolations(page);
  });
});
