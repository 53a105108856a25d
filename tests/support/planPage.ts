import * as Y from 'yjs';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { IAP_YDOC, newAction, type Action, type Objective } from '@iap/shared';
import type { SignedIn } from '../access/people.js';
import { NO_CONNECTION_LOG, type NewPage } from './pages.js';
import { addSessionCookie } from './session.js';
import { connectClient } from './yclient.js';

export const WIDE: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** Where people look at the screenshots of these tests. */
export const SHOTS_DIR = '/tmp/shots';

/**
 * Browser profiles on a city's plan, each signed in as someone, opened with the `newPage`
 * fixture (tests/support/pages.ts): it closes them after the test and fails the test on their
 * errors. The browser's own lines about refused requests and sockets (the network is taken
 * down in some tests) are not errors.
 */
export class PlanPages {
  constructor(
    private readonly newPage: NewPage,
    private readonly documentName: string,
  ) {}

  /** A new profile signed in as `person` on the plan, opened through `siteUrl`. */
  async open(person: SignedIn, siteUrl: string, options: BrowserContextOptions = WIDE): Promise<Page> {
    const page = await this.newPage(person.name, { ...options, ignoreConsole: NO_CONNECTION_LOG });
    await addSessionCookie(page.context(), siteUrl, person.cookie);
    return this.showPlan(page, siteUrl);
  }

  /** Another tab of a profile that is open already. */
  async openIn(context: BrowserContext, who: string, siteUrl: string): Promise<Page> {
    return this.showPlan(await this.newPage(who, { inProfile: context, ignoreConsole: NO_CONNECTION_LOG }), siteUrl);
  }

  private async showPlan(page: Page, siteUrl: string): Promise<Page> {
    await page.goto(`${siteUrl}/doc/${this.documentName}`);
    await page.locator('h2.iap-section-heading', { hasText: 'Context and baseline' }).waitFor();
    return page;
  }
}

/** Writes objectives and actions into the plan as another client would, and waits for the commit. */
export async function seedPlan(
  wsUrl: string,
  documentName: string,
  person: SignedIn,
  plan: { objectives?: Objective[]; actions?: Action[] },
): Promise<void> {
  const client = connectClient(wsUrl, documentName, { headers: { cookie: person.cookie } });
  try {
    await client.synced;
    client.doc.transact(() => {
      for (const objective of plan.objectives ?? []) {
        client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.objectives).push([new Y.Map<unknown>(Object.entries(objective))]);
      }
      for (const action of plan.actions ?? []) {
        client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push([new Y.Map<unknown>(Object.entries(action))]);
      }
    });
    await client.whenSaved();
  } finally {
    client.destroy();
  }
}

/** An action with the fields a card on the phone shows. */
export function scheduledAction(id: string, title: string, objectiveId: string | null = null): Action {
  return {
    ...newAction(id, title),
    objectiveId,
    start: '2026-03-01',
    end: '2026-11-30',
    estimatedCost: 12_500,
    status: 'agreed',
  };
}

/**
 * axe's landmark rules, which rate a second banner as "moderate" and so pass the serious-only
 * check: a Mantine dialog's <header> used to be a banner of its own.
 */
export async function landmarkViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withRules(['landmark-no-duplicate-banner', 'landmark-banner-is-top-level', 'landmark-unique'])
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
