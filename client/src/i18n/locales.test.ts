import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { LANGUAGES } from '@iap/shared';

type Tree = { [key: string]: string | Tree };

const LOCALES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/**
 * Languages whose own count of nothing differs from the CLDR rules i18next applies: CLDR `pt`
 * is Brazilian and calls 0 singular ("0 ação"); in Portugal it is plural ("0 ações"). i18next
 * asks for `key_zero` first when the count is 0, so these languages need that form too.
 */
const ZERO_FORM_LANGUAGES = new Set(['pt']);

function readLocale(language: string): Tree {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, `${language}.json`), 'utf8')) as Tree;
}

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [leaf, text] of leaves(value, `${prefix}${key}.`)) out.set(leaf, text);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!).sort();
}

/**
 * The keys a language must have, given English: every plain key as is, and for each counted
 * key every CLDR plural form of that language (Romanian `few`, Portuguese `many`...), plus
 * `_zero` where English words nothing-at-all apart (i18next uses it in every language).
 */
function expectedKeys(english: Map<string, string>, language: string): Set<string> {
  const forms: string[] = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories];
  if (ZERO_FORM_LANGUAGES.has(language)) forms.push('zero');
  const expected = new Set<string>();
  for (const key of english.keys()) {
    const suffix = PLURAL_SUFFIX.exec(key)?.[1];
    if (!suffix) expected.add(key);
    else if (suffix === 'zero') expected.add(key);
    else for (const form of forms) expected.add(key.replace(PLURAL_SUFFIX, `_${form}`));
  }
  return expected;
}

const english = leaves(readLocale('en'));
const translated = LANGUAGES.filter((language) => language !== 'en');

describe('every language file has every key of English, in the plural forms it needs', () => {
  it.each(translated)('%s has no missing and no leftover key', (language) => {
    const keys = new Set(leaves(readLocale(language)).keys());
    const expected = expectedKeys(english, language);
    expect([...expected].filter((key) => !keys.has(key)), `keys missing in ${language}.json`).toEqual([]);
    expect([...keys].filter((key) => !expected.has(key)), `keys in ${language}.json that English does not have`).toEqual([]);
  });

  it.each(translated)('%s keeps the {{placeholders}} of English and leaves no text empty', (language) => {
    const texts = leaves(readLocale(language));
    const wrong: string[] = [];
    for (const [key, text] of texts) {
      // A form English lacks (Romanian `few`, Portuguese `many`) is held to English `other`.
      const englishKey = english.has(key) ? key : key.replace(PLURAL_SUFFIX, '_other');
      if (!english.has(englishKey)) continue;
      const expected = placeholders(english.get(englishKey)!);
      // A plural form may drop {{count}} ("a minute"), never add or rename a placeholder.
      const actual = placeholders(text);
      const comparable = PLURAL_SUFFIX.test(key) ? expected.filter((name) => name !== 'count' || actual.includes('count')) : expected;
      if (text.trim() === '' || actual.join() !== comparable.join()) wrong.push(`${key}: ${JSON.stringify(text)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('plural forms resolve as a native speaker counts', () => {
  async function instance(language: string) {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: language, fallbackLng: 'en', resources: { [language]: { translation: readLocale(language) }, en: { translation: readLocale('en') } }, interpolation: { escapeValue: false } });
    return i18n;
  }

  it('Romanian: 1 acțiune, 2 acțiuni, 20 de acțiuni, 101 acțiuni', async () => {
    const ro = await instance('ro');
    expect(ro.t('iap.action.tableCaption', { count: 1 })).toBe('1 acțiune');
    expect(ro.t('iap.action.tableCaption', { count: 2 })).toBe('2 acțiuni');
    expect(ro.t('iap.action.tableCaption', { count: 20 })).toBe('20 de acțiuni');
    expect(ro.t('iap.action.tableCaption', { count: 101 })).toBe('101 acțiuni');
    expect(ro.t('members.tableCaption', { count: 20 })).toBe('20 de membri');
    expect(ro.t('members.tableCaption', { count: 19 })).toBe('19 membri');
  });

  it('Portuguese as written in Portugal: 0 ações, 1 ação, 2 ações', async () => {
    const pt = await instance('pt');
    expect(pt.t('iap.action.tableCaption', { count: 0 })).toBe('0 ações');
    expect(pt.t('iap.action.tableCaption', { count: 1 })).toBe('1 ação');
    expect(pt.t('iap.action.tableCaption', { count: 2 })).toBe('2 ações');
  });

  it('Finnish: 1 toimenpide, 2 toimenpidettä (partitive after a number above one)', async () => {
    const fi = await instance('fi');
    expect(fi.t('iap.action.tableCaption', { count: 1 })).toBe('1 toimenpide');
    expect(fi.t('iap.action.tableCaption', { count: 2 })).toBe('2 toimenpidettä');
    expect(fi.t('members.tableCaption', { count: 1 })).toBe('1 jäsen');
    expect(fi.t('members.tableCaption', { count: 2 })).toBe('2 jäsentä');
  });

  it('a language nobody wrote falls back to English, never to a raw key', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'de', fallbackLng: 'en', resources: { en: { translation: readLocale('en') } } });
    expect(i18n.t('auth.signOut')).toBe('Sign out');
  });
});
