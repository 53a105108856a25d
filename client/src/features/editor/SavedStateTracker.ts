import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_SAVED, MESSAGE_SYNC } from '@iap/shared';

/** y-protocols' sync sub-type of the server's "here is what I have" message. */
const SYNC_STEP_1 = 0;

/**
 * Knows how much of this client's own writing the server's database has committed, so
 * the save badge never claims "Saved" for an edit a crash could still lose.
 *
 * The server sends MESSAGE_SAVED (a state vector of what is committed) after each commit
 * of our updates. It sends nothing when our reconnecting client has nothing new, so an
 * acknowledgement lost with the old socket would leave us "Saving…" for ever. The server's
 * sync step 1 covers that case: it is sent only after every update received before this
 * connection is committed. Capped at the clock we had when the socket opened, it never
 * vouches for updates sent on the new socket, which get their own acknowledgement.
 */
export class SavedStateTracker {
  private readonly committed = new Map<number, number>();
  private clockAtOpen = 0;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly onChange: () => void,
  ) {
    provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
      this.raise(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
    };
    const handleSync = provider.messageHandlers[MESSAGE_SYNC];
    if (!handleSync) throw new Error('y-websocket has no sync message handler');
    provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
      this.readServerStateVector(decoding.clone(decoder));
      handleSync(encoder, decoder, ...rest);
    };
    provider.on('status', this.handleStatus);
  }

  /** Everything this client wrote is committed by the server. */
  get isSaved(): boolean {
    const { doc } = this.provider;
    return (this.committed.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
  }

  destroy(): void {
    this.provider.off('status', this.handleStatus);
  }

  private readonly handleStatus = ({ status }: { status: string }): void => {
    // Emitted before the provider sends anything on the new socket.
    if (status === 'connected') this.clockAtOpen = Y.getState(this.provider.doc.store, this.provider.doc.clientID);
  };

  private readServerStateVector(peek: decoding.Decoder): void {
    if (decoding.readVarUint(peek) !== SYNC_STEP_1) return;
    const serverState = Y.decodeStateVector(decoding.readVarUint8Array(peek));
    const clientID = this.provider.doc.clientID;
    const committedClock = Math.min(serverState.get(clientID) ?? 0, this.clockAtOpen);
    this.raise(new Map([[clientID, committedClock]]));
  }

  private raise(stateVector: Map<number, number>): void {
    let changed = false;
    for (const [client, clock] of stateVector) {
      if (clock > (this.committed.get(client) ?? 0)) {
        this.committed.set(client, clock);
        changed = true;
      }
    }
    if (changed) this.onChange();
  }
}
