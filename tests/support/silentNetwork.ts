import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SilentNetwork {
  /** The proxy's address: open the app here instead of on the server itself. */
  url: string;
  /**
   * The network goes silent: open connections stop carrying bytes without being closed, and
   * new ones are accepted but never reach the server (a Wi-Fi that dropped, not a server that
   * hung up). Only a heartbeat notices.
   */
  goSilent: () => void;
  /**
   * The server is gone: open connections are reset and new ones closed at once (a database or
   * Redis that went down, or a refused connection), so every client notices without waiting.
   */
  goDown: () => void;
  /** The network is back: the silent connections are dropped, new ones go through again. */
  restore: () => void;
  close: () => Promise<void>;
}

/**
 * A TCP proxy on loopback in front of `targetUrl` that can stop carrying bytes on demand. The
 * browser's own offline switch does not touch open WebSockets, and stopping the server closes
 * them: neither shows what a dead network does.
 */
export async function startSilentNetwork(targetUrl: string): Promise<SilentNetwork> {
  const target = new URL(targetUrl);
  const open = new Set<net.Socket>();
  let silent = false;
  let down = false;

  const server = net.createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    if (down) {
      client.destroy();
      return;
    }
    if (silent) {
      // Held, never answered.
      client.pause();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (chunk) => {
      if (!silent) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!silent) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    goSilent: () => {
      silent = true;
    },
    goDown: () => {
      down = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore: () => {
      silent = false;
      down = false;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `url` (a postgres://, redis:// or http:// URL) with its host and port replaced by the proxy's. */
export function through(url: string, proxy: SilentNetwork): string {
  const proxied = new URL(url);
  proxied.host = new URL(proxy.url).host;
  return proxied.toString();
}
