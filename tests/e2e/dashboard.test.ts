import fs from 'node:fs';
import * as Y from 'yjs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { IAP_YDOC, newAction, type Action } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { DEMO_PASSWORD, seedDemo } from '@iap/server/seed/demoSeed';
import type { RunningServer } from '../support/server.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { browserTest, FAILED_REQUEST_LOG } from '../support/pages.js';
import { submitSignInForm } from '../support/session.js';
import { signIn } from '../access/people.js';
import { connectClient } from '../support/yclient.js';

const SHOTS_DIR = '/tmp/shots';
const WIDE: BrowserContextOptions = { viewport: { width: 1440, height: 1000 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** Several pages, each checked with axe (a few seconds a page on two shared cores). */
const LONG_WALK_MS = 120_000;

/** Writes actions into a city's plan as its coordinator would, through the collab endpoint. */
async function writeActions(server: RunningServer, city: string, actions: Partial<Action>[], vision: string): Promise<void> {
  const cookie = await signIn(server.app, `coordinator@${city}.demo`, DEMO_PASSWORD);
  const client = connectClient(server.wsUrl, `iap.${city}`, { headers: { cookie } });
  try {
    await client.synced;
    const blocks = client.doc.getXmlFragment(IAP_YDOC.text).toArray() as Y.XmlElement[];
    blocks[blocks.findIndex((block) => block.getAttribute('sectionId') === 'vision') + 1]!.insert(0, [new Y.XmlText(vision)]);
    client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push(
      actions.map((fields, index) => new Y.Map<unknown>(Object.entries({ ...newAction(`${city}-${index}`, `Action ${index + 1}`), ...fields }))),
    );
    await client.whenSaved();
  } finally {
    client.destroy();
  }
}

/** The demo network with actions in two plans, served once for the file. */
const it = browserTest
  .extend('network', { scope: 'file' }, async ({ webServer: server }) => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    await seedDemo(server.app.storage, systemClock);
    await writeActions(
      server,
      'obidos',
      [
        {
          title: 'Literary residencies',
          start: '2026-03-01',
          end: '2027-06-30',
          estimatedCost: 120_000,
          fundingSources: [{ source: 'ERDF', amount: 90_000, status: 'secured' }],
        },
        { title: 'Chocolate festival for makers', estimatedCost: 40_000, fundingSources: [{ source: 'Sponsors', amount: 20_000, status: 'likely' }] },
      ],
      'A town of books, open all year round, where makers find room to work.',
    );
    await writeActions(
      server,
      'mizil',
      [
        { title: 'Wine heritage trail', start: '2026-05-01', end: '2026-12-31', estimatedCost: 300_000, fundingSources: [{ source: 'Regional programme', amount: 50_000, status: 'to_find' }] },
        { title: 'Negative budget line', estimatedCost: -1_000 },
      ],
      'Mizil, a small town where young people stay for creative work.',
    );
    return server;
  })
  /** A page in a new profile, signed in as the lead partner, on the start page. */
  .extend('signedInAsLead', ({ network: server, newPage }) => async (options: BrowserContextOptions): Promise<Page> => {
    // A visitor's /api/me is a 401, which the browser logs as a failed resource: an expected answer.
    const page = await newPage('lead', { ...options, ignoreConsole: FAILED_REQUEST_LOG });
    await page.goto(server.httpUrl);
    await page.waitForURL(/\/login$/);
    await submitSignInForm(page, 'lead@obidos.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Your cities' }).waitFor();
    return page;
  });

