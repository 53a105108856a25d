import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The part of playwright-core's API the editor timing uses. */
export interface BenchPage {
  goto(url: string, options: { waitUntil: 'commit' }): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  /** A function, not a string: Playwright evals a string predicate in the page, which the app's CSP forbids. */
  waitForFunction<A>(predicate: (argument: A) => unknown, argument: A, options: { timeout: number; polling: 'raf' }): Promise<{ jsonValue(): Promise<number> }>;
}
export interface BenchBrowser {
  newContext(): Promise<{
    addCookies(cookies: { name: string; value: string; url: string }[]): Promise<void>;
    newPage(): Promise<BenchPage>;
    close(): Promise<void>;
  }>;
  close(): Promise<void>;
}
interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; args: string[] }): Promise<BenchBrowser> };
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless Chromium through playwright-core, which the browser tests (tests/) depend on:
 * resolved from there rather than installed a second time for bench/.
 */
export function launchChromium(): Promise<BenchBrowser> {
  const requireFromTests = createRequire(fileURLToPath(new URL('../../../tests/package.json', import.meta.url)));
  const { chromium } = requireFromTests('playwright-core') as PlaywrightCore;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
