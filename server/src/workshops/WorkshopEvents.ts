import { WORKSHOP_CHANGE_TOPICS, workshopChangeSchema, type WorkshopChange } from '@iap/shared';
import { RelayedListeners, type ListenerRelay, type RelayCodec } from '../fanout/RelayedListeners.js';

/** `workshopChanged` carries the session's id and what changed, nothing else. */
const workshopChanged: RelayCodec<WorkshopChange> = {
  encode: (workshopIds, change) => ({ kind: 'workshopChanged', workshopIds, what: change.what }),
  decode: (message) => {
    if (message.kind !== 'workshopChanged') return null;
    const change = workshopChangeSchema.safeParse({ what: message.what });
    return change.success ? { keys: message.workshopIds, change: change.data } : null;
  },
  // Every topic: a stream that may have missed anything refetches everything.
  catchUp: WORKSHOP_CHANGE_TOPICS.map((what) => ({ what })),
};

/**
 * Who listens to which session's event stream, in this process, and the relay that tells the
 * other instances' streams (a `workshopChanged` control message, published after the store
 * committed the change, as every caller of `notify` does). An event names only what changed;
 * listeners refetch through the API, which reads the store and decides what each caller may
 * see (a participant never learns open poll results from an event).
 */
export class WorkshopEvents {
  private readonly listeners: RelayedListeners<WorkshopChange>;

  constructor(relay?: ListenerRelay) {
    this.listeners = new RelayedListeners(workshopChanged, relay);
  }

  /** Returns the function that stops listening. */
  add(workshopId: string, listener: (change: WorkshopChange) => void): () => void {
    return this.listeners.add(workshopId, listener);
  }

  notify(workshopId: string, what: WorkshopChange['what']): void {
    this.listeners.notify([workshopId], { what });
  }

  /** Stops hearing the other instances (the app is closing). */
  close(): void {
    this.listeners.close();
  }
}
