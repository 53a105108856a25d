import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { readAuthMessage } from 'y-protocols/auth';
import { COLLAB_PATH, MESSAGE_AUTH, MESSAGE_HEARTBEAT, SAVED_ACK_PARAM } from '@iap/shared';
import { HEARTBEAT_INTERVAL_MS, watchConnection } from './connectionWatchdog';
import { SavedStateTracker } from './SavedStateTracker';

/**
 * Typing commits one update per keystroke. Reporting "saved" only once no edit has been
 * unsaved for this long keeps the badge (and a screen reader) from flickering between
 * "Saving…" and "Saved"; it may say "Saving…" a little late, never "Saved" early.
 */
const SAVED_SETTLE_MS = 500;

/** Our heartbeat frame (docs/PROTOCOL.md, type 102): the server answers it at once. */
const HEARTBEAT_FRAME = Uint8Array.of(MESSAGE_HEARTBEAT);

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';

/** What the save badge needs to know, as one immutable snapshot. */
export interface CollabStatus {
  /** 'offline' only after a first connection; 'refused' when the server closed for good (44xx). */
  connection: ConnectionState;
  /** The current connection finished its first sync, so the editor shows the server's content. */
  synced: boolean;
  /** Some of this client's edits are not committed by the server's database yet. */
  unsaved: boolean;
  /** The server said this connection is read-only: it dropped our changes (docs/PROTOCOL.md, type 2). */
  writeRefused: boolean;
}

/** The collaboration endpoint on the host that served the page (the dev server proxies it). */
export function defaultCollabUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${COLLAB_PATH}`;
}

/**
 * One shared document: its Y.Doc, its y-websocket provider (with presence) and the save
 * status derived from the server's acknowledgements.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly saved: SavedStateTracker;
  private readonly listeners = new Set<() => void>();
  private everConnected = false;
  private refused = false;
  private lastUnsavedAt = Number.NEGATIVE_INFINITY;
  private writeRefused = false;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly stopWatching: () => void;
  private status: CollabStatus = { connection: 'connecting', synced: false, unsaved: false, writeRefused: false };

  constructor(
    readonly name: string,
    serverUrl: string = defaultCollabUrl(),
  ) {
    this.provider = new WebsocketProvider(serverUrl, name, this.doc, {
      connect: false,
      params: { [SAVED_ACK_PARAM]: '1' },
      // Tabs must not hand each other updates the server has not committed yet.
      disableBc: true,
    });
    // The server's answer to our heartbeat: hearing it is all the watchdog needs.
    this.provider.messageHandlers[MESSAGE_HEARTBEAT] = () => undefined;
    this.saved = new SavedStateTracker(this.provider, this.refresh);
    // The stock handler only logs the refusal; the page must show it.
    this.provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      readAuthMessage(decoder, this.doc, () => {
        this.writeRefused = true;
        this.refresh();
      });
    };
    const heartbeat = setInterval(() => {
      if (this.provider.wsconnected) this.provider.ws?.send(HEARTBEAT_FRAME);
    }, HEARTBEAT_INTERVAL_MS);
    const stopWatchdog = watchConnection(this.provider);
    this.stopWatching = () => {
      clearInterval(heartbeat);
      stopWatchdog();
    };
    this.provider.on('status', this.handleStatus);
    this.provider.on('sync', this.refresh);
    this.provider.on('closed', this.handleClosed);
    this.doc.on('update', this.refresh);
    this.provider.connect();
  }

  readonly getStatus = (): CollabStatus => this.status;

  readonly subscribeStatus = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.stopWatching();
    this.saved.destroy();
    this.provider.off('status', this.handleStatus);
    this.provider.off('sync', this.refresh);
    this.provider.off('closed', this.handleClosed);
    this.doc.off('update', this.refresh);
    this.provider.awareness.destroy();
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private readonly handleStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.everConnected = true;
    this.refresh();
  };

  private readonly handleClosed = (): void => {
    this.refused = true;
    this.refresh();
  };

  private readonly refresh = (): void => {
    const next = this.computeStatus();
    const current = this.status;
    if (
      next.connection === current.connection &&
      next.synced === current.synced &&
      next.unsaved === current.unsaved &&
      next.writeRefused === current.writeRefused
    ) {
      return;
    }
    this.status = next;
    for (const listener of this.listeners) listener();
  };

  private computeStatus(): CollabStatus {
    let connection: ConnectionState;
    if (this.refused) connection = 'refused';
    else if (this.provider.wsconnected) connection = 'online';
    else connection = this.everConnected ? 'offline' : 'connecting';
    return { connection, synced: this.provider.synced, unsaved: this.hasUnsavedEdits(), writeRefused: this.writeRefused };
  }

  private hasUnsavedEdits(): boolean {
    const now = performance.now();
    if (!this.saved.isSaved) {
      this.lastUnsavedAt = now;
      return true;
    }
    const settledAt = this.lastUnsavedAt + SAVED_SETTLE_MS;
    if (now >= settledAt) return false;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.refresh();
    }, settledAt - now);
    return true;
  }
}
