import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IAP_SECTION_IDS, iapSectionTitle, LANGUAGES, withSectionTitles } from '@iap/shared';

type SectionTexts = { iap: { sections: Record<string, { title?: string; guidance?: string }> } };
const locale = (language: string): SectionTexts =>
  JSON.parse(fs.readFileSync(new URL(`../../client/src/i18n/locales/${language}.json`, import.meta.url), 'utf8')) as SectionTexts;

describe('section titles, one copy for the app and the downloads', () => {
  it('are not in the client’s locale files: the client merges them in from shared/', () => {
    for (const language of LANGUAGES) {
      for (const id of IAP_SECTION_IDS) expect(locale(language).iap.sections[id]!.title, `${language} ${id}`).toBeUndefined();
    }
  });

  it('reach each language’s bundle next to the guidance the locale file holds', () => {
    for (const language of LANGUAGES) {
      const bundle = withSectionTitles(language, locale(language));
      for (const id of IAP_SECTION_IDS) {
        expect(bundle.iap.sections[id]).toEqual({ title: iapSectionTitle(id, language), guidance: locale(language).iap.sections[id]!.guidance });
      }
    }
    expect(withSectionTitles('ro', locale('ro')).iap.sections.vision!.title).toBe('Viziune');
  });

  it('fall back to English for a language without titles', () => {
    expect(iapSectionTitle('pilot-actions', 'de')).toBe(iapSectionTitle('pilot-actions', 'en'));
  });
});
