import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSignedIn } from '../access/people.js';
import { PlanPages } from '../support/planPage.js';
import { browserTest } from '../support/pages.js';

const CITY = 'mizil';
const DOCUMENT = `iap.${CITY}`;
const WAIT = { timeout: 15_000, interval: 50 };

/** The file's web app with a member of Mizil, who writes in its plan. */
const it = browserTest
  .extend('writer', { scope: 'file' }, async ({ webServer: server }) => addSignedIn(server.app, { name: 'Marta Member', city: CITY, role: 'member' }))
  .extend('pages', async ({ newPage }) => new PlanPages(newPage, DOCUMENT));

/** Pastes plain text where the cursor is, as the clipboard would. */
function pasteText(page: Page, text: string): Promise<unknown> {
  return page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document.querySelector('.ProseMirror').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

describe('the editor toolbar: formats, links and tables', () => {
  it('Ctrl+K edits the link of the selection, and the writer goes on typing in the text; a table is picked with the arrow keys', async ({ webServer: server, pages, writer }) => {
    const page = await pages.open(writer, server.httpUrl);
    await page.locator('.ProseMirror h2[data-iap-section="vision"] + p').click();
    await page.keyboard.type('Our partners');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Bold' }).click();
    expect(await page.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('Control+k');
    const address = page.getByRole('textbox', { name: 'Link address' });
    await address.fill('https://urbact.eu/partners');
    await expectNoSeriousA11yViolations(page);
    await address.press('Enter');
    await page.locator('.ProseMirror a[href="https://urbact.eu/partners"]', { hasText: 'Our partners' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add or edit link' }).getAttribute('aria-pressed')).toBe('true');

    // The focus is back in the text: the next keys write there, and a table goes below, not over the link.
    expect(await page.evaluate(`document.activeElement?.classList.contains('ProseMirror') ?? false`)).toBe(true);
    await page.keyboard.press('End');
    // The browser moves the caret for End and the editor learns it from a selectionchange event,
    // which a busy Chrome may deliver after the next key: an Enter then would replace the
    // still-selected words. A person pauses longer than that; the test waits for the editor.
    await expect
      .poll(() => page.evaluate(`document.querySelector('.ProseMirror').editor.state.selection.empty`), WAIT)
      .toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.getByRole('button', { name: 'Insert a table of 1 columns and 1 rows' }).waitFor();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror table').waitFor();
    expect(await page.locator('.ProseMirror table tr').count()).toBe(2);
    expect(await page.locator('.ProseMirror table tr:first-child th').count()).toBe(3);
    expect(await page.locator('.ProseMirror a', { hasText: 'Our partners' }).count()).toBe(1);

    // Inside the table its row and column controls appear.
    await page.getByRole('button', { name: 'Add row below' }).click();
    await expect.poll(() => page.locator('.ProseMirror table tr').count(), WAIT).toBe(3);
  });

  it('an address typed or pasted becomes a link, a file name does not, and an empty address removes a link', async ({ webServer: server, pages, writer }) => {
    const page = await pages.open(writer, server.httpUrl);
    await page.locator('.ProseMirror h2[data-iap-section="monitoring"] + p').click();
    await page.keyboard.type('See urbact.eu and plan.pdf and https://example.com/x then Our report');
    await page.locator('.ProseMirror a[href="https://urbact.eu"]', { hasText: 'urbact.eu' }).waitFor();
    await page.locator('.ProseMirror a[href="https://example.com/x"]').waitFor();
    expect(await page.locator('.ProseMirror a', { hasText: 'plan.pdf' }).count()).toBe(0);

    // An address pasted over selected text links that text.
    for (let step = 0; step < 'Our report'.length; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    await pasteText(page, 'https://urbact.eu/report');
    await page.locator('.ProseMirror a[href="https://urbact.eu/report"]', { hasText: 'Our report' }).waitFor();
    // Addresses in pasted text become links, without the sentence's full stop.
    await page.locator('.ProseMirror p', { hasText: 'Our report' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ProseMirror a', { hasText: 'Our report' }).count()).toBe(1);
    await pasteText(page, 'Read www.mizil.ro/plan. Thanks');
    await page.locator('.ProseMirror a[href="https://www.mizil.ro/plan"]', { hasText: /^www\.mizil\.ro\/plan$/ }).waitFor();

    await page.locator('.ProseMirror a', { hasText: 'urbact.eu' }).first().click();
    // The editor has taken the click's caret (the toolbar shows the link as current) before Mod+K.
    await expect.poll(() => page.getByRole('button', { name: 'Add or edit link' }).getAttribute('aria-pressed'), WAIT).toBe('true');
    await page.keyboard.press('Control+k');
    const address = page.getByRole('textbox', { name: 'Link address' });
    expect(await address.inputValue()).toBe('https://urbact.eu');
    await address.fill('');
    await address.press('Enter');
    await expect.poll(() => page.locator('.ProseMirror a[href="https://urbact.eu"]').count(), WAIT).toBe(0);
    // A link that would run script is refused.
    await page.keyboard.press('Control+k');
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    expect(await page.locator('.ProseMirror a[href^="javascript"]').count()).toBe(0);
  });
});
