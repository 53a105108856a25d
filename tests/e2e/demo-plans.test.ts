import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { iapDocumentName, IAP_YDOC } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { DEMO_PASSWORD, seedDemo } from '@iap/server/seed/demoSeed';
import type { RunningServer } from '../support/server.js';
import { startWebApp } from '../support/webApp.js';
import { addSessionCookie } from '../support/session.js';
import { browserTest } from '../support/pages.js';
import { signIn } from '../access/people.js';

const WAIT = { timeout: 15_000, interval: 100 };

describe('the seeded demo plans in the browser', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startWebApp();
    const app = server.app;
    await seedDemo(app.storage, systemClock, { registry: app.collab.registry, planStates: app.planStates, versions: app.versions });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  const it = browserTest.extend('openIapAs', async ({ newPage }) => {
    return async (email: string, city: string): Promise<Page> => {
      const page = await newPage(email);
      await addSessionCookie(page.context(), server.httpUrl, await signIn(server.app, email, DEMO_PASSWORD));
      await page.goto(`${server.httpUrl}/doc/${iapDocumentName(city)}`);
      await page.getByRole('textbox', { name: 'Document text' }).waitFor();
      return page;
    };
  });

  const committedText = async (city: string): Promise<string> =>
    (await server.app.collab.registry.open(iapDocumentName(city))).readCommitted((doc) => doc.getXmlFragment(IAP_YDOC.text).toString());

  it('a Barnsley coordinator sees the seeded text, subheading and list, and opening the plan removes nothing', async ({ openIapAs }) => {
    const before = await committedText('barnsley');
    const page = await openIapAs('coordinator@barnsley.demo', 'barnsley');
    const editor = page.getByRole('textbox', { name: 'Document text' });
    await editor.getByText('The creative industries now employ about 1,800 people').waitFor();
    await editor.getByRole('heading', { level: 3, name: 'What the ULG found' }).waitFor();
    await editor.getByRole('listitem').filter({ hasText: 'Empty upper floors on Market Street' }).waitFor();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status'), WAIT).toBe('saved');
    // y-tiptap deletes, for everyone, what its schema cannot hold: the seeded content must survive a real editor.
    expect(await committedText('barnsley')).toBe(before);
  });

  it('the lead partner reads the final Óbidos plan in Portuguese, not editable', async ({ openIapAs }) => {
    const page = await openIapAs('lead@obidos.demo', 'obidos');
    const editor = page.getByRole('textbox', { name: 'Document text' });
    await editor.getByText('Vila Literária transformou antigas igrejas').waitFor();
    await expect.poll(() => editor.getAttribute('contenteditable'), WAIT).toBe('false');
  });
});
