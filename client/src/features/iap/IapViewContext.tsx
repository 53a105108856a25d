import { createContext, useContext } from 'react';

/**
 * What the plan's tables need from the page around the editor: the city (for the
 * stakeholder register) and the comments panel. Null when an IAP document is opened in a
 * plain editor page: the tables then work without comment links.
 */
export interface IapViewContextValue {
  citySlug: string;
  /** Opens the comments panel on an action's threads (starting one when it has none). */
  showActionComments: (actionId: string) => void;
  /** Open threads per action id. */
  openThreadsByAction: ReadonlyMap<string, number>;
}

export const IapViewContext = createContext<IapViewContextValue | null>(null);

export function useIapView(): IapViewContextValue | null {
  return useContext(IapViewContext);
}
