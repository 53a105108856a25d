import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../support/server.js';
import { startWebApp } from '../support/webApp.js';
import { expectNoSeriousA11yViolations, launchBrowser } from '../support/browser.js';
import { PlanPages, SHOTS_DIR, WIDE } from '../support/planPage.js';
import { addSessionCookie } from '../support/session.js';
import { addSignedIn } from '../access/people.js';

const DOCUMENT = 'iap.hodmezovasarhely';

describe('exporting plans in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let pages: PlanPages;

  beforeAll(async () => {
    server = await startWebApp();
    browser = await launchBrowser();
    pages = new PlanPages(browser, DOCUMENT);
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
  });

  afterEach(async () => {
    await pages.closeAll();
    expect(pages.takeErrors()).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers an observer the export menu, whose links download the plan named after the city', async () => {
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
    expect(await page.getByRole('menuitem', { name: 'PDF' }).getAttribute('href')).toBe(`/api/documents/${DOCUMENT}/export?format=pdf`);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'export-menu.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'PDF' }).click();
    expect((await download).suggestedFilename()).toBe('Hódmezővásárhely.pdf');
  });

  it("runs the lead partner's export of all plans to a ZIP ready to download", async () => {
    const leadPartner = await addSignedIn(server.app, { name: 'Lena Lead', networkRole: 'lead_partner' });
    const context = await browser.newContext(WIDE);
    try {
      await addSessionCookie(context, server.httpUrl, leadPartner.cookie);
      const page = await context.newPage();
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
    } finally {
      await context.close();
    }
  });

  it('shows no export-all button to a city coordinator', async () => {
    const coordinator = await addSignedIn(server.app, { name: 'Cora Coordinator', city: 'mizil', role: 'coordinator' });
    const context = await browser.newContext(WIDE);
    try {
      await addSessionCookie(context, server.httpUrl, coordinator.cookie);
      const page = await context.newPage();
      await page.goto(server.httpUrl);
      await page.getByRole('link', { name: 'Open IAP: Mizil' }).waitFor();
      expect(await page.getByRole('button', { name: 'Export all plans' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
