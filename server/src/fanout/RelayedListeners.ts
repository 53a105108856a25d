import { singleInstance, type ControlMessage, type DocumentFanout } from '../collab/fanout.js';

/** The part of the app's fan-out that relayed listeners use. */
export type ListenerRelay = Pick<DocumentFanout, 'publishControl' | 'subscribeControl' | 'onResumed'>;

/** How one kind of change travels between instances as a control message. */
export interface RelayCodec<Change> {
  /** The control message saying that `keys` saw `change`. */
  encode(keys: string[], change: Change): ControlMessage;
  /**
   * The keys and change a message from the bus names, or null when it is of another kind or
   * malformed: nothing on the bus is type-checked, so this checks what it reads.
   */
  decode(message: ControlMessage): { keys: unknown; change: Change } | null;
  /** What every listener hears after the link between instances came back: whatever it may have missed. */
  catchUp: readonly Change[];
}

/**
 * Listeners of this process (open event streams), keyed by whom they listen for (a person, a
 * workshop session), told of changes made on any instance. `notify` tells this process's
 * listeners and publishes a control message; every other instance decodes it and tells its own.
 * Callers notify only after the store committed, and messages carry ids and the kind of change,
 * never content: a listener refetches through the API, which decides what its reader may see.
 * Pub/sub may lose a message while Redis is away, so when the link comes back (ours, or another
 * instance's `resumed`) every listener hears `catchUp` and refetches.
 */
export class RelayedListeners<Change> {
  private readonly byKey = new Map<string, Set<(change: Change) => void>>();
  private readonly stops: (() => void)[];

  constructor(
    private readonly codec: RelayCodec<Change>,
    private readonly relay: ListenerRelay = singleInstance,
  ) {
    this.stops = [
      relay.subscribeControl((message) => {
        if (message.kind === 'resumed') return this.catchUpHere();
        const decoded = codec.decode(message);
        if (decoded && Array.isArray(decoded.keys)) this.notifyHere(decoded.keys, decoded.change);
      }),
      relay.onResumed?.(() => this.catchUpHere()) ?? (() => undefined),
    ];
  }

  /** Starts calling `listener` for `key`'s changes; returns the function that stops it. */
  add(key: string, listener: (change: Change) => void): () => void {
    const listeners = this.byKey.get(key) ?? new Set<(change: Change) => void>();
    listeners.add(listener);
    this.byKey.set(key, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.byKey.get(key) === listeners) this.byKey.delete(key);
    };
  }

  /** Tells every listener of each of `keys`, on every instance. Call it once the change is committed. */
  notify(keys: Iterable<string>, change: Change): void {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return;
    this.notifyHere(unique, change);
    this.relay.publishControl(this.codec.encode(unique, change));
  }

  /** Stops hearing the other instances (the app is closing). */
  close(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** How many listeners are open, for tests and health figures. */
  get size(): number {
    let count = 0;
    for (const listeners of this.byKey.values()) count += listeners.size;
    return count;
  }

  private notifyHere(keys: readonly unknown[], change: Change): void {
    // Only string keys can name a listener (a message from the bus may hold anything).
    for (const key of new Set(keys)) {
      if (typeof key !== 'string') continue;
      for (const listener of this.byKey.get(key) ?? []) listener(change);
    }
  }

  private catchUpHere(): void {
    for (const listeners of this.byKey.values()) {
      for (const listener of listeners) for (const change of this.codec.catchUp) listener(change);
    }
  }
}
