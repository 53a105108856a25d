/*
 * bench/ depends on ws but not on @types/ws (it is a dev dependency of server/ and tests/
 * only). These are the few parts of ws 8 the harness uses.
 */
declare module 'ws' {
  import type { IncomingMessage } from 'node:http';
  import type { Duplex } from 'node:stream';

  class WebSocket {
    static readonly OPEN: 1;
    constructor(url: string, options?: { perMessageDeflate?: boolean; maxPayload?: number });
    binaryType: 'nodebuffer' | 'arraybuffer' | 'fragments';
    readonly readyState: 0 | 1 | 2 | 3;
    send(data: Uint8Array): void;
    terminate(): void;
    on(event: 'open', listener: () => void): this;
    on(event: 'message', listener: (data: Buffer) => void): this;
    on(event: 'close', listener: (code: number, reason: Buffer) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }

  export class WebSocketServer {
    constructor(options: { noServer: true });
    readonly clients: Set<WebSocket>;
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, callback: (socket: WebSocket) => void): void;
  }

  export { WebSocket };
  export default WebSocket;
}
