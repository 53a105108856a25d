import type { ControlMessage, DocumentFanout, FanoutMessage } from '@iap/server/collab/fanout';

interface Subscriber<T> {
  endpoint: object;
  listener: (message: T) => void;
}

/**
 * A message bus between several app instances in one test process, standing in for Redis:
 * each instance gets its own endpoint, and a message reaches every endpoint but the sender's.
 * Delivery is asynchronous, as over a network. `dropNext` loses messages, as Redis pub/sub may.
 */
export class InProcessFanoutBus {
  private readonly listeners = new Map<string, Set<Subscriber<FanoutMessage>>>();
  private readonly controlListeners = new Set<Subscriber<ControlMessage>>();
  private dropping = 0;

  /** The next `count` document messages published by anyone are lost. */
  dropNext(count: number): void {
    this.dropping += count;
  }

  endpoint(): DocumentFanout {
    const self = {};
    return {
      crossInstance: true,
      publish: (documentName, message) => {
        if (this.dropping > 0) {
          this.dropping--;
          return;
        }
        for (const entry of this.listeners.get(documentName) ?? []) {
          if (entry.endpoint !== self) setImmediate(() => entry.listener(message));
        }
      },
      subscribe: (documentName, listener) => {
        const entry = { endpoint: self, listener };
        const set = this.listeners.get(documentName) ?? new Set();
        set.add(entry);
        this.listeners.set(documentName, set);
        return () => set.delete(entry);
      },
      publishControl: (message) => {
        for (const entry of this.controlListeners) {
          if (entry.endpoint !== self) setImmediate(() => entry.listener(message));
        }
      },
      subscribeControl: (listener) => {
        const entry = { endpoint: self, listener };
        this.controlListeners.add(entry);
        return () => this.controlListeners.delete(entry);
      },
    };
  }
}
