import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { accountColor, CloseCode } from '@iap/shared';
import type { CollabDocument } from './CollabDocument.js';
import type { CollabGrant } from './access.js';
import {
  decodeMessage,
  encodeAwareness,
  encodeAwarenessEntries,
  encodePermissionDenied,
  encodeStateVectorMap,
  encodeSyncStep1,
  encodeSyncStep2,
  HEARTBEAT_FRAME,
  MalformedMessageError,
  type AwarenessEntry,
} from './messages.js';
import { checkUpdate } from './updateGuard.js';
import type { SilencePolicy } from './keepAlive.js';

/** A socket whose peer does not drain its buffer past this is cut off rather than buffered without end. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/**
 * Presence a socket may publish: a browser tab needs one client id, a few more cover a page
 * with several editors. Bounded so one socket cannot flood everyone's presence list.
 */
export const MAX_AWARENESS_CLIENTS_PER_SOCKET = 4;
/** Largest awareness state of one client id, as JSON (cursor, section, name: well under 1 KB). */
export const MAX_AWARENESS_STATE_CHARS = 16 * 1024;

/** Raised for a client update the document's model refuses; `retry` when it may succeed later. */
export class RefusedUpdateError extends MalformedMessageError {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

/**
 * One client socket on one document. It decodes each frame completely before acting on it,
 * enforces the grant on every message, and closes the socket (never the process) on bad input.
 */
export class Connection {
  /** Awareness client ids this socket introduced; it may publish for these only. Removed when it closes. */
  private readonly awarenessClients = new Set<number>();
  private toldReadOnly = false;
  private closed = false;
  alive = true;
  /**
   * Set by the first heartbeat of a client that asked for them (ack=1): from then on its silence
   * is judged within seconds (checkSilence), not by the keep-alive's 30 s. Stock clients send
   * nothing while idle, so for them silence proves nothing.
   */
  private heartbeating = false;
  /** When this socket last sent anything: a frame or a pong. */
  private lastHeardAt = Date.now();
  /** When a silent heartbeating socket was pinged to ask whether it lives; null while it talks. */
  private probedAt: number | null = null;

