import { useCallback, useMemo } from 'react';
import { navigate, useSearch } from 'wouter/use-browser-location';
import { pathWithQuery, type QueryInit } from './addresses';

type SetSearchParams = (next: QueryInit | ((current: URLSearchParams) => QueryInit), options?: { replace?: boolean }) => void;

/**
 * The page's query, and a setter that keeps the path. Not wouter's own useSearchParams: it
 * decodes the query with decodeURI before parsing it, so an encoded `%` (`%25`, as in a
 * `?next=` target whose own path is percent-encoded) would be decoded twice.
 */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const search = useSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  // Stable, and reads the address when called: two updates in a row both apply.
  const setParams = useCallback<SetSearchParams>((next, options) => {
    const query = typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next;
    navigate(pathWithQuery(window.location.pathname, query), options);
  }, []);
  return [params, setParams];
}
