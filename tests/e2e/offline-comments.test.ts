import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { commentThreadListSchema } from '@iap/shared';
import { ARTIFACTS_DIR } from '../support/webApp.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSignedIn } from '../access/people.js';
import { addSessionCookie } from '../support/session.js';
import { browserTest } from '../support/pages.js';

const DOCUMENT = 'iap.obidos';
const WAIT = { timeout: 20_000, interval: 100 };
/** What the browser logs about requests that could not go out: expected here, nothing else is. */
const NO_CONNECTION = /Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_FAILED|WebSocket|EventSource/;

/** The file's web app with a member of Óbidos, and the comment bodies the server holds. */
const it = browserTest
  .extend('author', { scope: 'file' }, async ({ webServer: server }) => {
    const marta = await addSignedIn(server.app, { name: 'Marta Member', city: 'obidos', role: 'member' });
    async function storedBodies(): Promise<string[]> {
      const response = await server.app.inject({ method: 'GET', url: `/api/documents/${DOCUMENT}/comments`, headers: { cookie: marta.cookie } });
      return commentThreadListSchema.parse(response.json()).threads.flatMap((thread) => thread.comments.map((comment) => comment.body));
    }
    return { marta, storedBodies };
  })
  .extend('openIap', ({ webServer: server, author: { marta }, newPage }) => async (): Promise<{ page: Page; context: BrowserContext }> => {
    const page = await newPage(marta.name, { viewport: { width: 1440, height: 1000 }, ignoreConsole: NO_CONNECTION });
    await addSessionCookie(page.context(), server.httpUrl, marta.cookie);
    await page.goto(`${server.httpUrl}/doc/${DOCUMENT}`);
    await page.locator('h2.iap-section-heading', { hasText: 'Context and baseline' }).waitFor();
    return { page, context: page.context() };
  });

describe('a comment written without a connection', () => {
  async function selectSomeText(page: Page, text: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Plan outline' }).getByRole('button', { name: /Go to section 1, Context/ }).click();
    await page.keyboard.type(text);
    await page.keyboard.down('Shift');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.up('Shift');
  }

  it('waits for the connection, says so, and is posted when the browser is back online', async ({ openIap, author: { storedBodies } }) => {
    const { page, context } = await openIap();
    await selectSomeText(page, 'Footfall fell in winter.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Comments' });

    await context.setOffline(true);
    await panel.getByRole('textbox', { name: 'Your comment' }).fill('Which months exactly?');
    await panel.getByRole('button', { name: 'Post comment' }).click();
    const waiting = panel.locator('.iap-outbox__item', { hasText: 'Which months exactly?' });
    await waiting.getByText('Waiting for connection…').waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'offline-comment.png') });
    // Kept in the browser's storage too, for a reload.
    expect(await page.evaluate("Object.keys(localStorage).filter((key) => key.startsWith('iap.commentOutbox.')).length")).toBe(1);
    expect(await storedBodies()).not.toContain('Which months exactly?');

    await context.setOffline(false);
    await panel.getByText('Your comment was posted.').waitFor({ timeout: WAIT.timeout });
    await panel.getByRole('article').filter({ hasText: 'Which months exactly?' }).waitFor();
    expect(await waiting.count()).toBe(0);
    await expect.poll(storedBodies, WAIT).toContain('Which months exactly?');
  });

  it('survives a reload while the server cannot be reached, then goes out by itself', async ({ openIap, author: { storedBodies } }) => {
    const { page } = await openIap();
    await selectSomeText(page, 'Rents doubled since 2019.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Comments' });

    // The browser believes it is online, but no request reaches the comments API.
    const unreachable = '**/api/documents/*/comments**';
    await page.route(unreachable, (route) => (route.request().method() === 'POST' ? route.abort('failed') : route.continue()));
    await panel.getByRole('textbox', { name: 'Your comment' }).fill('Source for the rents?');
    await panel.getByRole('button', { name: 'Post comment' }).click();
    await panel.locator('.iap-outbox__item', { hasText: 'Source for the rents?' }).getByText(/Waiting for connection…|Sending…/).waitFor();

    await page.reload();
    await page.locator('h2.iap-section-heading', { hasText: 'Context and baseline' }).waitFor();
    const kept = panel.locator('.iap-outbox__item', { hasText: 'Source for the rents?' });
    await kept.waitFor();
    expect(await storedBodies()).not.toContain('Source for the rents?');

    await page.unroute(unreachable);
    await panel.getByRole('article').filter({ hasText: 'Source for the rents?' }).waitFor({ timeout: WAIT.timeout });
    expect(await kept.count()).toBe(0);
    expect((await storedBodies()).filter((body) => body === 'Source for the rents?')).toHaveLength(1);
  });
});
