import type { BrowserContext, Page } from 'playwright-core';
import { SESSION_COOKIE } from '@iap/shared';

/**
 * Gives a browser profile an existing session: `cookieHeader` is the Cookie header that
 * signing in returned (`iap_session=...`, see tests/access/people.ts). Its pages then open
 * signed in, without walking through the sign-in form each time.
 */
export async function addSessionCookie(context: BrowserContext, siteUrl: string, cookieHeader: string): Promise<void> {
  const prefix = `${SESSION_COOKIE}=`;
  if (!cookieHeader.startsWith(prefix)) throw new Error(`not a session cookie header: ${cookieHeader}`);
  await context.addCookies([{ name: SESSION_COOKIE, value: cookieHeader.slice(prefix.length), url: siteUrl }]);
}

/** Fills in and submits the sign-in form on the page, as a person would. */
export async function submitSignInForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mail address' }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
