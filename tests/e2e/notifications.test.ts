import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ARTIFACTS_DIR } from '../support/webApp.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { addSessionCookie } from '../support/session.js';
import { browserTest } from '../support/pages.js';

const WAIT = { timeout: 15_000, interval: 100 };
const SHOTS_DIR = '/tmp/shots';
const WIDE: BrowserContextOptions = { viewport: { width: 1440, height: 1000 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The file's web app with two members of Óbidos, and profiles of their own signed in on it. */
const it = browserTest
  .extend('people', { scope: 'file' }, async ({ webServer: server }) => {
    const marta = await addSignedIn(server.app, { name: 'Marta Member', city: 'obidos', role: 'member' });
    const nuno = await addSignedIn(server.app, { name: 'Nuno Neves', city: 'obidos', role: 'member' });
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    return { marta, nuno };
  })
  /** A browser profile of its own, signed in as `person`, at `url`; every console error fails the test. */
  .extend('openAs', ({ webServer: server, newPage }) => async (person: SignedIn, url: string, options: BrowserContextOptions = WIDE): Promise<Page> => {
    const page = await newPage(person.name, options);
    await addSessionCookie(page.context(), server.httpUrl, person.cookie);
    await page.goto(`${server.httpUrl}${url}`);
    return page;
  });

describe('notifications in the browser', () => {
  it('a member mentions another, who sees the bell count rise live, opens the plan at the thread, and the count drops', async ({ openAs, people: { marta, nuno } }) => {
    const nunoPage = await openAs(nuno, '/');
    const bell = nunoPage.getByRole('banner').getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toBe('Notifications, none unread');

    // Marta, in her own browser, comments on a sentence and mentions Nuno.
    const martaPage = await openAs(marta, '/doc/iap.obidos');
    await martaPage.locator('h2.iap-section-heading', { hasText: 'Context and baseline' }).waitFor();
    const outline = martaPage.getByRole('navigation', { name: 'Plan outline' });
    await outline.getByRole('button', { name: /Go to section 1, Context/ }).click();
    await martaPage.keyboard.type('Vacant shops in the old town.');
    await martaPage.keyboard.down('Shift');
    for (let i = 0; i < 'old town.'.length; i += 1) await martaPage.keyboard.press('ArrowLeft');
    await martaPage.keyboard.up('Shift');
    await martaPage.getByRole('button', { name: 'Comment', exact: true }).click();
    const panel = martaPage.getByRole('complementary', { name: 'Comments' });
    const box = panel.getByRole('textbox', { name: 'Your comment' });
    await box.pressSequentially('Could @Nun');
    await martaPage.getByRole('option', { name: 'Nuno Neves' }).click();
    await box.pressSequentially('count them by street?');
    await panel.getByRole('button', { name: 'Post comment' }).click();
    await panel.getByRole('article').filter({ hasText: 'count them by street?' }).waitFor();

    // Nuno never reloaded: the stream told his page.
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toBe('Notifications, 1 unread');
    await bell.click();
    const list = nunoPage.getByRole('dialog', { name: 'Notifications' });
    const item = list.getByRole('link', { name: /Marta Member mentioned you on the plan of Óbidos/ });
    await item.waitFor();
    await expect.poll(() => item.textContent(), WAIT).toContain('Could @Nuno Neves count them by street?');
    await expectNoSeriousA11yViolations(nunoPage);
    await nunoPage.screenshot({ path: path.join(SHOTS_DIR, 'notification-list.png') });
    await nunoPage.screenshot({ path: path.join(ARTIFACTS_DIR, 'notification-list.png') });
    // Escape closes the list and gives the focus back to the bell.
    await nunoPage.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    await expect.poll(() => nunoPage.evaluate("document.activeElement?.getAttribute('aria-label') ?? ''"), WAIT).toMatch(/^Notifications/);
    await bell.click();

    await item.click();
    await nunoPage.waitForURL(/\/doc\/iap\.obidos$/);
    const thread = nunoPage.getByRole('complementary', { name: 'Comments' }).locator('article.iap-thread--active');
    await thread.getByText('Could @Nuno Neves count them by street?').waitFor();
    await nunoPage.locator('.iap-comment-anchor--active', { hasText: 'old town.' }).waitFor();
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toBe('Notifications, none unread');
    await expectNoSeriousA11yViolations(nunoPage);
  });

  it('on a phone, the notification opens the comments drawer at the thread', async ({ webServer: server, openAs, people: { marta, nuno } }) => {
    const posted = await server.app.inject({
      method: 'POST',
      url: '/api/documents/iap.obidos/comments',
      headers: { cookie: marta.cookie },
      payload: { anchor: { kind: 'action', actionId: 'act-market' }, body: 'A stall for @Nuno Neves?', mentions: [nuno.id] },
    });
    expect(posted.statusCode, posted.body).toBe(201);

    const page = await openAs(nuno, '/', PHONE);
    const bell = page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toMatch(/^Notifications, [1-9]\d* unread$/);
    await bell.click();
    const item = page.getByRole('dialog', { name: 'Notifications' }).getByRole('link', { name: /A stall for @Nuno Neves\?/ });
    await item.waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'notification-list-phone.png') });

    await item.click();
    const drawer = page.getByRole('dialog', { name: 'Comments' });
    await drawer.locator('article.iap-thread--active').getByText('A stall for @Nuno Neves?').waitFor();
    await expectNoSeriousA11yViolations(page);
  });
});
