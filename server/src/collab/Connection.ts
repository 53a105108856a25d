import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode } from '@iap/shared';
import type { CollabDocument } from './CollabDocument.js';
import type { CollabGrant } from './access.js';
import {
  decodeMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  MalformedMessageError,
} from './messages.js';

/** A socket whose peer does not drain its buffer past this is cut off rather than buffered without end. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/**
 * One client socket on one document. It decodes each frame completely before acting on it,
 * enforces the grant on every message, and closes the socket (never the process) on bad input.
 */
export class Connection {
  readonly isCollabConnection = true;
  /** Awareness client ids this socket introduced, removed when it closes. */
  private readonly awarenessClients = new Set<number>();
  private toldReadOnly = false;
  private closed = false;
  alive = true;

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
    this.document.connections.add(this);
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
      this.socket.terminate();
      this.handleClose();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  trackAwareness(added: number[], removed: number[]): void {
    for (const id of added) this.awarenessClients.add(id);
    for (const id of removed) this.awarenessClients.delete(id);
  }

  /** Handles one frame from the socket (also frames held while the socket was authorised). */
  receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.close(CloseCode.badMessage, 'expected a binary frame');
      return;
    }
    try {
      this.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      const reason = error instanceof MalformedMessageError ? error.message : 'message could not be applied';
      this.close(CloseCode.badMessage, reason);
    }
  }

  private handleMessage(frame: Uint8Array): void {
    const message = decodeMessage(frame);
    const document = this.document;
    switch (message.type) {
      case 'syncStep1':
        document.afterCommitted(() => this.send(encodeSyncStep2(Y.encodeStateAsUpdate(document.doc, message.stateVector))));
        return;
      case 'syncStep2':
      case 'update':
        this.receiveUpdate(message.update);
        return;
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(document.awareness, message.update, this);
        return;
      case 'queryAwareness': {
        const ids = [...document.awareness.getStates().keys()];
        this.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(document.awareness, ids)));
        return;
      }
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
      const foreign = document.findForeignElement(decoded);
      if (foreign !== null) throw new MalformedMessageError(`element "${foreign.slice(0, 40)}" is not in the document schema`);
      document.applyClientUpdate(update, this);
    }
    // Answered even when empty: a client reconnecting after its edits were committed learns it at once.
    if (this.wantsSavedAck) document.acknowledgeSaved(this);
  }

  private rejectWrite(): void {
    // The update is dropped; tell the client once so a stock client logs why.
    if (this.toldReadOnly) return;
    this.toldReadOnly = true;
    this.send(encodePermissionDenied('read-only access: changes are not saved'));
  }

  private handleClose(): void {
    if (this.closed) return;
    this.closed = true;
    const document = this.document;
    document.connections.delete(this);
    if (this.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(document.awareness, [...this.awarenessClients], null);
    }
    this.onClose(this);
  }
}

/** A sync step 2 with nothing in it (every client sends one on connect, read-only ones too). */
function isEmptyUpdate(decoded: ReturnType<typeof Y.decodeUpdate>): boolean {
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}
