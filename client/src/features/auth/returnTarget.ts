/** The query parameter of /login that names the page to return to after signing in. */
const NEXT_PARAM = 'next';

/** `/login?next=<this page>`, so signing in leads back to where the person was going. */
export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  return target === '/' ? '/login' : `/login?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}

/**
 * The return target from /login's query, or '/'. Only same-site paths are followed: a link
 * like `/login?next=https://evil.example` must not send a freshly signed-in person elsewhere.
 */
export function returnTargetFrom(search: URLSearchParams): string {
  const next = search.get(NEXT_PARAM);
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