  constructor(
    private readonly socket: WebSocket,
    readonly document: CollabDocument,
    private grant: CollabGrant,
    readonly wantsSavedAck: boolean,
    private readonly onClose: (connection: Connection) => void,
  ) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer, isBinary: boolean) => this.receive(data, isBinary));
    socket.on('close', () => this.handleClose());
    socket.on('error', () => this.handleClose());
    socket.on('pong', () => {
      this.alive = true;
      this.heard();
    });
  }

  get userId(): string | null {
    return this.grant.userId;
  }

  get sessionKey(): string | undefined {
    return this.grant.sessionKey;
  }

  get canWrite(): boolean {
    return this.grant.canWrite;
  }

  /** Changes what this connection may do (a role changed while it was open). */
  updateGrant(grant: CollabGrant): void {
    this.grant = grant;
    this.toldReadOnly = false;
  }

  /** Opens the sync: our state vector, then the current presence. */
  start(): void {
    this.document.addConnection(this);
    this.document.afterCommitted(() => this.send(encodeSyncStep1(Y.encodeStateVector(this.document.doc))));
    const states = this.document.awareness.getStates();
    if (states.size > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.document.awareness, [...states.keys()]);
      this.send(encodeAwareness(update));
    }
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.serverShuttingDown, 'client too slow');
      return;
    }
    this.socket.send(frame, { binary: true }, (error) => {
      if (error) this.handleClose();
    });
  }

  close(code: number, reason: string): void {
    if (!this.closed) this.socket.close(code, reason);
    this.handleClose();
  }

  /** Called by the keep-alive sweep; a socket that did not answer the last ping is dead. */
  ping(): void {
    if (this.closed) return;
    if (!this.alive) {
      this.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  /**
   * Called by the silence watch. A socket that sends heartbeats and has gone quiet is pinged: a
   * browser answers pings in its network stack, even for a hidden tab whose timers (and so its
   * heartbeats) are throttled to one a minute. No answer in time means the network is gone (a
   * laptop lid, Wi-Fi): the socket is dropped as a close would, which removes its presence for
   * everyone within seconds instead of at the next keep-alive round.
   */
  checkSilence(now: number, policy: SilencePolicy): void {
    if (this.closed || !this.heartbeating) return;
    if (this.probedAt === null) {
      if (now - this.lastHeardAt < policy.silenceMs) return;
      this.probedAt = now;
      this.socket.ping();
    } else if (now - this.probedAt >= policy.pongTimeoutMs) {
      this.terminate();
    }
  }

  /** True when this socket introduced the awareness client id. */
  ownsAwarenessClient(clientId: number): boolean {
    return this.awarenessClients.has(clientId);
  }

  /** Another socket of the same account took this presence over. */
  releaseAwarenessClient(clientId: number): void {
    this.awarenessClients.delete(clientId);
  }

  /** Handles one frame from the socket (also frames held while the socket was authorised). */
  receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    this.heard();
    if (!isBinary) {
      this.close(CloseCode.badMessage, 'expected a binary frame');
      return;
    }
    try {
      this.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      // Nothing a client sends may escape its connection: every error closes this socket only.
      if (error instanceof RefusedUpdateError && error.retry) this.close(CloseCode.serverShuttingDown, error.message);
      else if (error instanceof MalformedMessageError) this.close(CloseCode.badMessage, error.message);
      else this.close(CloseCode.badMessage, 'message could not be applied');
    }
  }

  private handleMessage(frame: Uint8Array): void {
    const message = decodeMessage(frame);
    const document = this.document;
    switch (message.type) {
      case 'syncStep1': {
        const stateVector = encodeStateVectorMap(message.stateVector);
        document.afterCommitted(() => this.send(encodeSyncStep2(Y.encodeStateAsUpdate(document.doc, stateVector))));
        return;
      }
      case 'syncStep2':
      case 'update':
        this.receiveUpdate(message.update);
        return;
      case 'awareness': {
        const admitted = this.admitAwareness(message.entries);
        if (admitted.length > 0) awarenessProtocol.applyAwarenessUpdate(document.awareness, encodeAwarenessEntries(admitted), this);
        return;
      }
      case 'queryAwareness': {
        const ids = [...document.awareness.getStates().keys()];
        this.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(document.awareness, ids)));
        return;
      }
      case 'heartbeat':
        // Answered at once, not after pending commits: it says the connection lives, nothing more.
        if (!this.wantsSavedAck) return;
        this.heartbeating = true;
        this.send(HEARTBEAT_FRAME);
        return;
      case 'auth':
        return;
    }
  }

  private receiveUpdate(update: Uint8Array): void {
    const document = this.document;
    // Parse the whole update before applying: a truncated one must not half-apply.
    const decoded = Y.decodeUpdate(update);
    if (!isEmptyUpdate(decoded)) {
      if (!this.canWrite) {
        this.rejectWrite();
        return;
      }
      const refusal = checkUpdate(document.doc, decoded, document.model) ?? document.checkSize(update.byteLength);
      if (refusal) throw new RefusedUpdateError(refusal.reason, refusal.retry);
      document.applyClientUpdate(update, this);
    }
    // Answered even when empty: a client reconnecting after its edits were committed learns it at once.
    if (this.wantsSavedAck) document.acknowledgeSaved(this);
  }

  /**
   * Presence is accepted only for client ids this socket introduced (at most a few, each state
   * bounded), and the `user` it shows is the signed-in account's, whatever the client wrote:
   * nobody can rename, recolour or remove someone else, or appear as another person.
   * The stock client echoes every presence change it hears (others' too): entries for a client
   * id that is someone else's are dropped without a word, not treated as an attack.
   */
  private admitAwareness(entries: AwarenessEntry[]): AwarenessEntry[] {
    const admitted: AwarenessEntry[] = [];
    const states = this.document.awareness.getStates();
    for (const entry of entries) {
      if (entry.stateLength > MAX_AWARENESS_STATE_CHARS) throw new MalformedMessageError('awareness state too large');
      if (!this.awarenessClients.has(entry.clientId)) {
        const owner = this.document.awarenessOwner(entry.clientId);
        const known = owner !== null || states.has(entry.clientId);
        // The same account reconnecting before its old socket timed out moves its presence on
        // with a newer clock; an echo carries the clock everyone already has.
        const takesOver =
          owner !== null && owner.userId !== null && owner.userId === this.userId && entry.clock > (this.document.awarenessClock(entry.clientId) ?? 0);
        if (known && !takesOver) continue;
        if (entry.state === null) continue;
        if (this.awarenessClients.size >= MAX_AWARENESS_CLIENTS_PER_SOCKET) throw new MalformedMessageError('too many awareness clients');
        owner?.releaseAwarenessClient(entry.clientId);
        this.awarenessClients.add(entry.clientId);
      }
      admitted.push({ ...entry, state: entry.state && this.withAccountIdentity(entry.state) });
    }
    return admitted;
  }

  private withAccountIdentity(state: Record<string, unknown>): Record<string, unknown> {
    const { userId, displayName } = this.grant;
    if (userId === null) return state;
    const claimed = typeof state.user === 'object' && state.user !== null ? (state.user as Record<string, unknown>) : {};
    return {
      ...state,
      user: { ...claimed, id: userId, ...(displayName === undefined ? {} : { name: displayName }), color: accountColor(userId), viewing: !this.grant.canWrite },
    };
  }

  private rejectWrite(): void {
    // The update is dropped; tell the client once so a stock client logs why.
    if (this.toldReadOnly) return;
    this.toldReadOnly = true;
    this.send(encodePermissionDenied('read-only access: changes are not saved'));
  }

  private heard(): void {
    this.lastHeardAt = Date.now();
    this.probedAt = null;
  }

  private terminate(): void {
    this.socket.terminate();
    this.handleClose();
  }

  private handleClose(): void {
    if (this.closed) return;
    this.closed = true;
    const document = this.document;
    document.removeConnection(this);
    const present = [...this.awarenessClients].filter((id) => document.awareness.getStates().has(id));
    if (present.length > 0) awarenessProtocol.removeAwarenessStates(document.awareness, present, null);
    this.onClose(this);
  }
}

/** A sync step 2 with nothing in it (every client sends one on connect, read-only ones too). */
function isEmptyUpdate(decoded: ReturnType<typeof Y.decodeUpdate>): boolean {
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}
