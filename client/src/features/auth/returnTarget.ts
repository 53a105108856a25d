/** The query parameter of /login that names the page to return to after signing in. */
const NEXT_PARAM = 'next';

/** `/login?next=<this page>`, so signing in leads back to where the person was going. */
export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  return target === '/' ? '/login' : `/login?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}

/**
 * Characters a plain path never holds raw. Browsers strip tabs and line breaks and read `\\` as
 * `/` while parsing a URL, so `/\t/evil.example` would become `//evil.example`, another site;
 * and React Router shows its error page for some of them.
 */
const NOT_IN_A_PLAIN_PATH = /[\s\\\p{Cc}\p{Cf}]/u;

/** Any origin does: only whether the path stays on it matters. */
const SOME_ORIGIN = 'http://return-target.invalid';

/**
 * The return target from /login's query, or '/'. Only plain same-site paths are followed: a link
 * like `/login?next=https://evil.example` must not send a freshly signed-in person elsewhere,
 * nor a malformed one break the sign-in page.
 */
export function returnTargetFrom(search: URLSearchParams): string {
  const next = search.get(NEXT_PARAM);
  if (!next || !next.startsWith('/') || next.startsWith('//') || NOT_IN_A_PLAIN_PATH.test(next)) return '/';
  return new URL(next, SOME_ORIGIN).origin === SOME_ORIGIN ? next : '/';
}
