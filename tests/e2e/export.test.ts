import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { PlanPages, SHOTS_DIR, WIDE } from '../support/planPage.js';
import { browserTest, NO_CONNECTION_LOG } from '../support/pages.js';
import { addSessionCookie } from '../support/session.js';
import { addSignedIn } from '../access/people.js';

const DOCUMENT = 'iap.hodmezovasarhely';

/** The file's web app (the screenshots' folder made beside it), and plan pages opened on it. */
const it = browserTest
  .extend('web', { scope: 'file' }, ({ webServer }) => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    return webServer;
  })
  .extend('pages', ({ newPage }) => new PlanPages(newPage, DOCUMENT));

describe('exporting plans in the browser', () => {
  it('offers an observer the export menu, whose links download the plan named after the city', async ({ web: server, pages }) => {
    const observer = await addSignedIn(server.app, { name: 'Olga Observer', city: 'hodmezovasarhely', role: 'observer' });
    const page = await pages.open(observer, server.httpUrl);

    // By keyboard: the button opens the menu, the arrow keys walk its items.
    await page.getByRole('button', { name: 'Export this plan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    // Runs in the page; the tests have no DOM types.
    const focused = () =>
      page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent);
    await expect.poll(focused).toBe('Word document (DOCX)');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('PDF');
    const items = page.getByRole('menuitem');
    await expect
      .poll(() => items.allTextContents())
      .toEqual(['Word document (DOCX)', 'PDF', 'Web page (HTML)', 'Actions as CSV', 'Actions as JSON']);
    // The link carries the language of the screen, so the file reads as the app does (English here, not the city's Hungarian).
    expect(await page.getByRole('menuitem', { name: 'PDF' }).getAttribute('href')).toBe(`/api/documents/${DOCUMENT}/export?format=pdf&lang=en`);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'export-menu.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'PDF' }).click();
    expect((await download).suggestedFilename()).toBe('Hódmezővásárhely.pdf');
  });

  it("runs the lead partner's export of all plans to a ZIP ready to download", async ({ web: server, newPage }) => {
    const leadPartner = await addSignedIn(server.app, { name: 'Lena Lead', networkRole: 'lead_partner' });
    const page = await newPage(leadPartner.name, { ...WIDE, ignoreConsole: NO_CONNECTION_LOG });
    await addSessionCookie(page.context(), server.httpUrl, leadPartner.cookie);
    await page.goto(server.httpUrl);
    await page.getByRole('button', { name: 'Export all plans' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all plans' });
    await dialog.getByRole('radio', { name: 'Web page (HTML)' }).check();
    await dialog.getByRole('button', { name: 'Start export' }).click();

    const downloadLink = dialog.getByRole('link', { name: 'Download ZIP' });
    await downloadLink.waitFor({ timeout: 30_000 });
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Ready: 9 plans in one ZIP file.');
    expect(await dialog.getByRole('progressbar', { name: 'Export progress' }).getAttribute('aria-valuenow')).toBe('100');
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'export-all-dialog.png') });

    const download = page.waitForEvent('download');
    await downloadLink.click();
    expect((await download).suggestedFilename()).toMatch(/^IAP plans \d{4}-\d{2}-\d{2}\.zip$/);
  });

  it('shows no export-all button to a city coordinator', async ({ web: server, newPage }) => {
    const coordinator = await addSignedIn(server.app, { name: 'Cora Coordinator', city: 'mizil', role: 'coordinator' });
    const page = await newPage(coordinator.name, { ...WIDE, ignoreConsole: NO_CONNECTION_LOG });
    await addSessionCookie(page.context(), server.httpUrl, coordinator.cookie);
    await page.goto(server.httpUrl);
    await page.getByRole('link', { name: 'Open IAP: Mizil' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export all plans' }).count()).toBe(0);
  });
});
