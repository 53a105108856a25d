import type { WorkshopChange } from '@iap/shared';

type Listener = (change: WorkshopChange) => void;

/**
 * Who listens to which session's event stream, in this process. An event names only what
 * changed; listeners refetch through the API, which decides what each caller may see (a
 * participant never learns open poll results from an event). One process only: several
 * instances would relay these through the collab fan-out, which is not done yet.
 */
export class WorkshopEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Returns the function that stops listening. */
  add(workshopId: string, listener: Listener): () => void {
    let set = this.listeners.get(workshopId);
    if (!set) {
      set = new Set();
      this.listeners.set(workshopId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(workshopId);
    };
  }

  notify(workshopId: string, what: WorkshopChange['what']): void {
    for (const listener of this.listeners.get(workshopId) ?? []) listener({ what });
  }
}
