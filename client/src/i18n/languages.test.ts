import { describe, expect, it } from 'vitest';
import { chooseLanguage, interfaceLocale, supportedLanguage } from './languages';

describe('which language the interface speaks', () => {
  it('the account\'s choice wins over everything else', () => {
    expect(chooseLanguage({ account: 'ro', picked: 'fi', browser: ['pt-PT'], city: 'hu' })).toBe('ro');
  });

  it('without an account choice: what was picked here, then the browser, then the city, then English', () => {
    expect(chooseLanguage({ picked: 'fi', browser: ['pt-PT'], city: 'hu' })).toBe('fi');
    expect(chooseLanguage({ browser: ['de-DE', 'es-419', 'en'], city: 'hu' })).toBe('es');
    expect(chooseLanguage({ browser: ['de-DE', 'fr'], city: 'hu' })).toBe('hu');
    expect(chooseLanguage({ browser: ['de-DE'] })).toBe('en');
  });

  it('an unknown or malformed language is ignored, never passed on', () => {
    expect(chooseLanguage({ account: 'xx', picked: '', browser: ['', 'zz-ZZ'], city: 'klingon' })).toBe('en');
    expect(supportedLanguage('PT-br')).toBe('pt');
    expect(supportedLanguage('fil')).toBeNull();
  });

  it('formats Portuguese amounts as in Portugal, not Brazil', () => {
    expect(new Intl.NumberFormat(interfaceLocale('pt'), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(123456)).toBe('123\u00a0456\u00a0€');
    expect(interfaceLocale('ro')).toBe('ro');
  });
});
