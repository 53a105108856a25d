import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from './browser.js';
import { appTest } from './fixtures.js';
import type { RunningServer } from './server.js';
import { startWebApp } from './webApp.js';

/**
 * The lines the browser logs itself when a request fails (a visitor's /api/me answered 401, a
 * 404 the test asked for). They report an answer the test expects, not an error of the page.
 */
export const FAILED_REQUEST_LOG = /^Failed to load resource/;
/** The same, and the sockets the browser could not open while a test keeps the network down. */
export const NO_CONNECTION_LOG = /Failed to load resource|WebSocket connection/;

export interface PageOptions extends BrowserContextOptions {
  /** Console errors matching this are the browser's own expected log lines; any other fails the test. */
  ignoreConsole?: RegExp;
  /** Another tab of this profile instead of a new profile (its context options are its own). */
  inProfile?: BrowserContext;
}

/** Opens a page, its errors collected for the test (the `newPage` fixture). */
export type NewPage = (who: string, options?: PageOptions) => Promise<Page>;

/**
 * Collects what goes wrong in `page` (an uncaught exception, a console error) into `errors`,
 * each named after `who`, so the test that caused it fails and says whose page it was.
 */
export function collectPageErrors(page: Page, who: string, errors: string[], ignoreConsole?: RegExp): void {
  page.on('pageerror', (error) => errors.push(`${who}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoreConsole?.test(message.text())) errors.push(`${who}: ${message.text()}`);
  });
}

/**
 * Browser tests: one headless Chromium per file, and `newPage(who, options)` that opens a page
 * in a new profile (a browser context: its own cookies), its errors collected. After the test
 * every profile is closed, then any error a page raised fails the test. `webServer` is the app
 * serving the built client, one for the file (its options: `fileAppOptions`).
 */
export const browserTest = appTest
  // Vitest reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('webServer', { scope: 'file' }, async ({ fileAppOptions }, { onCleanup }): Promise<RunningServer> => {
    const server = await startWebApp(fileAppOptions);
    onCleanup(() => server.close());
    return server;
  })
  .extend('newPage', async ({ browser }, { onCleanup }) => {
    const contexts: { close(): Promise<void> }[] = [];
    const errors: string[] = [];
    onCleanup(async () => {
      for (const context of contexts.splice(0)) await context.close();
      // Errors thrown in a page (React, Tiptap, the provider) fail the test that caused them.
      expect(errors.splice(0)).toEqual([]);
    });
    const newPage: NewPage = async (who, { ignoreConsole, inProfile, ...options } = {}) => {
      let context = inProfile;
      if (!context) {
        context = await browser.newContext(options);
        // Shorter than the test's own timeout, so a failure names the element it waited for.
        context.setDefaultTimeout(15_000);
        contexts.push(context);
      }
      const page = await context.newPage();
      collectPageErrors(page, who, errors, ignoreConsole);
      return page;
    };
    return newPage;
  });
