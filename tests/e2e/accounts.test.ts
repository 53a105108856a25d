import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { systemClock } from '@iap/server/clock';
import { DEMO_PASSWORD, seedDemo } from '@iap/server/seed/demoSeed';
import type { RunningServer } from '../support/server.js';
import { ARTIFACTS_DIR } from '../support/webApp.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { submitSignInForm } from '../support/session.js';
import { browserTest, FAILED_REQUEST_LOG } from '../support/pages.js';

const WAIT = { timeout: 15_000, interval: 50 };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
/** For the walks through several pages, each checked with axe (a few seconds a page on two shared cores). */
const LONG_WALK_MS = 90_000;

const it = browserTest
  /** The demo network, seeded once on the file's web app. */
  .extend('demo', { scope: 'file' }, async ({ webServer: server }) => {
    await seedDemo(server.app.storage, systemClock);
    return server;
  })
  /** A fresh browser profile (no cookie). The browser logs every 4xx answer (a visitor's /api/me is a 401) as a failed resource: expected answers, not page errors. */
  .extend('visit', async ({ newPage }) => {
    return (options: BrowserContextOptions = DESKTOP, who = 'visitor'): Promise<Page> => newPage(who, { ...options, ignoreConsole: FAILED_REQUEST_LOG });
  })
  /** Signs in from the start page; resolves once the home page lists the person's cities. */
  .extend('signedIn', async ({ demo: server, visit }) => {
    return async (email: string, options?: BrowserContextOptions): Promise<Page> => {
      const page = await visit(options, email);
      await page.goto(server.httpUrl);
      await page.waitForURL(/\/login$/);
      await submitSignInForm(page, email, DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Your cities' }).waitFor();
      return page;
    };
  });

describe('accounts, cities and the ULG page in the browser', () => {
  const registerRows = (page: Page) => page.getByRole('region', { name: 'Stakeholder register' }).getByRole('row');
  const storedStakeholderNames = (server: RunningServer, city: string): string[] =>
    (server.app.db.prepare('SELECT name FROM stakeholders WHERE city_slug = ? ORDER BY name').all(city) as { name: string }[]).map(
      (row) => row.name,
    );

  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
  }

  it('a visitor is sent to the sign-in page, a wrong password is refused inline, and signing in returns to the page asked for', async ({ visit, demo: server }) => {
    const page = await visit();
    await page.goto(`${server.httpUrl}/cities/mizil/ulg?tab=matrix`);
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/cities/mizil/ulg?tab=matrix');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'E-mail address' }).getAttribute('aria-invalid'), WAIT).toBe('true');
    await page.getByText('Enter an e-mail address such as name@example.org.').waitFor();

    await submitSignInForm(page, 'coordinator@mizil.demo', 'not the password');
    const alert = page.getByRole('alert').filter({ hasText: 'The e-mail address or the password is not right.' });
    await alert.waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'accounts-login.png') });

    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/cities/mizil/ulg' && url.searchParams.get('tab') === 'matrix');
    await page.getByRole('heading', { level: 1, name: 'ULG of Mizil' }).waitFor();
    await page.getByRole('tab', { name: 'Matrix', selected: true }).waitFor();
  });

  it('a coordinator sees Mizil at home, the register and its chart, and adds a stakeholder who then appears everywhere', async ({ signedIn, demo: server }) => {
    const page = await signedIn('coordinator@mizil.demo');
    const mizil = page.getByRole('article', { name: 'Mizil' });
    await mizil.getByText('Coordinator').waitFor();
    await mizil.getByText('Romania · Romanian').waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await page.getByRole('button', { name: 'Mizil coordinator (your account)' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'accounts-home.png') });

    await mizil.getByRole('link', { name: 'ULG: Mizil' }).click();
    await page.getByRole('heading', { level: 1, name: 'ULG of Mizil' }).waitFor();
    await page.getByRole('rowheader', { name: /Elena Popescu/ }).waitFor();
    await expect.poll(() => registerRows(page).count(), WAIT).toBe(1 + 6);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'ulg-register.png'), fullPage: true });

    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a stakeholder' });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.getByText('Enter a name (up to 200 characters).').waitFor();
    await dialog.getByText('Choose a sector.').waitFor();
    expect(storedStakeholderNames(server, 'mizil')).not.toContain('Radu Enache');

    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Radu Enache');
    await dialog.getByRole('textbox', { name: 'Organisation' }).fill('Mizil film club');
    await dialog.getByRole('combobox', { name: 'Sector' }).click();
    await page.getByRole('option', { name: 'Culture and creative sector' }).click();
    await dialog.getByRole('radiogroup', { name: 'Importance' }).getByText('5', { exact: true }).click();
    await dialog.getByRole('radiogroup', { name: 'Influence' }).getByText('4', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Contact' }).fill('radu@example.org');
    await dialog.getByRole('checkbox', { name: 'Agrees to be listed' }).check();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('rowheader', { name: /Radu Enache/ }).waitFor();
    expect(await registerRows(page).count()).toBe(1 + 7);
    expect(storedStakeholderNames(server, 'mizil')).toContain('Radu Enache');

    await page.getByRole('tab', { name: 'Balance' }).click();
    const sectors = page.getByRole('table', { name: 'Stakeholders by sector' });
    await sectors.getByRole('row', { name: /Culture and creative sector 2/ }).waitFor();
    await page.getByText('7 stakeholders; every sector is represented.').waitFor();
    // One bar per sector: the chart is drawn, not only its table.
    await expect.poll(() => page.getByTestId('sector-balance-chart').locator('.recharts-bar-rectangle').count(), WAIT).toBe(6);
    await page.getByRole('table', { name: 'Stakeholders by gender' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'ulg-chart.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('region', { name: /Manage closely/ }).getByText('Radu Enache').waitFor();
    await page.getByRole('region', { name: /Monitor/ }).getByText('Vasile Georgescu').waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('tab', { name: 'Activity' }).click();
    await page.getByText('Mizil coordinator added Radu Enache to the stakeholder register').waitFor();
    await expectNoSeriousA11yViolations(page);
  }, LONG_WALK_MS);

  it('a coordinator opens the IAP from home: the editor is editable and names them by their account', async ({ signedIn }) => {
    const page = await signedIn('coordinator@mizil.demo');
    await page.getByRole('link', { name: 'Open IAP: Mizil' }).click();
    await page.waitForURL(/\/doc\/iap\.mizil$/);
    const editor = page.getByRole('textbox', { name: 'Document text' });
    await editor.waitFor();
    await expect.poll(() => editor.getAttribute('contenteditable'), WAIT).toBe('true');
    await page.getByRole('button', { name: 'Mizil coordinator (your account)' }).waitFor();
  });

  it('the back button retraces the pages opened, a tab change does not add a step, and an unknown address shows the not-found page under the header', async ({
    signedIn,
    demo: server,
  }) => {
    const page = await signedIn('coordinator@mizil.demo');
    await page.getByRole('link', { name: 'ULG: Mizil' }).click();
    await page.getByRole('heading', { level: 1, name: 'ULG of Mizil' }).waitFor();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.waitForURL((url) => url.pathname === '/cities/mizil/ulg' && url.searchParams.get('tab') === 'matrix');
    // A link to the page already shown replaces it in the history.
    await page.getByRole('link', { name: '← Your cities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your cities' }).waitFor();
    await page.getByRole('link', { name: 'IAP Workspace' }).click();

    await page.goBack();
    await page.getByRole('tab', { name: 'Matrix', selected: true }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Your cities' }).waitFor();
    await page.goForward();
    await page.getByRole('tab', { name: 'Matrix', selected: true }).waitFor();

    await page.goto(`${server.httpUrl}/cities/mizil/nowhere`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'IAP Workspace' }).waitFor();
    await page.getByRole('link', { name: 'Back to the start page' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'Your cities' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });

  it('a member reads the register and the members without the buttons that change them', async ({ signedIn }) => {
    const page = await signedIn('member@mizil.demo');
    await page.getByRole('link', { name: 'ULG: Mizil' }).click();
    await page.getByRole('rowheader', { name: /Elena Popescu/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Add stakeholder' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
    // Members see who consented to be listed, without contacts.
    expect(await page.getByRole('columnheader', { name: 'Contact' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Activity' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('rowheader', { name: /Mizil coordinator/ }).waitFor();
    expect(await page.getByRole('combobox', { name: /^Role of / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Create invite link' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
  });

  it('a facilitator edits a stakeholder, who moves in the matrix, and deletes another after confirming', async ({ signedIn, demo: server }) => {
    const page = await signedIn('facilitator@barnsley.demo');
    await page.getByRole('link', { name: 'ULG: Barnsley' }).click();
    await page.getByRole('button', { name: 'Edit Tom Ashworth' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Tom Ashworth' });
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Organisation' }).inputValue(), WAIT).toBe('Council for voluntary service');
    await dialog.getByRole('radiogroup', { name: 'Influence' }).getByText('5', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const tom = page.getByRole('row', { name: /Tom Ashworth/ });
    await expect.poll(() => tom.getByRole('cell').nth(2).innerText(), WAIT).toBe('5');

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('region', { name: /Manage closely/ }).getByText('Tom Ashworth').waitFor();

    await page.getByRole('tab', { name: 'Stakeholders' }).click();
    await page.getByRole('button', { name: 'Delete Maureen Hinchliffe' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Maureen Hinchliffe?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(storedStakeholderNames(server, 'barnsley')).toContain('Maureen Hinchliffe');

    await page.getByRole('button', { name: 'Delete Maureen Hinchliffe' }).click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('rowheader', { name: /Maureen Hinchliffe/ }).count(), WAIT).toBe(0);
    expect(storedStakeholderNames(server, 'barnsley')).not.toContain('Maureen Hinchliffe');
  }, LONG_WALK_MS);

  it('a Mizil coordinator opening Barnsley’s ULG is told the city is not available to them', async ({ signedIn, demo: server }) => {
    const page = await signedIn('coordinator@mizil.demo');
    await page.goto(`${server.httpUrl}/cities/barnsley/ulg`);
    await page.getByRole('alert').filter({ hasText: 'City not found' }).waitFor();
    await page.getByText('This city does not exist, or you are not a member of its URBACT Local Group.').waitFor();
    expect(await page.getByText('Stakeholder register').count()).toBe(0);
  });

  it('the lead partner sees all nine cities, with their names accented', async ({ signedIn }) => {
    const page = await signedIn('lead@obidos.demo');
    await expect.poll(() => page.getByRole('article').count(), WAIT).toBe(9);
    for (const name of ['Óbidos', 'Hódmezővásárhely', 'Jyväskylä', 'Reggio Emilia']) {
      await page.getByRole('article', { name }).waitFor();
    }
    await page.getByRole('article', { name: 'Óbidos' }).getByText('Lead partner').first().waitFor();
  });

  it('an invite link makes a new account with its role, and works only once', async ({ visit, signedIn, demo: server }) => {
    const coordinator = await signedIn('coordinator@mizil.demo');
    await coordinator.goto(`${server.httpUrl}/cities/mizil/ulg?tab=members`);
    await coordinator.getByRole('combobox', { name: 'Role', exact: true }).selectOption('observer');
    await coordinator.getByRole('button', { name: 'Create invite link' }).click();
    const link = await coordinator.getByTestId('invite-link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.httpUrl}/invite/.+`));
    await coordinator.getByRole('button', { name: 'Copy link' }).waitFor();
    await coordinator.getByText('1 unused invite link').waitFor();
    await expectNoSeriousA11yViolations(coordinator);
    await coordinator.screenshot({ path: path.join(ARTIFACTS_DIR, 'ulg-members.png'), fullPage: true });

    const newcomer = await visit();
    await newcomer.goto(link);
    await newcomer.getByRole('heading', { name: 'Join the ULG of Mizil' }).waitFor();
    await newcomer.getByText('as Observer').waitFor();
    await expectNoSeriousA11yViolations(newcomer);
    await newcomer.screenshot({ path: path.join(ARTIFACTS_DIR, 'accounts-invite.png') });
    await newcomer.getByRole('textbox', { name: 'Your name' }).fill('Ana Radu');
    await newcomer.getByRole('textbox', { name: 'E-mail address' }).fill('ana.radu@people.test');
    await newcomer.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
    await newcomer.getByRole('button', { name: 'Create account and join' }).click();
    await newcomer.getByText('Choose a password of 10 to 200 characters.').waitFor();
    await newcomer.getByRole('textbox', { name: 'Password', exact: true }).fill('Password1234');
    await newcomer.getByRole('button', { name: 'Create account and join' }).click();
    await newcomer.getByText('This is one of the most common passwords, tried first by anyone guessing. Choose another.').waitFor();
    await newcomer.getByRole('textbox', { name: 'Password', exact: true }).fill('a long enough password');
    await newcomer.getByRole('button', { name: 'Create account and join' }).click();
    await newcomer.getByRole('heading', { level: 1, name: 'Your cities' }).waitFor();
    await newcomer.getByRole('article', { name: 'Mizil' }).getByText('Observer').waitFor();

    const latecomer = await visit();
    await latecomer.goto(link);
    await latecomer.getByRole('alert').filter({ hasText: 'This invite link can no longer be used' }).waitFor();

    await coordinator.reload();
    await coordinator.getByRole('rowheader', { name: /Ana Radu/ }).waitFor();
  }, LONG_WALK_MS);

  it('signing out ends the session: the start page asks to sign in again', async ({ signedIn, demo: server }) => {
    const page = await signedIn('facilitator@mizil.demo');
    await page.getByRole('button', { name: 'Mizil facilitator (your account)' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(server.httpUrl);
    await page.waitForURL(/\/login$/);
    const status = (await page.evaluate("fetch('/api/me').then((response) => response.status)")) as number;
    expect(status).toBe(401);
  });

  it('the home and ULG pages work on a 390 px phone without sideways scrolling', async ({ signedIn }) => {
    const page = await signedIn('coordinator@mizil.demo', PHONE);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'accounts-home-phone.png') });

    await page.getByRole('link', { name: 'ULG: Mizil' }).click();
    await page.getByRole('rowheader', { name: /Elena Popescu/ }).waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'ulg-register-phone.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('region', { name: /Manage closely/ }).waitFor();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'ulg-matrix-phone.png'), fullPage: true });
  }, LONG_WALK_MS);

});
