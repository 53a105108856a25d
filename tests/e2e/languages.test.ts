import fs from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { LANGUAGES, withSharedTexts, type Language } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { DEMO_PASSWORD, seedDemo } from '@iap/server/seed/demoSeed';
import type { RunningServer } from '../support/server.js';
import { expectNoSeriousA11yViolations } from '../support/browser.js';
import { browserTest, FAILED_REQUEST_LOG } from '../support/pages.js';

type Tree = { [key: string]: string | Tree };

const SHOTS_DIR = '/tmp/shots';
const LOCALES_DIR = new URL('../../client/src/i18n/locales/', import.meta.url);
const WIDE: BrowserContextOptions = { viewport: { width: 1440, height: 1000 }, locale: 'en-GB' };
/** Seven languages times three pages on two shared cores. */
const LONG_WALK_MS = 240_000;
const ENDONYMS: Record<Language, string> = { en: 'English', pt: 'Português', es: 'Español', it: 'Italiano', hu: 'Magyar', ro: 'Română', fi: 'Suomi' };
const ACCOUNT = { email: 'coordinator@obidos.demo' };

/** A language's texts as the client loads them: its locale file, with the words shared/ fills in. */
function readLocale(language: Language): Tree {
  return withSharedTexts(language, JSON.parse(fs.readFileSync(new URL(`${language}.json`, LOCALES_DIR), 'utf8')) as Tree) as unknown as Tree;
}

const locales = Object.fromEntries(LANGUAGES.map((language) => [language, readLocale(language)])) as Record<Language, Tree>;

function text(language: Language, key: string): string {
  const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), locales[language]);
  if (typeof value !== 'string') throw new Error(`${language}.json has no text at ${key}`);
  return value;
}

/** English UI strings distinctive enough that finding one on a non-English screen means a missed translation. */
const ENGLISH_TELLTALES = [
  'auth.signOut',
  'cities.title',
  'cities.openIap',
  'iap.sections.context.title',
  'iap.sections.integrated-approach.title',
  'iap.sections.implementation.title',
  'iap.outline.label',
  'planState.label',
  'comments.title',
  'export.menu',
  'versions.open',
  'stakeholders.title',
  'ulg.tabs.stakeholders',
  'ulg.tabs.members',
  'app.skipToContent',
].map((key) => text('en', key));

/** A translation key shown instead of its text: `iap.sections.vision.title`. */
const RAW_KEY = /^[a-z]+(\.[a-zA-Z0-9_-]+)+$/;

/** Every line of text on the screen, plus the accessible names and hints a screen reader reads. */
async function screenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title], [data-guidance]')].flatMap((element) =>
      ['aria-label', 'placeholder', 'title', 'data-guidance'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [...document.body.innerText.split('\n'), ...attributes].map((line) => line.trim()).filter((line) => line.length > 0);
  });
}

function untranslated(language: Language, lines: string[]): string[] {
  const raw = lines.filter((line) => RAW_KEY.test(line)).map((line) => `raw key: ${line}`);
  if (language === 'en') return raw;
  const english = ENGLISH_TELLTALES.filter((phrase) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    return lines.some((line) => pattern.test(line));
  }).map((phrase) => `English left: ${phrase}`);
  return [...raw, ...english];
}

/** The demo network, served once for the file. */
const it = browserTest
  .extend('network', { scope: 'file' }, async ({ webServer: server }) => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    await seedDemo(server.app.storage, systemClock);
    return server;
  })
  /** A page in a new profile (named after its locale), its errors collected. */
  .extend('openPage', ({ newPage }) => (options: BrowserContextOptions): Promise<Page> =>
    // A visitor's /api/me is a 401, which the browser logs as a failed resource: an expected answer.
    newPage(options.locale ?? 'page', { ...options, ignoreConsole: FAILED_REQUEST_LOG }),
  );

