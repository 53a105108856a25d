import { describe, expect, it } from 'vitest';
import { leadsToSameAddress, pathWithQuery } from './addresses';

const HERE = 'http://localhost:5173/cities/mizil/ulg?tab=matrix#register';

describe('a link to the address shown', () => {
  it('leads to the same address when path, query and hash all match', () => {
    expect(leadsToSameAddress('/cities/mizil/ulg?tab=matrix#register', HERE)).toBe(true);
    expect(leadsToSameAddress('/', 'http://localhost:5173/')).toBe(true);
  });

  it('leads elsewhere when only the query or only the hash differs', () => {
    expect(leadsToSameAddress('/cities/mizil/ulg', HERE)).toBe(false);
    expect(leadsToSameAddress('/cities/mizil/ulg?tab=matrix', HERE)).toBe(false);
    expect(leadsToSameAddress('/cities/mizil/ulg?tab=members#register', HERE)).toBe(false);
  });

  it('compares the encoded address the browser would open', () => {
    expect(leadsToSameAddress('/cities/hódmezővásárhely', 'http://localhost/cities/h%C3%B3dmez%C5%91v%C3%A1s%C3%A1rhely')).toBe(true);
  });
});

describe('a path with a new query', () => {
  it('keeps the path and encodes each value once', () => {
    expect(pathWithQuery('/login', { next: '/doc/iap.mizil?thread=a%b' })).toBe('/login?next=%2Fdoc%2Fiap.mizil%3Fthread%3Da%25b');
    expect(pathWithQuery('/network/compare', new URLSearchParams([['a', 'mizil'], ['b', 'enguera']]))).toBe('/network/compare?a=mizil&b=enguera');
  });

  it('drops the question mark when the query is empty', () => {
    expect(pathWithQuery('/cities/mizil/ulg', {})).toBe('/cities/mizil/ulg');
  });
});
