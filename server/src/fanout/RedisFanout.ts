import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ControlMessage, DocumentFanout, FanoutMessage } from '../collab/fanout.js';

/** Channel names; the prefix keeps several deployments on one Redis apart. */
const documentChannel = (prefix: string, name: string): string => `${prefix}:doc:${name}`;
const controlChannel = (prefix: string): string => `${prefix}:control`;

/** What goes over the wire: JSON with the binary payload in base64, and who sent it. */
interface Envelope {
  from: string;
  kind: FanoutMessage['kind'] | 'control';
  update?: string;
  seq?: number;
  previousSeq?: number;
  control?: ControlMessage;
}

export interface RedisFanoutOptions {
  url: string;
  /** Prefix of every channel (default `iap`). */
  prefix?: string;
  log: { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };
}

/**
 * Cross-instance fan-out over Redis pub/sub: the fast path, not the truth. Pub/sub is
 * at-most-once (a message published while an instance is disconnected is gone), so documents
 * detect gaps from the sequence numbers and resync from the store (docs/PROTOCOL.md). A publish
 * that fails while Redis is unreachable is dropped, not queued: the store has the update.
 */
export class RedisFanout implements DocumentFanout {
  readonly crossInstance = true;
  private readonly instanceId = randomUUID();
  private readonly prefix: string;
  private readonly listeners = new Map<string, Set<(message: FanoutMessage) => void>>();
  private readonly controlListeners = new Set<(message: ControlMessage) => void>();
  private readonly resumedListeners = new Set<() => void>();
  /** Both connections were ready once (the start is no resumption). */
  private everReady = false;
  /** A connection was lost after that; cleared when both are ready again. */
  private linkLost = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    options: RedisFanoutOptions,
  ) {
    this.prefix = options.prefix ?? 'iap';
    subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) => this.deliver(channel.toString(), payload));
    for (const connection of [publisher, subscriber]) {
      connection.on('error', (error: Error) => options.log.warn({ err: error.message }, 'redis unreachable; editing goes on, instances resync when it returns'));
    }
    subscriber.on('ready', () => options.log.info({}, 'redis connected'));
    for (const connection of [publisher, subscriber]) {
      connection.on('close', () => {
        if (this.everReady) this.linkLost = true;
      });
      connection.on('ready', () => this.noteReady());
    }
  }

  /** Both connections ready: the first time, nothing to catch up; after a loss, tell who listens. */
  private noteReady(): void {
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') return;
    this.everReady = true;
    if (!this.linkLost) return;
    this.linkLost = false;
    for (const listener of this.resumedListeners) listener();
  }

  /**
   * Connects, or throws a clear error when Redis does not answer: an instance that cannot reach
   * the others at start must not serve as if it were alone.
   */
  static async connect(options: RedisFanoutOptions): Promise<RedisFanout> {
    const probe = new Redis(options.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: 5_000 });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
    } catch (error) {
      throw new Error(`REDIS_URL ${redactUrl(options.url)} does not answer: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      probe.disconnect();
    }
    // Later outages: reconnect forever with a capped backoff; publishes fail fast meanwhile.
    const retryStrategy = (attempt: number): number => Math.min(attempt * 200, 2_000);
    const publisher = new Redis(options.url, { retryStrategy, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const subscriber = new Redis(options.url, { retryStrategy, autoResubscribe: true });
    const fanout = new RedisFanout(publisher, subscriber, options);
    await fanout.subscriber.subscribe(controlChannel(fanout.prefix));
    return fanout;
  }

  publish(documentName: string, message: FanoutMessage): void {
    const envelope: Envelope =
      message.kind === 'update'
        ? { from: this.instanceId, kind: 'update', update: Buffer.from(message.update).toString('base64'), seq: message.seq, previousSeq: message.previousSeq }
        : { from: this.instanceId, kind: 'awareness', update: Buffer.from(message.update).toString('base64') };
    this.send(documentChannel(this.prefix, documentName), envelope);
  }

  subscribe(documentName: string, listener: (message: FanoutMessage) => void): () => void {
    const channel = documentChannel(this.prefix, documentName);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      this.subscriber.subscribe(channel).catch(() => undefined);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(channel) === set) {
        this.listeners.delete(channel);
        this.subscriber.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  publishControl(message: ControlMessage): void {
    this.send(controlChannel(this.prefix), { from: this.instanceId, kind: 'control', control: message });
  }

  subscribeControl(listener: (message: ControlMessage) => void): () => void {
    this.controlListeners.add(listener);
    return () => this.controlListeners.delete(listener);
  }

  onResumed(listener: () => void): () => void {
    this.resumedListeners.add(listener);
    return () => this.resumedListeners.delete(listener);
  }

  reachable(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  async close(): Promise<void> {
    this.resumedListeners.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
    return Promise.resolve();
  }

  private send(channel: string, envelope: Envelope): void {
    // Dropped when Redis is down: receivers catch up from the store (sequence numbers, resync).
    this.publisher.publish(channel, JSON.stringify(envelope)).catch(() => undefined);
  }

  private deliver(channel: string, payload: Buffer): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload.toString()) as Envelope;
    } catch {
      return;
    }
    if (envelope.from === this.instanceId) return;
    if (envelope.kind === 'control') {
      if (envelope.control) for (const listener of this.controlListeners) listener(envelope.control);
      return;
    }
    const update = Buffer.from(envelope.update ?? '', 'base64');
    const message: FanoutMessage =
      envelope.kind === 'update'
        ? { kind: 'update', update: new Uint8Array(update), seq: envelope.seq ?? 0, previousSeq: envelope.previousSeq ?? 0 }
        : { kind: 'awareness', update: new Uint8Array(update) };
    for (const listener of this.listeners.get(channel) ?? []) listener(message);
  }
}

/** A URL without its password, for error messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