describe('the interface in the seven languages of the network', () => {

  async function pick(page: Page, from: Language, to: Language): Promise<void> {
    await page.getByRole('combobox', { name: text(from, 'language.label') }).selectOption({ label: ENDONYMS[to] });
  }

  /** The three main routes, each waited for by a heading in `language`; returns what is not translated. */
  async function walk(server: RunningServer, page: Page, language: Language): Promise<string[]> {
    const problems: string[] = [];
    await page.goto(server.httpUrl);
    await page.getByRole('heading', { level: 1, name: text(language, 'cities.title') }).waitFor();
    problems.push(...untranslated(language, await screenTexts(page)).map((problem) => `home: ${problem}`));
    // A translated accessible name must still contain the visible text (label-content-name-mismatch).
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${server.httpUrl}/doc/iap.obidos`);
    await page.locator('h2.iap-section-heading', { hasText: text(language, 'iap.sections.context.title') }).waitFor();
    await page.locator('h2.iap-section-heading', { hasText: text(language, 'iap.sections.pilot-actions.title') }).waitFor();
    problems.push(...untranslated(language, await screenTexts(page)).map((problem) => `plan: ${problem}`));
    if (['pt', 'ro', 'fi'].includes(language)) await page.screenshot({ path: `${SHOTS_DIR}/languages-${language}-plan.png` });

    await page.goto(`${server.httpUrl}/cities/obidos/ulg`);
    await page.getByRole('heading', { level: 1, name: text(language, 'ulg.title').replace('{{city}}', 'Óbidos') }).waitFor();
    await page.getByRole('tab', { name: text(language, 'ulg.tabs.members') }).waitFor();
    problems.push(...untranslated(language, await screenTexts(page)).map((problem) => `ULG: ${problem}`));
    await expectNoSeriousA11yViolations(page);
    return problems;
  }

  it('a visitor gets the browser\'s language when the network speaks it, else English; the picker fits a phone', async ({ network: server, openPage }) => {
    const portuguese = await openPage({ ...WIDE, locale: 'pt-PT' });
    await portuguese.goto(`${server.httpUrl}/login`);
    await portuguese.getByRole('heading', { level: 1, name: text('pt', 'auth.signInTitle') }).waitFor();
    // Portuguese as in Portugal: its dates and amounts are formatted for pt-PT.
    expect(await portuguese.evaluate(() => document.documentElement.lang)).toBe('pt-PT');

    const german = await openPage({ ...WIDE, locale: 'de-DE' });
    await german.goto(`${server.httpUrl}/login`);
    await german.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(untranslated('en', await screenTexts(german))).toEqual([]);

    const phone = await openPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'hu-HU' });
    await phone.goto(`${server.httpUrl}/login`);
    await phone.getByRole('heading', { level: 1, name: text('hu', 'auth.signInTitle') }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: `${SHOTS_DIR}/languages-hu-sign-in-phone.png` });
  });

  it(
    'signs in from a Romanian sign-in page, then walks home, a plan and the ULG page in every language picked in the header, remembered on the account',
    async ({ network: server, openPage }) => {
      const page = await openPage(WIDE);
      await page.goto(`${server.httpUrl}/login`);
      await page.getByRole('heading', { level: 1, name: text('en', 'auth.signInTitle') }).waitFor();
      await pick(page, 'en', 'ro');
      await page.getByRole('heading', { level: 1, name: text('ro', 'auth.signInTitle') }).waitFor();
      expect(untranslated('ro', await screenTexts(page))).toEqual([]);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS_DIR}/languages-ro-sign-in.png` });

      await page.getByRole('textbox', { name: text('ro', 'auth.email') }).fill(ACCOUNT.email);
      await page.getByRole('textbox', { name: text('ro', 'auth.password'), exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: text('ro', 'auth.signIn') }).click();
      // The language picked before signing in carries on after it.
      await page.getByRole('heading', { level: 1, name: text('ro', 'cities.title') }).waitFor();
      await expectNoSeriousA11yViolations(page);

      const problems: string[] = [];
      let current: Language = 'ro';
      for (const language of ['en', 'pt', 'es', 'it', 'hu', 'ro', 'fi'] as const) {
        if (language !== current) {
          const saved = page.waitForResponse((response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH');
          await pick(page, current, language);
          expect((await saved).status()).toBe(200);
          current = language;
        }
        problems.push(...(await walk(server, page, language)).map((problem) => `${language} ${problem}`));
      }
      expect(problems).toEqual([]);

      const stored = server.app.db.prepare('SELECT locale FROM users WHERE email = ?').get(ACCOUNT.email) as { locale: string };
      expect(stored.locale).toBe('fi');
      // Another browser of the same person (a Spanish phone) opens in the account's language.
      const elsewhere = await openPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-ES' });
      await elsewhere.goto(`${server.httpUrl}/login`);
      await elsewhere.getByRole('textbox', { name: text('es', 'auth.email') }).fill(ACCOUNT.email);
      await elsewhere.getByRole('textbox', { name: text('es', 'auth.password'), exact: true }).fill(DEMO_PASSWORD);
      await elsewhere.getByRole('button', { name: text('es', 'auth.signIn') }).click();
      await elsewhere.getByRole('heading', { level: 1, name: text('fi', 'cities.title') }).waitFor();
      expect(await elsewhere.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await elsewhere.screenshot({ path: `${SHOTS_DIR}/languages-fi-home-phone.png` });
    },
    LONG_WALK_MS,
  );
});
