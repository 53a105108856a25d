import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from './locales/en.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

async function english() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  return i18n;
}

describe('counts in the English strings', () => {
  it('every string that shows a count has its singular and plural forms', () => {
    const counted = leaves(en as Tree).filter(([, text]) => text.includes('{{count}}'));
    expect(counted.length).toBeGreaterThan(10);
    const keys = new Set(leaves(en as Tree).map(([key]) => key));
    for (const [key] of counted) {
      expect(key, `${key} shows a count without plural forms`).toMatch(/_(zero|one|other)$/);
      const base = key.replace(/_(zero|one|other)$/, '');
      expect(keys.has(`${base}_one`) && keys.has(`${base}_other`), `${base} needs _one and _other`).toBe(true);
    }
  });

  it('no string shows a number of things without a count to choose its form', () => {
    // "{{indicators}} indicators" reads "1 indicators": a number must be `count`.
    const numbered = leaves(en as Tree).filter(([, text]) => /\{\{\w+\}\} (indicators|actions|people|comments|members|problems)\b/.test(text));
    expect(numbered.filter(([key]) => !/_(zero|one|other)$/.test(key))).toEqual([]);
  });

  it('says 1 indicator and 2 indicators, served by 1 action and by 2 actions', async () => {
    const i18n = await english();
    expect(i18n.t('iap.objective.indicatorCount', { count: 1 })).toBe('1 indicator');
    expect(i18n.t('iap.objective.indicatorCount', { count: 2 })).toBe('2 indicators');
    expect(i18n.t('iap.objective.servedBy', { count: 1 })).toBe('served by 1 action');
    expect(i18n.t('iap.objective.servedBy', { count: 2 })).toBe('served by 2 actions');
    expect(i18n.t('iap.action.tableCaption', { count: 1 })).toBe('1 action');
    expect(i18n.t('presence.count', { count: 1 })).toBe('1 person here');
    expect(i18n.t('presence.count', { count: 2 })).toBe('2 people here');
    expect(i18n.t('iap.flags.count', { count: 1 })).toBe('1 problem');
  });
});
