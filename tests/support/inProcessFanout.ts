import type { DocumentFanout, FanoutMessage } from '@iap/server/collab/fanout';

/**
 * A message bus between several app instances in one test process, standing in for Redis:
 * each instance gets its own endpoint, and a message reaches every endpoint but the sender's.
 * Delivery is asynchronous, as over a network.
 */
export class InProcessFanoutBus {
  private readonly listeners = new Map<string, Set<{ endpoint: object; listener: (message: FanoutMessage) => void }>>();

  endpoint(): DocumentFanout {
    const self = {};
    return {
      publish: (documentName, message) => {
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
    };
  }
}
