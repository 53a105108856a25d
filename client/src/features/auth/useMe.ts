// The signed-in account lives in currentUser/ (below every feature); auth's pages read it from here.
export { ME_QUERY_KEY, useMe } from '../currentUser/useMe';
