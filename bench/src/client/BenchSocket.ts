import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ArrivalRecorder } from './ArrivalRecorder.js';
import { SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE, type WireProtocol } from './wire.js';

/** The update of an empty document: what a light observer answers to the server's sync step 1. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

export interface BenchSocketOptions {
  url: string;
  document: string;
  protocol: WireProtocol;
  /**
   * A full client syncs this document and applies every update that arrives, as an editor
   * does. Without one the socket is a light observer: it joins with an empty sync and only
   * times the frames it receives.
   */
  doc?: Y.Doc;
  recorder?: ArrivalRecorder;
  /** Sent before the sync, e.g. to seed a document: the sync reply then shows the server has it. */
  initialUpdate?: Uint8Array;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * One client socket speaking y-protocols' sync over a server's framing. Every server
 * answers a sync step 1 with one step 2, in order, after everything the socket sent before
 * it: `synced` and `roundTrip` rely on that.
 */
export class BenchSocket {
  readonly startedAt = performance.now();
  /** When the first sync step 2 arrived (and was applied, for a full client). */
  syncedAt = Number.NaN;
  /** Size of the first sync step 2: what the server sent to bring this client up to date. */
  syncBytes = 0;
  readonly synced: Promise<void>;
  private readonly ws: WebSocket;
  private readonly doc: Y.Doc | null;
  private readonly stepTwoWaiters: Waiter[] = [];
  private keepAlive: NodeJS.Timeout | null = null;
  private closedByUs = false;

  constructor(private readonly options: BenchSocketOptions) {
    this.doc = options.doc ?? null;
    this.synced = this.nextStepTwo().then(() => {
      this.syncedAt = performance.now();
    });
    // Marked handled here; whoever awaits `synced` still sees the rejection.
    this.synced.catch(() => undefined);
    this.ws = new WebSocket(options.url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    this.ws.binaryType = 'nodebuffer';
    this.ws.on('open', () => this.handleOpen());
    this.ws.on('message', (data: Buffer) => this.handleFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    this.ws.on('close', (code: number, reason: Buffer) => this.handleClose(`closed ${code} ${reason.toString()}`));
    this.ws.on('error', (error: Error) => this.handleClose(error.message));
    this.doc?.on('update', this.handleLocalUpdate);
  }

  sendUpdate(update: Uint8Array): void {
    this.send(this.options.protocol.encodeSync(this.options.document, SYNC_UPDATE, update));
  }

  /** Resolves once the server has processed everything sent on this socket so far. */
  roundTrip(): Promise<void> {
    const reply = this.nextStepTwo();
    this.send(this.options.protocol.encodeSync(this.options.document, SYNC_STEP_1, this.stateVector()));
    return reply;
  }

  close(): void {
    this.closedByUs = true;
    this.stopKeepAlive();
    this.doc?.off('update', this.handleLocalUpdate);
    this.ws.terminate();
  }

  private send(frame: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(frame);
  }

  private stateVector(): Uint8Array {
    return this.doc ? Y.encodeStateVector(this.doc) : EMPTY_STATE_VECTOR;
  }

  private nextStepTwo(): Promise<void> {
    return new Promise((resolve, reject) => this.stepTwoWaiters.push({ resolve, reject }));
  }

  private handleOpen(): void {
    const { protocol, document, initialUpdate } = this.options;
    for (const frame of protocol.hello(document)) this.send(frame);
    if (initialUpdate) this.sendUpdate(initialUpdate);
    this.send(protocol.encodeSync(document, SYNC_STEP_1, this.stateVector()));
    const keepAlive = protocol.keepAlive(document);
    if (keepAlive) this.keepAlive = setInterval(() => this.send(keepAlive.frame), keepAlive.intervalMs);
  }

  private handleFrame(frame: Uint8Array): void {
    const receivedAt = performance.now();
    const message = this.options.protocol.decodeSync(frame);
    if (!message) return;
    const { protocol, document, recorder } = this.options;
    if (message.subType === SYNC_STEP_1) {
      const reply = this.doc ? Y.encodeStateAsUpdate(this.doc, message.payload) : EMPTY_UPDATE;
      this.send(protocol.encodeSync(document, SYNC_STEP_2, reply));
      return;
    }
    recorder?.recordArrival(message.payload, receivedAt, this.doc?.clientID ?? null);
    if (this.doc) Y.applyUpdate(this.doc, message.payload, this);
    if (message.subType === SYNC_STEP_2) {
      if (this.syncBytes === 0) this.syncBytes = message.payload.byteLength;
      this.stepTwoWaiters.shift()?.resolve();
    }
  }

  private readonly handleLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== this) this.sendUpdate(update);
  };

  private handleClose(reason: string): void {
    this.stopKeepAlive();
    if (this.closedByUs) return;
    const error = new Error(`socket to ${this.options.document} ${reason}`);
    for (const waiter of this.stepTwoWaiters.splice(0)) waiter.reject(error);
  }

  private stopKeepAlive(): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = null;
  }
}
