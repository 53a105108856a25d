import * as Y from 'yjs';

interface Pending {
  sentAt: number;
  /** Receivers that have not seen it yet. */
  remaining: number;
  measured: boolean;
  onComplete: (() => void) | null;
}

/** Client ids are 32-bit; this leaves 21 bits of clock in a safe integer key. */
const CLOCK_LIMIT = 2 ** 21;

/**
 * Times each typed character from the moment its writer makes it to its arrival at every
 * receiver. An arrival is recognised in the raw update (client id and clock range, read by
 * Y.parseUpdateMeta) without applying it, so light observers time arrivals too, and updates
 * a server merged before broadcasting (Hocuspocus does) count for every character inside.
 */
export class ArrivalRecorder {
  private readonly pending = new Map<number, Pending>();
  private readonly latencies: number[] = [];
  private measuredPending = 0;
  private drainWaiters: (() => void)[] = [];
  /** Characters written while this is true are sampled; the others only warm up. */
  measuring = false;
  /** Characters written while measuring. */
  measuredSent = 0;

  /** Registers a character at `client`:`clock`, expected at `receivers` other sockets. */
  markSent(client: number, clock: number, receivers: number, sentAt: number, onComplete: (() => void) | null = null): void {
    if (clock >= CLOCK_LIMIT) throw new Error('clock too large for the arrival key');
    if (receivers === 0) return;
    this.pending.set(client * CLOCK_LIMIT + clock, { sentAt, remaining: receivers, measured: this.measuring, onComplete });
    if (!this.measuring) return;
    this.measuredPending += 1;
    this.measuredSent += 1;
  }

  /**
   * Call for every update a receiver gets. `self` is the receiver's own client id: some
   * servers echo an update back to its writer, which is not an arrival.
   */
  recordArrival(update: Uint8Array, receivedAt: number, self: number | null): void {
    if (this.pending.size === 0) return;
    const meta = Y.parseUpdateMeta(update);
    for (const [client, from] of meta.from) {
      if (client === self) continue;
      const to = meta.to.get(client) ?? from;
      for (let clock = from; clock < to; clock += 1) this.arrive(client * CLOCK_LIMIT + clock, receivedAt);
    }
  }

  private arrive(key: number, receivedAt: number): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    if (entry.measured) this.latencies.push(receivedAt - entry.sentAt);
    entry.remaining -= 1;
    if (entry.remaining > 0) return;
    this.pending.delete(key);
    if (entry.measured) {
      this.measuredPending -= 1;
      if (this.measuredPending === 0) this.wakeDrainWaiters();
    }
    entry.onComplete?.();
  }

  /** Edit-to-arrival times in ms, one per (character, receiver), of the measured characters. */
  samples(): readonly number[] {
    return this.latencies;
  }

  /** Arrivals still missing for measured characters. */
  missing(): number {
    let missing = 0;
    for (const entry of this.pending.values()) if (entry.measured) missing += entry.remaining;
    return missing;
  }

  /** Resolves once every measured character reached every receiver, or after `timeoutMs`. */
  drained(timeoutMs: number): Promise<void> {
    if (this.measuredPending === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.drainWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private wakeDrainWaiters(): void {
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const wake of waiters) wake();
  }
}
