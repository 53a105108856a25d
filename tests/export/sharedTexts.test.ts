import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IAP_SECTION_IDS, iapSectionTitle, LANGUAGES, vocabularyOf, withSharedTexts } from '@iap/shared';
import { exportLabels } from '@iap/server/export/labels';

type Tree = { [key: string]: string | Tree | undefined };
const locale = (language: string): Tree =>
  JSON.parse(fs.readFileSync(new URL(`../../client/src/i18n/locales/${language}.json`, import.meta.url), 'utf8')) as Tree;
const at = (tree: Tree, path: string): string | Tree | undefined =>
  path.split('.').reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);

/** The keys of the client's bundles that shared/ fills in, and where each comes from. */
const SHARED_KEYS = {
  'planState.states': (language: string) => vocabularyOf(language).states,
  'iap.action.statuses': (language: string) => vocabularyOf(language).actionStatuses,
  'iap.funding.statuses': (language: string) => vocabularyOf(language).fundingStatuses,
  'iap.indicator.frequencies': (language: string) => vocabularyOf(language).frequencies,
  sectors: (language: string) => vocabularyOf(language).sectors,
  'iap.untitled': (language: string) => vocabularyOf(language).untitled,
  'iap.notSet': (language: string) => vocabularyOf(language).notSet,
  ...Object.fromEntries(IAP_SECTION_IDS.map((id) => [`iap.sections.${id}.title`, (language: string) => iapSectionTitle(id, language)])),
};

describe('the words the app and the downloads share, kept once in shared/', () => {
  it('are not in the client’s locale files', () => {
    for (const language of LANGUAGES) {
      for (const key of Object.keys(SHARED_KEYS)) expect(at(locale(language), key), `${language} ${key}`).toBeUndefined();
    }
  });

  it('reach each language’s bundle at the keys the screens read, next to what the locale file holds there', () => {
    for (const language of LANGUAGES) {
      const bundle = withSharedTexts(language, locale(language)) as unknown as Tree;
      for (const [key, expected] of Object.entries(SHARED_KEYS)) expect(at(bundle, key), `${language} ${key}`).toEqual(expected(language));
      // What the file holds beside them stays: the guidance, the action's other texts.
      expect(at(bundle, 'iap.sections.vision.guidance')).toBe(at(locale(language), 'iap.sections.vision.guidance'));
      expect(at(bundle, 'iap.action.add')).toBe(at(locale(language), 'iap.action.add'));
    }
    expect(at(withSharedTexts('ro', locale('ro')) as unknown as Tree, 'iap.sections.vision.title')).toBe('Viziune');
  });

  it('are the words the exports print', () => {
    for (const language of LANGUAGES) expect(exportLabels(language)).toMatchObject(vocabularyOf(language));
  });

  it('fall back to English for a language without them', () => {
    expect(iapSectionTitle('pilot-actions', 'de')).toBe(iapSectionTitle('pilot-actions', 'en'));
    expect(vocabularyOf('de')).toBe(vocabularyOf('en'));
  });
});
