import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** The system Chromium (ENVIRONMENT.md); `playwright install` cannot download a browser here. */
const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless Chromium. The background-networking flags stop it from flooding the closed
 * network with connections nobody answers.
 */
export function launchBrowser(): Promise<Browser> {
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

/** Runs axe on the page as it is now and throws, listing each serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Colours measured mid-transition (a drawer's overlay fading in) are neither state's colours.
  // A function, not a string: Playwright evals a string predicate in the page, which the app's CSP forbids.
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } };
    return document.getAnimations().every((animation) => animation.playState !== 'running');
  });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length === 0) return;
  const report = serious
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n${targets.join('\n')}`;
    })
    .join('\n');
  throw new Error(`${serious.length} serious accessibility violation(s) on ${page.url()}:\n${report}`);
}

export interface AttributeChange {
  value: string | null;
  /** Date.now() in the page; the browser runs on this machine, so it compares with the test's clock. */
  at: number;
}

/**
 * Starts logging every change of `attribute` on the element matching `selector`, in the
 * page, so a value shown for a few milliseconds is not missed between two polls. Returns
 * a function that reads the log.
 */
export async function recordAttributeChanges(
  page: Page,
  selector: string,
  attribute: string,
): Promise<() => Promise<AttributeChange[]>> {
  const logName = `__attributeLog${Math.random().toString(36).slice(2)}`;
  // A string, because the test project is type-checked without the DOM library.
  await page.evaluate(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element) throw new Error('no element matches ${selector}');
    const log = (window[${JSON.stringify(logName)}] = []);
    new MutationObserver(() => log.push({ value: element.getAttribute(${JSON.stringify(attribute)}), at: Date.now() }))
      .observe(element, { attributes: true, attributeFilter: [${JSON.stringify(attribute)}] });
  })()`);
  return async () => (await page.evaluate(`window[${JSON.stringify(logName)}]`)) as AttributeChange[];
}
