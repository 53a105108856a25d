import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IAP_SECTION_IDS, IAP_SECTION_TITLES, iapSectionTitle, LANGUAGES } from '@iap/shared';

type SectionTexts = { iap: { sections: Record<string, { title: string }> } };
const locale = (language: string): SectionTexts =>
  JSON.parse(fs.readFileSync(new URL(`../../client/src/i18n/locales/${language}.json`, import.meta.url), 'utf8')) as SectionTexts;
const english = locale('en');

describe('section titles the server renders', () => {
  it('read as the client shows them in English', () => {
    for (const id of IAP_SECTION_IDS) expect(IAP_SECTION_TITLES.en[id]).toBe(english.iap.sections[id]!.title);
  });

  it('read as the client shows them in each language of the network', () => {
    for (const language of LANGUAGES) {
      for (const id of IAP_SECTION_IDS) expect(iapSectionTitle(id, language), `${language} ${id}`).toBe(locale(language).iap.sections[id]!.title);
    }
  });

  it('fall back to English for a language without titles', () => {
    expect(iapSectionTitle('pilot-actions', 'de')).toBe(english.iap.sections['pilot-actions']!.title);
  });
});
