import { describe, expect, it } from 'vitest';
import { findUrls, isAllowedUri, typedUrl, urlHref } from './recognizeUrl';

describe('recognising web addresses in text', () => {
  it('takes addresses with a scheme or www as they are, adding https to www', () => {
    expect(urlHref('https://example.org/plan?x=1#a')).toBe('https://example.org/plan?x=1#a');
    expect(urlHref('http://localhost:3000')).toBe('http://localhost:3000');
    expect(urlHref('www.mizil.ro/urbact')).toBe('https://www.mizil.ro/urbact');
    expect(urlHref('mailto:ulg@mizil.ro')).toBe('mailto:ulg@mizil.ro');
  });

  it('links a bare domain or an e-mail address only on a common top-level domain', () => {
    expect(urlHref('urbact.eu')).toBe('https://urbact.eu');
    expect(urlHref('example.org/path')).toBe('https://example.org/path');
    expect(urlHref('ulg@mizil.ro')).toBe('mailto:ulg@mizil.ro');
    for (const word of ['plan.pdf', 'node.js', 'e.g.', 'v2.0', '192.168.0.1', 'word', 'report.docx']) expect(urlHref(word)).toBeNull();
  });

  it('finds every address in pasted text without the punctuation of the sentence', () => {
    const text = 'See (urbact.eu), then https://example.org/a. Or write to ulg@mizil.ro!';
    expect(findUrls(text)).toEqual([
      { index: text.indexOf('urbact'), text: 'urbact.eu', href: 'https://urbact.eu' },
      { index: text.indexOf('https'), text: 'https://example.org/a', href: 'https://example.org/a' },
      { index: text.indexOf('ulg@'), text: 'ulg@mizil.ro', href: 'mailto:ulg@mizil.ro' },
    ]);
  });

  it('autolinks a typed word that is an address alone or in brackets, not one followed by a full stop', () => {
    expect(typedUrl('urbact.eu')).toEqual({ index: 0, text: 'urbact.eu', href: 'https://urbact.eu' });
    expect(typedUrl('(urbact.eu)')).toEqual({ index: 1, text: 'urbact.eu', href: 'https://urbact.eu' });
    expect(typedUrl('urbact.eu.')).toBeNull();
    expect(typedUrl('(urbact.eu]')).toBeNull();
  });

  it('refuses links that would run script', () => {
    expect(isAllowedUri('https://example.org')).toBe(true);
    expect(isAllowedUri('/doc/iap.mizil')).toBe(true);
    expect(isAllowedUri('javascript:alert(1)')).toBe(false);
    expect(isAllowedUri('java\nscript:alert(1)')).toBe(false);
    expect(isAllowedUri('data:text/html,x')).toBe(false);
  });
});
