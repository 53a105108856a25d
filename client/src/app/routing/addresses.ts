/** Pure address arithmetic for Link and useSearchParams, kept apart so it is tested without a browser. */

export type QueryInit = URLSearchParams | Record<string, string> | string;

/**
 * Whether following `to` from `here` (an absolute URL) stays on the very address shown, query
 * and hash included: such a link replaces the history entry rather than adding a step that
 * Back would only repeat.
 */
export function leadsToSameAddress(to: string, here: string): boolean {
  return new URL(to, here).href === new URL(here).href;
}

/** `pathname` with the query `init` makes, and no `?` when that query is empty. */
export function pathWithQuery(pathname: string, init: QueryInit): string {
  const query = new URLSearchParams(init).toString();
  return query ? `${pathname}?${query}` : pathname;
}
