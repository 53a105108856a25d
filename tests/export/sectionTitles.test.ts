import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IAP_SECTION_IDS, IAP_SECTION_TITLES, iapSectionTitle } from '@iap/shared';

const english = JSON.parse(fs.readFileSync(new URL('../../client/src/i18n/locales/en.json', import.meta.url), 'utf8')) as {
  iap: { sections: Record<string, { title: string }> };
};

describe('section titles the server renders', () => {
  it('read as the client shows them in English', () => {
    for (const id of IAP_SECTION_IDS) expect(IAP_SECTION_TITLES.en[id]).toBe(english.iap.sections[id]!.title);
  });

  it('fall back to English for a language without titles yet', () => {
    expect(iapSectionTitle('pilot-actions', 'hu')).toBe(english.iap.sections['pilot-actions']!.title);
  });
});
