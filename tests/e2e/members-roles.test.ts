import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { addSessionCookie } from '../support/session.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { WIDE } from '../support/planPage.js';
import { browserTest, FAILED_REQUEST_LOG } from '../support/pages.js';

const CITY = 'enguera';

/** The file's web app, with the coordinator of Enguera and one member, and the member's role as the server has it. */
const it = browserTest
  .extend('ulg', { scope: 'file' }, async ({ webServer: server }) => {
    const coordinator = await addSignedIn(server.app, { name: 'Carmen Coordinator', city: CITY, role: 'coordinator' });
    const pilar = await addSignedIn(server.app, { name: 'Pilar Member', city: CITY, role: 'member' });
    async function roleOf(userId: string): Promise<string> {
      const response = await server.app.inject({ method: 'GET', url: `/api/cities/${CITY}/members`, headers: { cookie: coordinator.cookie } });
      const members = (response.json() as { members: { userId: string; role: string }[] }).members;
      return members.find((member) => member.userId === userId)?.role ?? 'none';
    }
    return { coordinator, pilar, roleOf };
  })
  /** A profile signed in as `person` (or nobody) at `address`. */
  .extend('openPage', ({ webServer: server, newPage }) => async (person: SignedIn | null, address: string): Promise<Page> => {
    const page = await newPage(person?.name ?? 'visitor', { ...WIDE, ignoreConsole: FAILED_REQUEST_LOG });
    if (person) await addSessionCookie(page.context(), server.httpUrl, person.cookie);
    await page.goto(`${server.httpUrl}${address}`);
    return page;
  });

describe('changing roles in the ULG', () => {
  it('asks before changing a role, confirms with a toast, and keeps the coordinator’s own row out of reach', async ({ openPage, ulg: { coordinator, pilar, roleOf } }) => {
    const page = await openPage(coordinator, `/cities/${CITY}/ulg?tab=members`);
    const select = page.getByRole('combobox', { name: 'Role of Pilar Member' });

    // A slip is asked about, and Cancel changes nothing.
    await select.selectOption('observer');
    const dialog = page.getByRole('dialog', { name: 'Change the role of Pilar Member?' });
    await dialog.getByText('The role of Pilar Member changes from Member to Observer.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await select.inputValue()).toBe('member');
    expect(await roleOf(pilar.id)).toBe('member');

    await select.selectOption('observer');
    await dialog.getByRole('button', { name: 'Change to Observer' }).click();
    await page.getByText('The role of Pilar Member is now Observer.').waitFor();
    await expect.poll(() => select.inputValue()).toBe('observer');
    expect(await roleOf(pilar.id)).toBe('observer');
    await expectNoSeriousA11yViolations(page);

    // Their own row: no role select to slip on, no remove button.
    expect(await page.getByRole('combobox', { name: 'Role of Carmen Coordinator' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Remove Carmen Coordinator' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Remove Pilar Member' }).count()).toBe(1);
  });

  it('an unusable invite link is explained in readable colours', async ({ openPage }) => {
    const page = await openPage(null, '/invite/not-a-real-token');
    await page.getByRole('alert').filter({ hasText: 'This invite link is not valid' }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });
});
