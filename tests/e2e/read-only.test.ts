import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSignedIn } from '../access/people.js';
import { landmarkViolations, PHONE, PlanPages, SHOTS_DIR, scheduledAction, seedPlan } from '../support/planPage.js';
import { browserTest } from '../support/pages.js';

const CITY = 'barnsley';
const DOCUMENT = `iap.${CITY}`;
const WAIT = { timeout: 15_000, interval: 50 };

/**
 * The file's web app with Barnsley's plan written by a member, an observer and the lead
 * partner to read it, and the plan's text as the server stores it.
 */
const it = browserTest
  .extend('plan', { scope: 'file' }, async ({ webServer: server }) => {
    const writer = await addSignedIn(server.app, { name: 'Wendy Writer', city: CITY, role: 'member' });
    const observer = await addSignedIn(server.app, { name: 'Barnsley observer', city: CITY, role: 'observer' });
    const leadPartner = await addSignedIn(server.app, { name: 'Lena Lead', networkRole: 'lead_partner' });
    await seedPlan(server.wsUrl, DOCUMENT, writer, {
      objectives: [{ id: 'obj-1', title: 'A lively high street', description: '', indicators: [] }],
      actions: [scheduledAction('act-1', 'Pop-up market on Saturdays', 'obj-1')],
    });
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    /** The plan's text as the server stores it. */
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
    return { writer, observer, leadPartner, storedText };
  })
  .extend('pages', ({ newPage }) => new PlanPages(newPage, DOCUMENT));

describe('the plan for those who may only read it', () => {
  const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Document text' });

  it('an observer sees a View only banner with their role, no toolbar or add buttons, read-only cards, and cannot type', async ({ webServer: server, pages, plan: { observer, storedText } }) => {
    const page = await pages.open(observer, server.httpUrl);
    const banner = page.getByTestId('read-only-notice');
    await banner.getByText('View only').waitFor();
    await banner.getByText(/You take part as Observer/).waitFor();
    await expect.poll(() => page.getByTestId('save-status').innerText(), WAIT).toBe('View only');

    expect(await page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add action' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add objective' }).count()).toBe(0);
    expect(await editorOf(page).getAttribute('contenteditable')).toBe('false');
    expect(await editorOf(page).getAttribute('aria-readonly')).toBe('true');

    // Typing into the text does nothing, on screen or on the server.
    const before = await storedText();
    await page.locator('.ProseMirror h2[data-iap-section="context"] + p').click();
    await page.keyboard.type('Observer was here');
    expect(await page.locator('.ProseMirror', { hasText: 'Observer was here' }).count()).toBe(0);
    expect(await storedText()).toBe(before);

    // The action card opens to read: every field disabled, Close instead of Save and Delete.
    await page.getByRole('button', { name: 'Open action A1: Pop-up market on Saturdays' }).click();
    const card = page.getByRole('dialog', { name: 'A1 · Pop-up market on Saturdays' });
    expect(await card.getByRole('textbox', { name: 'Title' }).isDisabled()).toBe(true);
    expect(await card.getByRole('button', { name: 'Save action' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Delete action' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    expect(await landmarkViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Close' }).last().click();
    await card.waitFor({ state: 'detached' });

    await expectNoSeriousA11yViolations(page);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SHOTS_DIR, 'observer-plan.png') });
  });

  it('others see the observer as viewing, not writing', async ({ webServer: server, pages, plan: { writer, observer } }) => {
    const writerPage = await pages.open(writer, server.httpUrl);
    const observerPage = await pages.open(observer, server.httpUrl);
    await observerPage.locator('.ProseMirror h2[data-iap-section="vision"] + p').click();

    const people = writerPage.getByRole('list', { name: 'People in this document' });
    await people.getByRole('img', { name: 'Barnsley observer, viewing' }).waitFor();
    const outline = writerPage.getByRole('navigation', { name: 'Plan outline' });
    await outline.getByText('Viewing here: Barnsley observer').waitFor();
    expect((await outline.getByText(/^Writing here:/).allTextContents()).join(' ')).not.toContain('Barnsley observer');
  });

  it('the lead partner reads the plan on a phone, with the banner naming their network role', async ({ webServer: server, pages, plan: { leadPartner } }) => {
    const page = await pages.open(leadPartner, server.httpUrl, PHONE);
    await page.getByTestId('read-only-notice').getByText(/You take part as Lead partner/).waitFor();
    expect(await page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0);
    expect(await editorOf(page).getAttribute('contenteditable')).toBe('false');
    await page.getByRole('button', { name: 'Open action A1: Pop-up market on Saturdays' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'lead-partner-phone.png') });
  });

  it('a member who loses the right to write while typing is shown the server’s refusal', async ({ webServer: server, pages, plan: { storedText } }) => {
    const demoted = await addSignedIn(server.app, { name: 'Dora Demoted', city: CITY, role: 'member' });
    const coordinator = await addSignedIn(server.app, { name: 'Cora Coordinator', city: CITY, role: 'coordinator' });
    const page = await pages.open(demoted, server.httpUrl);
    await page.getByRole('toolbar', { name: 'Formatting' }).waitFor();

    const change = await server.app.inject({
      method: 'PATCH',
      url: `/api/cities/${CITY}/members/${demoted.id}`,
      payload: { role: 'observer' },
      headers: { cookie: coordinator.cookie },
    });
    expect(change.statusCode, change.body).toBeLessThan(300);

    // Her page still believes she may write (it asked before); the server drops the edit and says so.
    await page.locator('.ProseMirror h2[data-iap-section="context"] + p').click();
    await page.keyboard.type('Too late');
    await page.getByTestId('read-only-notice').getByText(/The server did not accept changes from this tab/).waitFor();
    expect(await editorOf(page).getAttribute('contenteditable')).toBe('false');
    expect(await storedText()).not.toContain('Too late');
  });
});
