import { describe, expect, it } from 'vitest';
import { loginPathFor, returnTargetFrom } from './returnTarget';

const targetOf = (next: string): string => returnTargetFrom(new URLSearchParams({ next }));

describe('the page /login returns to', () => {
  it.each([
    ['/cities/obidos'],
    ['/doc/iap.obidos?section=vision#actions'],
    ['/invite/abc123'],
    ['/cities/h%C3%B3dmez%C5%91v%C3%A1s%C3%A1rhely'],
  ])('follows the plain same-site path %s', (next) => {
    expect(targetOf(next)).toBe(next);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a backslash further on', '/cities\\..\\..\\evil'],
    ['a script URL', 'javascript:alert(1)'],
    ['a tab, which the browser strips (making //evil.example)', '/\t/evil.example'],
    ['a tab inside the path', '/cities/\tobidos'],
    ['a line feed', '/cities/obidos\n'],
    ['a carriage return', '/cities/\robidos'],
    ['a NUL character', '/cities/\u0000'],
    ['a leading space', ' /cities/obidos'],
    ['a non-breaking space', '/cities/\u00a0obidos'],
    ['a line separator', '/cities/\u2028obidos'],
    ['a relative path', 'cities/obidos'],
    ['nothing', ''],
  ])('goes home for %s', (_label, next) => {
    expect(targetOf(next)).toBe('/');
  });

  it('goes home without a next parameter', () => {
    expect(returnTargetFrom(new URLSearchParams())).toBe('/');
  });

  it('round-trips the page a visitor asked for through /login', () => {
    const login = loginPathFor({ pathname: '/doc/iap.mizil', search: '?view=timeline', hash: '#a1' });
    expect(returnTargetFrom(new URL(login, 'http://localhost').searchParams)).toBe('/doc/iap.mizil?view=timeline#a1');
    expect(loginPathFor({ pathname: '/', search: '', hash: '' })).toBe('/login');
  });
});