describe('the network dashboard in the browser', () => {
  const cardSlugs = (page: Page): Promise<(string | null)[]> =>
    page.getByTestId('dashboard-city').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-slug')));

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it(
    'the lead partner sorts the nine plans, filters them, and compares two',
    async ({ network: server, signedInAsLead }) => {
      const page = await signedInAsLead(WIDE);
      await page.getByRole('link', { name: 'Network dashboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Network dashboard' }).waitFor();
      await expect.poll(() => page.getByTestId('dashboard-city').count()).toBe(9);

      const mizil = page.getByRole('article', { name: 'Mizil' });
      // The negative cost is left out of the sums and shows as a flag.
      await mizil.getByText('€300,000').first().waitFor();
      await expect.poll(async () => Number((await mizil.getByTestId('dashboard-flags').textContent())?.split(' ')[0])).toBeGreaterThan(0);
      await mizil.getByRole('list', { name: 'Completeness of each section of Mizil' }).getByText(/^2\. Vision: \d+% complete$/).waitFor();

      await choose(page, 'Sort by', 'Funding gap');
      await expect.poll(() => cardSlugs(page)).toEqual(expect.arrayContaining(['mizil', 'obidos']));
      expect((await cardSlugs(page)).slice(0, 2)).toEqual(['mizil', 'obidos']);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS_DIR}/dashboard-wide.png`, fullPage: true });

      await choose(page, 'Show plans in state', 'Final');
      await page.getByText('0 of 9 cities shown').waitFor();
      await choose(page, 'Show plans in state', 'Draft');
      await page.getByText('9 of 9 cities shown').waitFor();

      await page.getByRole('link', { name: 'Compare two plans' }).click();
      await page.getByRole('heading', { level: 1, name: 'Compare two plans' }).waitFor();
      await choose(page, 'First city', 'Óbidos');
      await choose(page, 'Second city', 'Mizil');
      await page.waitForURL(/\/network\/compare\?a=obidos&b=mizil$/);
      const vision = page.getByRole('region', { name: '2. Vision' });
      await vision.getByText('A town of books, open all year round, where makers find room to work.').waitFor();
      await vision.getByText('Mizil, a small town where young people stay for creative work.').waitFor();
      await page.getByRole('table', { name: 'Óbidos: 2 actions' }).getByRole('rowheader', { name: 'Literary residencies' }).waitFor();
      await page.getByRole('table', { name: 'Mizil: 2 actions' }).getByRole('rowheader', { name: 'Wine heritage trail' }).waitFor();
      await page.getByTestId('funding-chart').waitFor();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS_DIR}/compare-wide.png`, fullPage: true });

      // A city opens its plan.
      await page.goto(`${server.httpUrl}/network`);
      await page.getByRole('article', { name: 'Óbidos' }).getByRole('link', { name: 'Óbidos' }).click();
      await page.waitForURL(/\/doc\/iap\.obidos$/);
    },
    LONG_WALK_MS,
  );

  it(
    'works on a phone: cards one under another, the comparison stacked',
    async ({ network: server, signedInAsLead }) => {
      const page = await signedInAsLead(PHONE);
      await page.goto(`${server.httpUrl}/network`);
      await expect.poll(() => page.getByTestId('dashboard-city').count()).toBe(9);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS_DIR}/dashboard-phone.png` });

      await page.goto(`${server.httpUrl}/network/compare?a=obidos&b=mizil`);
      await page.getByRole('region', { name: '2. Vision' }).getByText('A town of books', { exact: false }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS_DIR}/compare-phone.png`, fullPage: true });
    },
    LONG_WALK_MS,
  );

  it('a coordinator is not offered the dashboard, and the page tells them it is not theirs', async ({ network: server, browser, onTestFinished }) => {
    // A profile whose page errors are not collected: this test only asks what the coordinator is offered.
    const context = await browser.newContext(WIDE);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await page.goto(server.httpUrl);
    await page.waitForURL(/\/login$/);
    await submitSignInForm(page, 'coordinator@mizil.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Your cities' }).waitFor();
    expect(await page.getByRole('link', { name: 'Network dashboard' }).count()).toBe(0);
    await page.goto(`${server.httpUrl}/network`);
    await page.getByRole('alert').waitFor();
  });
});
